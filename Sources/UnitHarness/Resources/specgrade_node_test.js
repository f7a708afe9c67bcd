'use strict';
// SpecGrade's JavaScript unit-test harness (docs/unit-tests.md):
//
//   node --test-reporter=/program/suite/specgrade_node_reporter.mjs --test-reporter-destination=stdout \
//        /program/suite/specgrade_node_test.js SUITE_PATH STUDENT_DIR MODULE
//
// The suite runs on node:test in this isolate; the submission's module is loaded in a worker
// thread (specgrade_node_worker.js, another isolate with its own globals and modules) and the
// suite's `require('./MODULE')` is a proxy whose calls block (Atomics.wait) until the worker
// answers or the test's time is up. The reporter (specgrade_node_reporter.mjs) hands
// node:test's events back to this module, which writes the protocol's lines.

const assert = require('node:assert');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const Module = require('node:module');
const nodeTest = require('node:test');
const { Worker, MessageChannel, receiveMessageOnPort } = require('node:worker_threads');

const OUTPUT_LIMIT = 4096;
const BUILTIN_ERRORS = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError };

function fail(message) {
    process.stderr.write(`specgrade_node_test.js: ${message}\n`);
    process.exit(2);
}

// ---------------------------------------------------------------------------------------
// The protocol: read whole before any code of the submission runs.

const [suitePath, studentDir, moduleName] = process.argv.slice(2);
if (!moduleName) fail('usage: specgrade_node_test.js SUITE_PATH STUDENT_DIR MODULE');
if (!process.execArgv.some((argument) => argument.includes('specgrade_node_reporter.mjs'))) {
    fail('run with --test-reporter=…/specgrade_node_reporter.mjs --test-reporter-destination=stdout');
}

// The submission's worker shares this process's memory (/proc/self/mem is readable to it), so
// the nonce never becomes a string: it is read into a buffer zeroed after use, kept masked,
// and unmasked only inside each line's buffer, for the time of its write. Those buffers are
// over 64 bytes, which V8 keeps off its heap: its garbage collector would leave copies.
const OFF_HEAP_SIZE = 256;

function readStdin() {
    let data = Buffer.alloc(65536);
    let length = 0;
    for (let read; (read = fs.readSync(0, data, length, data.length - length)) > 0;) {
        length += read;
        if (length === data.length) {
            const grown = Buffer.alloc(data.length * 2);
            data.copy(grown);
            data.fill(0);
            data = grown;
        }
    }
    return data.subarray(0, length);
}

const NONCE_LENGTH = 32;
const stdin = readStdin();
const firstLineEnd = stdin.indexOf(10) === -1 ? stdin.length : stdin.indexOf(10);
const isHexDigit = (byte) => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66);
if (firstLineEnd !== NONCE_LENGTH || !stdin.subarray(0, NONCE_LENGTH).every(isHexDigit)) fail('the first line of stdin is not a nonce');
const nonceMask = crypto.randomBytes(NONCE_LENGTH);
const maskedNonce = Buffer.alloc(NONCE_LENGTH);
for (let i = 0; i < NONCE_LENGTH; i++) maskedNonce[i] = stdin[i] ^ nonceMask[i];
const testLines = stdin.subarray(firstLineEnd + 1).toString('utf8').split('\n');
new Uint8Array(stdin.buffer).fill(0); // all of the buffer read into

/** One test to run, in the order given; a name given twice runs once. */
const records = [];
const recordByName = new Map();
for (const line of testLines) {
    const match = /^(\d+) (.+)$/.exec(line.replace(/\r$/, ''));
    if (!match || recordByName.has(match[2])) continue;
    const record = { name: match[2], timeoutMs: Number(match[1]), leaf: null, begun: false, deadline: 0,
                     reported: false, output: '', timedOut: false, exitCode: null };
    records.push(record);
    recordByName.set(record.name, record);
}

