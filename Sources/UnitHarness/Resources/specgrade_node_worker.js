'use strict';
// The submission's side of SpecGrade's JavaScript harness (see specgrade_node_test.js): a
// worker thread, its own V8 isolate, that loads the submission's module and serves the
// suite's calls on it. Nothing here is secret: the nonce never reaches this isolate, and
// whatever the submission's code does to it (patched globals, forged messages, an exit)
// can at most change the values it answers with.

const fs = require('node:fs');
const path = require('node:path');
const { isPromise } = require('node:util').types;
const workerThreads = require('node:worker_threads');

// Taken before any code of the submission runs, which may patch its own globals.
const { postMessage } = MessagePort.prototype;
const { store, notify } = Atomics;
const { getPrototypeOf } = Object;
const { apply, construct, get, set, has, deleteProperty, ownKeys, getOwnPropertyDescriptor } = Reflect;
const BUILTIN_ERRORS = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError];
const { isView } = ArrayBuffer;
const CLONED_AS_IS = [Date.prototype, RegExp.prototype, ArrayBuffer.prototype, ...BUILTIN_ERRORS.map((type) => type.prototype)];

// The harness hands over the reply port and the shared state in the first message, read
// before the submission's code can listen; workerData is emptied for the same reason.
const { port, state, studentDir, moduleName, outputLimit } = workerThreads.receiveMessageOnPort(workerThreads.parentPort).message;
workerThreads.workerData = null;
const FLAG = 0, EXIT_CODE = 1, REPLIED = 1, EXITED = 2;

// The harness waits on `state` with Atomics.wait: an exit of this thread (process.exit, an
// uncaught exception) must wake it, else it would wait for the test's whole time.
process.on('exit', (code) => {
    store(state, EXIT_CODE, code ?? 0);
    store(state, FLAG, EXITED);
    notify(state, FLAG);
});

// What the submission prints goes back with each reply, at most `outputLimit` characters.
let output = '';
function capture(chunk, encoding, callback) {
    if (output.length < outputLimit) {
        output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        output = output.slice(0, outputLimit);
    }
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
}
process.stdout.write = capture;
process.stderr.write = capture;

// Handles: objects that cross by reference. 0 is the module's exports.
const handles = [];
const handleIds = new WeakMap();

function handleFor(object) {
    let id = handleIds.get(object);
    if (id === undefined) {
        id = handles.push(object) - 1;
        handleIds.set(object, id);
    }
    return { h: id, callable: typeof object === 'function' };
}

// Whether `value` crosses by structured clone without losing anything the suite could
// use: no functions, no instances of the submission's classes (their methods would be lost).
function isPlainData(value, seen = new Set()) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return typeof value !== 'symbol';
    if (typeof value === 'function') return false;
    if (seen.has(value)) return true;
    seen.add(value);
    const proto = getPrototypeOf(value);
    if (isView(value) || CLONED_AS_IS.includes(proto)) return true;
    if (proto === Map.prototype || proto === Set.prototype) {
        for (const entry of value) if (!isPlainData(entry, seen)) return false;
        return true;
    }
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
    for (const key of ownKeys(value)) if (typeof key !== 'string' || !isPlainData(value[key], seen)) return false;
    return true;
}

function encode(value) {
    return isPlainData(value) ? { v: value } : handleFor(value);
}

function decode(encoded) {
    if ('h' in encoded) {
        if (!(encoded.h in handles)) throw new ReferenceError('SpecGrade: unknown object of the submission');
        return handles[encoded.h];
    }
    return encoded.v;
}

// The submission's own frames of `stack`, one `file:line in function` a line.
function studentTrace(stack) {
    if (typeof stack !== 'string') return null;
    const frames = [];
    for (const line of stack.split('\n')) {
        const frame = /^\s+at (?:(.+?) \()?(?:file:\/\/)?(\/.+?):(\d+):\d+\)?$/.exec(line);
        if (!frame || !frame[2].startsWith(studentDir + '/')) continue;
        const name = (frame[1] ?? '<module>').replace(/^Object\./, '').replace('<anonymous>', '<module>');
        frames.push(`${path.relative(studentDir, frame[2])}:${frame[3]} in ${name}`);
    }
    return frames.length > 0 ? frames.join('\n') : null;
}

