// The instructor's node:test suite for stats-functions (spec.md): `stats` is the
// submission's stats.js.
const test = require('node:test');
const assert = require('node:assert');
const stats = require('./stats');

const close = (actual, expected) => Math.abs(actual - expected) < 1e-9;

test('test_mean_simple', () => {
    assert.strictEqual(stats.mean([1, 2, 3, 4]), 2.5);
    assert.ok(close(stats.mean([0.1, 0.2, 0.3]), 0.2));
});

test('test_mean_empty', () => {
    assert.throws(() => stats.mean([]), RangeError);
});

test('test_median_odd', () => {
    assert.strictEqual(stats.median([5, 1, 3]), 3);
    assert.strictEqual(stats.median([7, -2, 9, 4, 0]), 4);
});

test('test_median_even', () => {
    assert.strictEqual(stats.median([4, 1, 3, 2]), 2.5);
    assert.strictEqual(stats.median([10, 20]), 15);
});

test('test_variance', () => {
    assert.ok(close(stats.variance([2, 4, 4, 4, 5, 5, 7, 9]), 4));
    assert.ok(close(stats.variance([1.5, 2.5]), 0.25));
});

test('test_mean_large', () => {
    const xs = Array.from({ length: 10000 }, (_, i) => i + 1);
    assert.ok(close(stats.mean(xs), 5000.5));
});