// JSON with every control character as \uXXXX (JSON.stringify writes \n, \t, ... and leaves
// DEL and C1 controls raw).
function toJson(value) {
    return JSON.stringify(value)
        .replace(/\\(\\|[bfnrt])/g, (escape, character) => character === '\\' ? escape
            : '\\u' + '\b\f\n\r\t'['bfnrt'.indexOf(character)].charCodeAt(0).toString(16).padStart(4, '0'))
        .replace(/[\u007f-\u009f\u2028\u2029]/g, (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'));
}

// Written with writeSync so lines keep their order; the leading newline ends any partial line
// the submission wrote to the same descriptor from its thread.
const LINE_PREFIX = Buffer.from('\n@@specgrade:');
function emit(event) {
    const json = Buffer.from(` ${toJson(event)}\n`);
    const length = LINE_PREFIX.length + NONCE_LENGTH + json.length;
    const line = Buffer.alloc(Math.max(length, OFF_HEAP_SIZE));
    LINE_PREFIX.copy(line);
    for (let i = 0; i < NONCE_LENGTH; i++) line[LINE_PREFIX.length + i] = maskedNonce[i] ^ nonceMask[i];
    json.copy(line, LINE_PREFIX.length + NONCE_LENGTH);
    fs.writeSync(1, line, 0, length);
    line.fill(0);
}

function begin(record) {
    record.begun = true;
    record.deadline = Date.now() + record.timeoutMs;
    emit({ event: 'start', test: record.name });
}

function report(record, outcome, fields = {}) {
    record.reported = true;
    emit({ event: 'result', test: record.name, outcome, message: null, expected: null, actual: null,
           exception: null, trace: null, output: record.output === '' ? null : record.output, ...fields });
    if (records.every((each) => each.reported)) {
        emit({ event: 'done' });
        process.exitCode = 0;
    }
}

// ---------------------------------------------------------------------------------------
// The submission's worker, and calls into it.

/** A call ran past its test's time: the worker was terminated. */
class CallTimeout extends Error {}
/** The submission's code ended its thread (process.exit, an uncaught exception) during a call. */
class CodeEnded extends Error {}

const FLAG = 0, EXIT_CODE = 1, WAITING = 0, REPLIED = 1, EXITED = 2;
let generations = 0;

class StudentWorker {
    /** Starts a worker; `load` waits for its module. */
    constructor() {
        this.generation = ++generations;
        this.state = new Int32Array(new SharedArrayBuffer(8));
        const { port1, port2 } = new MessageChannel();
        this.port = port1;
        this.nextId = 1;
        this.dead = false;
        // A fresh, empty environment, no stdin, and its stdout and stderr kept from ours: the
        // worker captures what the submission prints and returns it with each reply. (Its
        // streams are left unread: reading them would keep this process alive.)
        this.worker = new Worker(path.join(__dirname, 'specgrade_node_worker.js'), {
            argv: [], execArgv: [], env: {}, stdin: false, stdout: true, stderr: true, name: 'submission' });
        this.worker.postMessage(
            { port: port2, state: this.state, studentDir, moduleName, outputLimit: OUTPUT_LIMIT }, [port2]);
        this.worker.on('error', () => {}); // its end is read from `state`
        this.worker.unref();
    }

    /** The module's exports, encoded (`{ result }`), or why it did not load (`{ loadError }`). */
    load(deadline) {
        return this.wait(0, deadline);
    }

    /** Sends a request and blocks for its reply: `{ result | thrown | loadError, output }`. */
    request(fields, deadline) {
        const id = this.nextId++;
        Atomics.store(this.state, FLAG, WAITING);
        this.port.postMessage({ id, ...fields });
        return this.wait(id, deadline);
    }

    wait(id, deadline) {
        for (;;) {
            // Cleared before the queue is read, so that a reply posted meanwhile still wakes us
            // (and only if REPLIED: an exit meanwhile stays EXITED).
            const flag = Atomics.compareExchange(this.state, FLAG, REPLIED, WAITING);
            for (let message; (message = receiveMessageOnPort(this.port)) !== undefined;) {
                if (message.message.id === id) return message.message;
            }
            if (flag === EXITED) {
                this.dead = true;
                throw new CodeEnded(`the submission's code ended (exit code ${Atomics.load(this.state, EXIT_CODE)})`);
            }
            const remaining = deadline - Date.now();
            if (remaining <= 0 || Atomics.wait(this.state, FLAG, WAITING, remaining) === 'timed-out') {
                this.terminate();
                throw new CallTimeout('the call did not return in time');
            }
        }
    }

    /** Interrupts the worker, even in a busy loop. */
    terminate() {
        this.dead = true;
        this.worker.terminate();
    }
}

let student = null;

/** The test a call belongs to: the one begun and not yet reported, else the next to begin. */
function currentRecord() {
    return records.find((record) => record.begun && !record.reported)
        ?? records.find((record) => record.leaf !== null && !record.begun);
}

/**
 * One operation (`op`, with `fields`) on the submission's object `target`, a handle of the
 * worker of `generation` (the module, handle 0, is the current worker's). The suite's
 * `values` (`value`, `thisArg`, `args`) are encoded once the worker is there. Returns the
 * reply, or throws what the submission threw.
 */
function callStudent({ generation, handle }, op, fields = {}, values = {}) {
    const record = currentRecord();
    const timeoutMs = record?.timeoutMs ?? records[0].timeoutMs;
    const deadline = record?.begun ? record.deadline : Date.now() + timeoutMs;
    let reply;
    try {
        if (record?.timedOut) throw new CallTimeout('the test is out of time');
        if (student === null || student.dead) {
            student = new StudentWorker();
            const loaded = student.load(deadline);
            if ('loadError' in loaded) {
                student.terminate();
                throw new Error(`the module did not load again: ${loaded.loadError}`);
            }
        }
        if (handle !== 0 && generation !== student.generation) throw staleObject();
        const encoded = {};
        for (const [name, value] of Object.entries(values)) {
            encoded[name] = name === 'args' ? value.map(encodeArgument) : encodeArgument(value);
        }
        reply = student.request({ op, handle, ...fields, ...encoded }, deadline);
    } catch (error) {
        // Kept on the test even if the suite catches the error (assert.throws).
        if (record?.begun && error instanceof CallTimeout) record.timedOut = true;
        if (record?.begun && error instanceof CodeEnded) record.exitCode ??= error.message;
        throw error;
    }
    if (record !== undefined) record.output = truncate(record.output + reply.output);
    if ('thrown' in reply) throw rebuildThrown(reply.thrown);
    return reply;
}

function staleObject() {
    return new ReferenceError("SpecGrade: this object of the submission's code is gone: its code was restarted after a timeout or an exit");
}

function truncate(text) {
    const bytes = Buffer.from(text);
    return bytes.length <= OUTPUT_LIMIT ? text : bytes.subarray(0, OUTPUT_LIMIT).toString().replace(/\uFFFD$/, '');
}

/** Errors the submission threw, re-created here, and their traces. */
const studentErrors = new WeakMap();

function rebuildThrown(thrown) {
    if ('value' in thrown) return decode(thrown.value);
    const Type = BUILTIN_ERRORS[thrown.base] ?? Error;
    const error = Type === AggregateError ? new AggregateError([], thrown.message) : new Type(thrown.message);
    if (error.name !== thrown.name) Object.defineProperty(error, 'name', { value: thrown.name, configurable: true, writable: true });
    studentErrors.set(error, thrown.trace);
    return error;
}

// Remote objects: a proxy per handle of the current worker, forwarding what the suite does
// with it. The module's proxy outlives restarts; other objects die with their worker.
const proxies = new Map();
const targetOfProxy = new WeakMap();

function decode(encoded) {
    if (!('h' in encoded)) return encoded.v;
    const target = { generation: encoded.h === 0 ? null : student.generation, handle: encoded.h };
    const key = `${target.generation}:${target.handle}`;
    if (!proxies.has(key)) {
        const call = (op, fields, values) => decode(callStudent(target, op, fields, values).result);
        // A bound function has no own `prototype`, so the traps below keep Proxy's invariants.
        const proxy = new Proxy(encoded.callable ? function remote() {}.bind(null) : {}, {
            get: (_, key) => typeof key === 'symbol' ? undefined : call('get', { key }),
            set: (_, key, value) => typeof key !== 'symbol' && call('set', { key }, { value }),
            has: (_, key) => typeof key !== 'symbol' && call('has', { key }),
            deleteProperty: (_, key) => typeof key !== 'symbol' && call('deleteProperty', { key }),
            ownKeys: () => call('ownKeys'),
            getOwnPropertyDescriptor(_, key) {
                if (typeof key === 'symbol') return undefined;
                const reply = callStudent(target, 'getOwnPropertyDescriptor', { key });
                return reply.descriptor && { ...reply.descriptor, value: decode(reply.result), configurable: true };
            },
            apply: (_, thisArg, args) => call('apply', {}, { thisArg, args }),
            construct: (_, args) => call('construct', {}, { args }),
        });
        proxies.set(key, proxy);
        targetOfProxy.set(proxy, target);
    }
    return proxies.get(key);
}

// The suite's values cross by structured clone; the submission's own objects go back by handle.
function encodeArgument(value) {
    const target = targetOfProxy.get(value);
    if (target !== undefined) {
        if (target.handle !== 0 && target.generation !== student.generation) throw staleObject();
        return { h: target.handle };
    }
    if (typeof value === 'function') throw new TypeError("SpecGrade: a function of the suite cannot be passed to the submission's code");
    return { v: value };
}

// ---------------------------------------------------------------------------------------
// The suite: loaded with a node:test of our own that only records its tests, so that the
// requested ones can be given to the real node:test in the order asked.

/** A describe/suite (children, hooks) or a test (fn). */
function node(name, options, fn, parent) {
    return { name, options, fn, parent, children: [], hooks: { before: [], after: [], beforeEach: [], afterEach: [] } };
}
const suiteRoot = node(null, {}, null, null);
let collecting = suiteRoot; // the describe being collected; null once the suite is loaded

// node:test's (name, options, fn) with name and options optional.
function normalize(name, options, fn) {
    if (typeof name === 'function') [name, options, fn] = [name.name || '<anonymous>', {}, name];
    else if (typeof options === 'function') [options, fn] = [{}, options];
    return [String(name ?? fn?.name ?? '<anonymous>'), { ...options }, fn];
}

function collector(kind, real, flags = {}) {
    return (...args) => {
        if (collecting === null) return real(...args); // a test started at run time: node:test's own
        const [name, options, fn] = normalize(...args);
        const entry = node(name, { ...options, ...flags }, fn, collecting);
        collecting.children.push(entry);
        if (kind === 'describe') {
            const parent = collecting;
            collecting = entry;
            try { fn?.(); } finally { collecting = parent; }
        }
        return Promise.resolve();
    };
}

function hookCollector(kind) {
    return (fn, options) => collecting === null ? nodeTest[kind](fn, options) : collecting.hooks[kind].push({ fn, options });
}

function withVariants(kind, real) {
    return Object.assign(collector(kind, real), {
        skip: collector(kind, real.skip, { skip: true }),
        todo: collector(kind, real.todo, { todo: true }),
        only: collector(kind, real.only),
    });
}

const suiteTestModule = Object.assign(withVariants('test', nodeTest.test), {
    it: withVariants('test', nodeTest.it),
    describe: withVariants('describe', nodeTest.describe),
    suite: withVariants('describe', nodeTest.suite),
    before: hookCollector('before'),
    after: hookCollector('after'),
    beforeEach: hookCollector('beforeEach'),
    afterEach: hookCollector('afterEach'),
    mock: nodeTest.mock,
    run: nodeTest.run,
});
suiteTestModule.test = suiteTestModule;

function fullName(entry) {
    return entry.parent === null || entry.parent.name === null ? entry.name : `${fullName(entry.parent)} > ${entry.name}`;
}

function findTest(entry, name) {
    for (const child of entry.children) {
        const found = child.fn !== undefined && child.children.length === 0 && fullName(child) === name
            ? child : findTest(child, name);
        if (found) return found;
    }
    return null;
}

function isSkipped(entry) {
    return entry !== null && (Boolean(entry.options.skip) || isSkipped(entry.parent));
}

// Whether `request` names the module under test, as the suite requires it from its folder.
function isModuleUnderTest(request) {
    const base = request.replace(/\.c?js$/, '');
    return base === moduleName || base === './' + moduleName
        || path.resolve(path.dirname(suitePath), base) === path.join(studentDir, moduleName);
}

function loadSuite(source, moduleProxy) {
    const suite = new Module(suitePath, null);
    suite.filename = suitePath;
    suite.paths = Module._nodeModulePaths(path.dirname(suitePath));
    suite.require = (request) => {
        if (request === 'node:test') return suiteTestModule;
        if (isModuleUnderTest(request)) return moduleProxy;
        return Module.prototype.require.call(suite, request);
    };
    suite._compile(source, suitePath);
    collecting = null;
}

// ---------------------------------------------------------------------------------------
// Running the requested tests on node:test.

/** The path from the suite's root to `entry`, root excluded. */
function ancestry(entry) {
    return entry.parent === null ? [] : [...ancestry(entry.parent), entry];
}

function registerHooks(entry) {
    for (const kind of Object.keys(entry.hooks)) {
        for (const { fn, options } of entry.hooks[kind]) nodeTest[kind](fn, options);
    }
}

// Registers `planned` (tests in the order asked) under the describe at `depth`: consecutive
// tests of one describe share it, so its before/after hooks run once for them; a describe
// the order leaves and comes back to is registered again.
function register(planned, depth) {
    for (let start = 0; start < planned.length;) {
        const entry = ancestry(planned[start].leaf)[depth];
        let end = start + 1;
        while (end < planned.length && ancestry(planned[end].leaf)[depth] === entry) end++;
        const group = planned.slice(start, end);
        if (entry === planned[start].leaf) {
            const { timeout, todo } = entry.options;
            nodeTest.test(entry.name, { todo, timeout: Math.min(timeout ?? Infinity, planned[start].timeoutMs) }, entry.fn);
        } else {
            nodeTest.describe(entry.name, { todo: entry.options.todo }, () => {
                registerHooks(entry);
                register(group, depth + 1);
            });
        }
        start = end;
    }
}

// Before each test (ours runs before the suite's hooks): the next requested test begins,
// once the previous one's result has been reported (the reporter receives events a few
// ticks after node:test emits them).
async function beginNext(context) {
    for (let tick = 0; tick < 100 && records.some((record) => record.begun && !record.reported); tick++) {
        await new Promise(setImmediate);
    }
    const record = records.find((each) => each.leaf !== null && !each.begun && !each.reported && each.leaf.name === context.name);
    if (record) begin(record);
}

function runRequested() {
    const planned = [];
    for (const record of records) {
        const leaf = findTest(suiteRoot, record.name);
        if (leaf === null) {
            emit({ event: 'start', test: record.name });
            report(record, 'missing', { message: `the suite has no test named ${JSON.stringify(record.name)}` });
        } else if (isSkipped(leaf)) {
            emit({ event: 'start', test: record.name });
            report(record, 'failed', { message: 'the suite skips this test' });
        } else {
            record.leaf = leaf;
            planned.push(record);
        }
    }
    if (planned.length === 0) return;
    nodeTest.beforeEach(beginNext);
    registerHooks(suiteRoot);
    register(planned, 0);
}

// ---------------------------------------------------------------------------------------
// Results, from node:test's events (specgrade_node_reporter.mjs).

const startedNames = []; // test:start's names by nesting: node:test reports a parent first

function inspect(value) {
    return util.inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 1000 });
}

