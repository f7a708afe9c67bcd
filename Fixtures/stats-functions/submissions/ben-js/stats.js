// The median of an even count is wrong: the upper middle value, not the mean of both.
function mean(xs) {
    if (xs.length === 0) throw new RangeError('empty');
    let sum = 0;
    for (const x of xs) sum += x;
    return sum / xs.length;
}

function median(xs) {
    if (xs.length === 0) throw new RangeError('empty');
    const sorted = xs.slice().sort((a, b) => a - b);
    console.log('sorted:', sorted.join(' '));
    return sorted[Math.floor(sorted.length / 2)];
}

function variance(xs) {
    const m = mean(xs);
    return xs.reduce((sum, x) => sum + (x - m) * (x - m), 0) / xs.length;
}

module.exports = { mean, median, variance };
