// Correct.
function mean(xs) {
    if (xs.length === 0) throw new RangeError('mean of an empty list');
    return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

function median(xs) {
    if (xs.length === 0) throw new RangeError('median of an empty list');
    const sorted = [...xs].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function variance(xs) {
    const m = mean(xs);
    return mean(xs.map((x) => (x - m) ** 2));
}

module.exports = { mean, median, variance };