function onTestEvent({ type, data }) {
    if (type === 'test:start') {
        startedNames.length = data.nesting;
        startedNames.push(data.name);
        return;
    }
    if (type !== 'test:pass' && type !== 'test:fail') return;
    const record = recordByName.get([...startedNames.slice(0, data.nesting), data.name].join(' > '));
    if (record === undefined || record.leaf === null || record.reported) return;
    if (!record.begun) begin(record); // failed before it began: its describe's before hook
    const limit = `the test ran past its time limit (${record.timeoutMs} ms)`;
    if (record.timedOut) return report(record, 'timeout', { message: limit });
    if (record.exitCode !== null) return report(record, 'error', { message: record.exitCode });
    if (type === 'test:pass') return report(record, 'passed');

    const failure = data.details.error;
    const cause = failure?.cause ?? failure;
    if (failure?.failureType === 'testTimeoutFailure' || cause instanceof CallTimeout) {
        return report(record, 'timeout', { message: limit });
    }
    if (cause instanceof CodeEnded) return report(record, 'error', { message: cause.message });
    if (cause instanceof assert.AssertionError) {
        return report(record, 'failed', { message: cause.message, expected: inspect(cause.expected), actual: inspect(cause.actual) });
    }
    if (cause instanceof Error) {
        return report(record, 'error', { exception: cause.name, message: cause.message, trace: studentErrors.get(cause) ?? null });
    }
    report(record, 'error', { exception: typeof cause, message: inspect(cause) });
}

