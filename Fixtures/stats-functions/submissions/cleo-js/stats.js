// variance throws a TypeError on an ordinary array: it expects an object with .samples.
function mean(xs) {
    if (xs.length === 0) throw new RangeError('empty');
    return xs.reduce((a, b) => a + b) / xs.length;
}

function median(xs) {
    if (xs.length === 0) throw new RangeError('empty');
    const s = [...xs].sort((a, b) => a - b);
    const h = s.length >> 1;
    return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function squaredDeviations(data) {
    const m = mean(data.samples);
    return data.samples.map((x) => (x - m) ** 2);
}

function variance(xs) {
    return mean(squaredDeviations(xs));
}

module.exports = { mean, median, variance };