// A thrown value, described so the harness can throw the same built-in Error type.
function describeThrown(thrown) {
    try {
        let base = null;
        for (let proto = getPrototypeOf(Object(thrown)); proto !== null && base === null; proto = getPrototypeOf(proto)) {
            base = BUILTIN_ERRORS.find((type) => type.prototype === proto)?.name ?? null;
        }
        if (base === null) return { value: encode(thrown) };
        return { base, name: String(thrown.name), message: String(thrown.message), trace: studentTrace(thrown.stack) };
    } catch {
        return { base: 'Error', name: 'Error', message: 'the submission threw a value that cannot be described', trace: null };
    }
}

const OPERATIONS = {
    get: (target, request) => get(target, request.key),
    set: (target, request) => set(target, request.key, decode(request.value)),
    has: (target, request) => has(target, request.key),
    deleteProperty: (target, request) => deleteProperty(target, request.key),
    ownKeys: (target) => ownKeys(target).filter((key) => typeof key === 'string'),
    apply: (target, request) => apply(target, decode(request.thisArg), request.args.map(decode)),
    construct: (target, request) => construct(target, request.args.map(decode)),
    getOwnPropertyDescriptor(target, request) {
        const descriptor = getOwnPropertyDescriptor(target, request.key);
        if (descriptor === undefined) return undefined;
        const value = 'value' in descriptor ? descriptor.value : get(target, request.key);
        return { descriptor: { enumerable: descriptor.enumerable, writable: descriptor.writable !== false }, value };
    },
};

// A reply: { id, result } or { id, thrown }, with the output printed since the last one.
// A promise is settled first: the suite's calls are synchronous.
async function serve(request) {
    try {
        const operation = OPERATIONS[request.op];
        let result = operation(handles[request.handle], request);
        if (isPromise(result)) result = await result;
        if (request.op === 'getOwnPropertyDescriptor' && result !== undefined) {
            return { descriptor: result.descriptor, result: encode(result.value) };
        }
        return { result: encode(result) };
    } catch (thrown) {
        return { thrown: describeThrown(thrown) };
    }
}

function reply(id, fields) {
    const message = { id, ...fields, output };
    output = '';
    try {
        apply(postMessage, port, [message]);
    } catch {
        // A value structured clone refuses after all (a getter returning a function, patched
        // builtins): it goes by handle.
        message.result = handleFor(message.result.v);
        apply(postMessage, port, [message]);
    }
    store(state, FLAG, REPLIED);
    notify(state, FLAG);
}

function load() {
    const file = path.join(studentDir, moduleName + '.js');
    if (!fs.existsSync(file)) return { loadError: `${moduleName}.js is missing from the submission` };
    try {
        const exports = require(file);
        handles.push(exports); // handle 0, whatever it is
        if (exports === Object(exports)) handleIds.set(exports, 0);
        return { result: encode(exports) };
    } catch (thrown) {
        const error = describeThrown(thrown);
        if (!('name' in error)) return { loadError: 'the module threw a value that is not an Error while loading' };
        // A syntax error's stack starts with `file:line`, where the parser stopped.
        const where = /^(\/[^\n]+?):(\d+)\n/.exec(String(thrown.stack));
        const location = where && where[1].startsWith(studentDir + '/')
            ? `${path.relative(studentDir, where[1])}:${where[2]}` : error.trace?.split('\n')[0];
        return { loadError: `${error.name}: ${error.message}` + (location ? ` (${location})` : '') };
    }
}

reply(0, load());
port.on('message', (request) => serve(request).then((fields) => reply(request.id, fields)));
