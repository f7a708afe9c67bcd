// My tests for stats.js: node stats.test.js
const assert = require('assert');
const { summarize } = require('./stats');

const s = summarize([1, 2, 3, 4, 5]);
assert.strictEqual(s.count, 5);
assert.strictEqual(s.median, 3);
assert.ok(Math.abs(s.stdev - 1.414214) < 1e-6);
assert.strictEqual(summarize([4, -2.5, 10, 0.125]).median, 2.0625);
console.log('all tests pass');