// node:test has finished: a requested test it never reported would otherwise hang the run.
function onTestsEnd() {
    for (const record of records.filter((each) => !each.reported)) {
        if (!record.begun) begin(record);
        report(record, 'error', { message: 'node:test did not run this test' });
    }
}

module.exports = { onTestEvent, onTestsEnd };

// ---------------------------------------------------------------------------------------

// The suite is read, then removed before any code of the submission runs.
let suiteSource;
try {
    suiteSource = fs.readFileSync(suitePath, 'utf8');
    fs.unlinkSync(suitePath);
} catch (error) {
    fail(`cannot read the suite: ${error.message}`);
}
try { fs.rmdirSync(path.dirname(suitePath)); } catch { /* not ours, or not empty */ }

if (records.length === 0) {
    emit({ event: 'done' });
} else {
    student = new StudentWorker();
    let loaded;
    try {
        loaded = student.load(Date.now() + records[0].timeoutMs);
    } catch (error) {
        loaded = { loadError: error instanceof CallTimeout
            ? `the module did not finish loading in ${records[0].timeoutMs} ms` : `${error.message} while loading` };
    }
    if ('loadError' in loaded) {
        emit({ event: 'import_error', message: loaded.loadError });
        process.exit(0);
    }
    loadSuite(suiteSource, decode(loaded.result));
    runRequested();
}
