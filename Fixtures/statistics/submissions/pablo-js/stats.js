// Descriptive statistics of the numbers on standard input.
const fs = require('fs');

function summarize(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((s, x) => s + x, 0) / n;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const stdev = Math.sqrt(sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
  return { count: n, min: sorted[0], max: sorted[n - 1], mean, median, stdev };
}

function format(summary) {
  return [
    `count: ${summary.count}`,
    ...['min', 'max', 'mean', 'median', 'stdev'].map((k) => `${k}: ${summary[k].toFixed(6)}`),
  ].join('\n');
}

if (require.main === module) {
  const tokens = fs.readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
  const bad = tokens.find((t) => Number.isNaN(Number(t)));
  if (bad !== undefined) {
    console.error(`error: not a number: ${bad}`);
    process.exit(1);
  }
  if (tokens.length === 0) {
    console.error('error: no numbers');
    process.exit(1);
  }
  console.log(format(summarize(tokens.map(Number))));
}

module.exports = { summarize, format };
