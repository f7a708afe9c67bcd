// A one-file submission, correct, named after its author: staged as stats.js.
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

exports.mean = (xs) => {
    if (!xs.length) throw new RangeError('mean() of an empty array');
    return sum(xs) / xs.length;
};

exports.median = (xs) => {
    if (!xs.length) throw new RangeError('median() of an empty array');
    const s = Float64Array.from(xs).sort();
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

exports.variance = (xs) => {
    const m = exports.mean(xs);
    return sum(xs.map((x) => (x - m) * (x - m))) / xs.length;
};
