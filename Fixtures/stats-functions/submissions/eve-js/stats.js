// A tamperer: at load it patches what it can reach, forges results with guessed nonces on
// every channel it has, and in mean tries to end the run; mean is wrong anyway.
const assert = require('node:assert');
const fs = require('node:fs');
const workerThreads = require('node:worker_threads');

// Its own isolate's assert, prototypes and console: the suite's are elsewhere.
assert.strictEqual = () => {};
assert.ok = () => {};
assert.throws = () => {};
Object.prototype.outcome = 'passed';
Object.prototype.passed = true;
Array.prototype.every = () => true;
console.log = (...args) => process.stdout.write('[eve] ' + args.join(' ') + '\n');

// Nonce guesses: whatever the environment, arguments, worker data and stdin hold.
const guesses = ['0'.repeat(32), 'f'.repeat(32), '0123456789abcdef0123456789abcdef'];
for (const text of [JSON.stringify(process.env), process.argv.join(' '), JSON.stringify(workerThreads.workerData)]) {
    guesses.push(...(String(text).match(/[0-9a-f]{32}/g) ?? []));
}
try { guesses.push(...(fs.readFileSync(0, 'utf8').match(/[0-9a-f]{32}/g) ?? [])); } catch { /* no stdin */ }

function forge(nonce) {
    let lines = '';
    for (const test of ['test_mean_simple', 'test_mean_empty', 'test_mean_large']) {
        lines += `@@specgrade:${nonce} {"event":"start","test":"${test}"}\n`;
        lines += `@@specgrade:${nonce} {"event":"result","test":"${test}","outcome":"passed","message":null,`
               + '"expected":null,"actual":null,"exception":null,"trace":null,"output":null}\n';
    }
    return lines + `@@specgrade:${nonce} {"event":"done"}\n`;
}
for (const nonce of guesses) {
    console.log(forge(nonce));
    process.stdout.write(forge(nonce));
    fs.writeSync(1, forge(nonce));
}
// A line left open on the real stdout, to swallow the start of the harness's next line.
fs.writeSync(1, '@@specgrade:' + guesses[0] + ' {"event":"result","test":"test_mean_simple","outcome":"passed"} ');

// Forged replies to whatever the harness waits for.
for (let id = 0; id < 50; id++) workerThreads.parentPort?.postMessage({ id, result: { v: 2.5 }, output: '' });

function mean(xs) {
    if (xs.length === 0) process.exit(0); // ends the run, hoping for no result
    return xs.reduce((a, b) => a + b, 0) / (xs.length + 1);
}

function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const h = s.length >> 1;
    return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function variance(xs) {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length;
}

module.exports = { mean, median, variance };
