// statistics -- ported from my Python version
const fs = require('fs');

const tokens = fs.readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0);
if (tokens.length === 0) {
  console.error('error: no numbers');
  process.exit(1);
}
const numbers = [];
for (const token of tokens) {
  const x = parseFloat(token);
  if (isNaN(x) || String(x) !== String(Number(token))) {
    console.error('error: not a number: ' + token);
    process.exit(1);
  }
  numbers.push(x);
}

function stats(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const n = len(sorted);
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const stdev = Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  return [n, sorted[0], sorted[n - 1], mean, median, stdev];
}

const [n, min, max, mean, median, stdev] = stats(numbers);
console.log('count: ' + n);
console.log('min: ' + min.toFixed(6));
console.log('max: ' + max.toFixed(6));
console.log('mean: ' + mean.toFixed(6));
console.log('median: ' + median.toFixed(6));
console.log('stdev: ' + stdev.toFixed(6));
