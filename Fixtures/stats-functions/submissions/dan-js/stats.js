// median never returns: a loop whose bounds never meet.
function mean(xs) {
    if (xs.length === 0) throw new RangeError('empty');
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs) {
    const sorted = [...xs].sort((a, b) => a - b);
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
        low = Math.min(low, high); // meant low++, high--
    }
    return sorted[low];
}

function variance(xs) {
    const m = mean(xs);
    return mean(xs.map((x) => (x - m) ** 2));
}

module.exports = { mean, median, variance };
