// wc: count the lines, words and bytes of standard input or of a file.
'use strict';
const fs = require('fs');

const OPTIONS = { '-l': 'lines', '-w': 'words', '-c': 'bytes' };

function count(buffer) {
  const text = buffer.toString('latin1');
  const words = text.split(/[ \t\n\r\v\f]+/).filter((word) => word.length > 0);
  return {
    lines: (text.match(/\n/g) || []).length,
    words: words.length,
    bytes: buffer.length,
  };
}

function main(args) {
  let option = null;
  if (args.length > 0 && args[0] in OPTIONS) {
    option = OPTIONS[args[0]];
    args = args.slice(1);
  }

  const name = args.length > 0 ? args[args.length - 1] : null;
  let buffer;
  try {
    buffer = fs.readFileSync(name === null ? 0 : name);
  } catch (error) {
    console.error(`wc: ${name}: ${error.code === 'ENOENT' ? 'No such file or directory' : error.message}`);
    return 1;
  }

  const counts = count(buffer);
  const fields = option ? [counts[option]] : [counts.lines, counts.words, counts.bytes];
  if (name !== null) {
    fields.push(name);
  }
  console.log(fields.join(' '));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
