// Descriptive statistics of the numbers on standard input.
'use strict';
const fs = require('fs');

function parseNumbers(text) {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  return tokens.map((token) => {
    const value = Number(token);
    if (Number.isNaN(value)) {
      throw new Error(`not a number: ${token}`);
    }
    return value;
  });
}

function describe(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / n;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const variance = sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n;
  return { min: sorted[0], max: sorted[n - 1], mean, median, stdev: Math.sqrt(variance) };
}

function main() {
  let numbers;
  try {
    numbers = parseNumbers(fs.readFileSync(0, 'utf8'));
  } catch (error) {
    console.error(`error: ${error.message}`);
    return 1;
  }
  if (numbers.length === 0) {
    console.error('error: no numbers');
    return 1;
  }
  const stats = describe(numbers);
  console.log(`count: ${numbers.length}`);
  for (const [name, value] of Object.entries(stats)) {
    console.log(`${name}: ${value.toFixed(6)}`);
  }
  return 0;
}

process.exitCode = main();
