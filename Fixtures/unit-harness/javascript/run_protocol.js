'use strict';
// Exercises SpecGrade's JavaScript harness (Sources/UnitHarness/Resources/specgrade_node_*)
// outside the sandbox, as UnitSuiteRunner drives it (docs/unit-tests.md): each case stages a
// submission in student/, the harness in suite/ and the suite in work/specgrade-suite/, feeds
// the protocol's input with a fresh nonce and checks the events.
//
//     node Fixtures/unit-harness/javascript/run_protocol.js      (from the repository's root)

const assert = require('node:assert');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '../../..');
const resources = path.join(root, 'Sources/UnitHarness/Resources');
const submissions = path.join(root, 'Fixtures/stats-functions/submissions');
const statsSuite = fs.readFileSync(path.join(root, 'Specs/stats-functions/tests/stats.test.js'), 'utf8');
const TESTS = ['test_mean_simple', 'test_mean_empty', 'test_median_odd', 'test_median_even', 'test_variance', 'test_mean_large'];
const TIMEOUT_MS = 2000;

/** Runs the harness once: `student` maps file names to contents; returns its events. */
function runHarness({ student, suite = statsSuite, tests = TESTS, module = 'stats' }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specgrade-js-'));
    try {
        for (const folder of ['student', 'suite', 'work/specgrade-suite']) fs.mkdirSync(path.join(dir, folder), { recursive: true });
        for (const [name, text] of Object.entries(student)) fs.writeFileSync(path.join(dir, 'student', name), text);
        for (const name of fs.readdirSync(resources).filter((file) => file.startsWith('specgrade_node_'))) {
            fs.copyFileSync(path.join(resources, name), path.join(dir, 'suite', name));
        }
        const suitePath = path.join(dir, 'work/specgrade-suite/stats.test.js');
        fs.writeFileSync(suitePath, suite);
        const nonce = crypto.randomBytes(16).toString('hex');
        const input = [nonce, ...tests.map((name) => `${TIMEOUT_MS} ${name}`)].join('\n') + '\n';
        const started = Date.now();
        const run = spawnSync('node', [
            `--test-reporter=${path.join(dir, 'suite/specgrade_node_reporter.mjs')}`, '--test-reporter-destination=stdout',
            path.join(dir, 'suite/specgrade_node_test.js'), suitePath, path.join(dir, 'student'), module,
        ], { cwd: path.join(dir, 'work'), input, encoding: 'utf8', timeout: 30000, env: { PATH: process.env.PATH } });
        const prefix = `@@specgrade:${nonce} `;
        const events = run.stdout.split('\n').filter((line) => line.startsWith(prefix)).map((line) => JSON.parse(line.slice(prefix.length)));
        return { events, stdout: run.stdout, stderr: run.stderr, status: run.status, ms: Date.now() - started,
                 suiteRemoved: !fs.existsSync(suitePath) };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/** Checks the protocol's shape: a start then one result per test, then done; returns results by name. */
function results(run, tests = TESTS) {
    const { events } = run;
    assert.deepStrictEqual(events.at(-1), { event: 'done' }, `no done:\n${run.stdout}\n${run.stderr}`);
    const byName = {};
    for (const [index, event] of events.entries()) {
        if (event.event !== 'result') continue;
        assert.ok(!(event.test in byName), `two results for ${event.test}`);
        assert.deepStrictEqual(events[index - 1], { event: 'start', test: event.test }, `no start just before ${event.test}`);
        for (const field of ['message', 'expected', 'actual', 'exception', 'trace', 'output']) assert.ok(field in event, field);
        byName[event.test] = event;
    }
    assert.deepStrictEqual(Object.keys(byName).sort(), [...tests].sort());
    return byName;
}

function outcomes(byName) {
    return Object.fromEntries(Object.entries(byName).map(([name, event]) => [name, event.outcome]));
}

function stats(name) {
    return { 'stats.js': fs.readFileSync(path.join(submissions, name), 'utf8') };
}

const allPassed = Object.fromEntries(TESTS.map((name) => [name, 'passed']));

const cases = {
    'ada-js: all pass, the suite removed'() {
        const run = runHarness({ student: stats('ada-js/stats.js') });
        assert.deepStrictEqual(outcomes(results(run)), allPassed);
        assert.ok(run.suiteRemoved, 'the suite file is still there');
    },
    'gus-js.js (one file, staged as stats.js): all pass'() {
        assert.deepStrictEqual(outcomes(results(runHarness({ student: stats('gus-js.js') }))), allPassed);
    },
    'ben-js: median of an even count fails, with expected, actual and output'() {
        const byName = results(runHarness({ student: stats('ben-js/stats.js') }));
        assert.deepStrictEqual(outcomes(byName), { ...allPassed, test_median_even: 'failed' });
        const failure = byName.test_median_even;
        assert.strictEqual(failure.expected, '2.5');
        assert.strictEqual(failure.actual, '3');
        assert.match(failure.message, /Expected values to be strictly equal/);
        assert.strictEqual(failure.output, 'sorted: 1 2 3 4\n');
        assert.strictEqual(byName.test_mean_simple.output, null);
    },
    'cleo-js: variance raises a TypeError, traced to its own frames'() {
        const byName = results(runHarness({ student: stats('cleo-js/stats.js') }));
        assert.deepStrictEqual(outcomes(byName), { ...allPassed, test_variance: 'error' });
        const error = byName.test_variance;
        assert.strictEqual(error.exception, 'TypeError');
        assert.match(error.message, /Cannot read properties of undefined/);
        assert.strictEqual(error.trace, 'stats.js:3 in mean\nstats.js:15 in squaredDeviations\nstats.js:20 in variance');
    },
    'dan-js: median loops forever: timeout, the worker replaced'() {
        const run = runHarness({ student: stats('dan-js/stats.js') });
        assert.deepStrictEqual(outcomes(results(run)), { ...allPassed, test_median_odd: 'timeout', test_median_even: 'timeout' });
        assert.ok(run.ms < 3 * TIMEOUT_MS, `took ${run.ms} ms`);
    },
    'eve-js: forged lines and replies, patched globals and an exit score nothing'() {
        const run = runHarness({ student: stats('eve-js/stats.js') });
        const byName = results(run);
        assert.deepStrictEqual(outcomes(byName), { ...allPassed, test_mean_simple: 'failed', test_mean_empty: 'error', test_mean_large: 'failed' });
        assert.strictEqual(byName.test_mean_empty.message, "the submission's code ended (exit code 0)");
        assert.match(run.stdout, /@@specgrade:0{32} /, 'the forged lines were written where they are ignored');
        assert.strictEqual(byName.test_mean_simple.output, null, 'what it printed while loading belongs to no test');
    },
    'the order given, a name given twice, a name the suite lacks'() {
        const tests = ['test_variance', 'no_such_test', 'test_mean_simple', 'test_variance'];
        const run = runHarness({ student: stats('ben-js/stats.js'), tests });
        const byName = results(run, ['test_variance', 'no_such_test', 'test_mean_simple']);
        assert.strictEqual(byName.no_such_test.outcome, 'missing');
        const started = run.events.filter((event) => event.event === 'start').map((event) => event.test);
        assert.deepStrictEqual(started.filter((name) => name !== 'no_such_test'), ['test_variance', 'test_mean_simple']);
    },
    'import errors: a syntax error, a throw, an exit, a hang at load, a missing file'() {
        const loads = {
            'function mean(xs) {\n  return xs.length +;\n}\n': /^SyntaxError: Unexpected token ';' \(stats\.js:2\)$/,
            'const helper = require("./helper");\n': /^Error: Cannot find module '\.\/helper'/,
            'function load() { throw new RangeError("no"); }\nload();\n': /^RangeError: no \(stats\.js:1 in load\)$/,
            'process.exit(3);\n': /^the submission's code ended \(exit code 3\) while loading$/,
            'for (;;) {}\n': /^the module did not finish loading in 2000 ms$/,
        };
        for (const [source, message] of Object.entries(loads)) {
            const { events } = runHarness({ student: { 'stats.js': source } });
            assert.strictEqual(events.length, 1, source);
            assert.strictEqual(events[0].event, 'import_error');
            assert.match(events[0].message, message);
        }
        const { events } = runHarness({ student: { 'other.js': '' } });
        assert.deepStrictEqual(events, [{ event: 'import_error', message: 'stats.js is missing from the submission' }]);
    },
    'describe groups, hooks, classes, async functions, printing and an exit between calls'() {
        const student = { 'stats.js': `
            class Counter { constructor(start) { this.count = start; } add(n) { this.count += n; return this; } }
            let calls = 0;
            module.exports = {
                Counter,
                async later(x) { await new Promise((resolve) => setTimeout(resolve, 5)); return x * 2; },
                shout(text) { console.log(text.toUpperCase()); console.error('to stderr'); return text.length; },
                calls: () => ++calls,
                quit: () => process.exit(7),
                spin: () => { for (;;) {} },
            };` };
        const suite = `
            const { describe, it, test, beforeEach } = require('node:test');
            const assert = require('node:assert');
            const lib = require('./stats.js');
            let counter;
            describe('counter', () => {
                beforeEach(() => { counter = new lib.Counter(1); });
                it('adds', () => { assert.strictEqual(counter.add(2).add(3).count, 6); });
                describe('nested', () => {
                    it('starts fresh', () => { assert.strictEqual(counter.count, 1); });
                });
            });
            test('async', async () => { assert.strictEqual(await lib.later(21), 42); });
            let kept;
            test('prints', () => { kept = new lib.Counter(0); lib.calls(); assert.strictEqual(lib.shout('hi'), 2); });
            test('quits', () => { lib.quit(); });
            test('state after a restart', () => {
                assert.strictEqual(lib.calls(), 1);
                assert.throws(() => kept.add(1), /ReferenceError: SpecGrade: this object of the submission's code is gone/);
            });
            test('spins, caught by the suite', () => { assert.throws(() => lib.spin()); });
            test('fails with a diff', () => { assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }); });
            test.skip('skipped', () => {});`;
        const tests = ['counter > nested > starts fresh', 'prints', 'counter > adds', 'async', 'quits',
                       'state after a restart', 'spins, caught by the suite', 'fails with a diff', 'skipped', 'adds'];
        const run = runHarness({ student, suite, tests });
        const byName = results(run, tests);
        assert.deepStrictEqual(outcomes(byName), {
            'counter > nested > starts fresh': 'passed', 'prints': 'passed', 'counter > adds': 'passed', 'async': 'passed',
            'quits': 'error', 'state after a restart': 'passed', 'spins, caught by the suite': 'timeout',
            'fails with a diff': 'failed', 'skipped': 'failed', 'adds': 'missing',
        });
        assert.strictEqual(byName.prints.output, 'HI\nto stderr\n');
        assert.strictEqual(byName.quits.message, "the submission's code ended (exit code 7)");
        assert.strictEqual(byName['fails with a diff'].actual, '{ a: [ 1, 2 ] }');
        const started = run.events.filter((event) => event.event === 'start').map((event) => event.test);
        assert.deepStrictEqual(started.slice(2), tests.slice(0, 8), 'the order given');
    },
};

let failures = 0;
for (const [name, check] of Object.entries(cases)) {
    try {
        check();
        console.log(`ok   ${name}`);
    } catch (error) {
        failures++;
        console.log(`FAIL ${name}\n${error.stack}\n`);
    }
}
process.exitCode = failures === 0 ? 0 : 1;
