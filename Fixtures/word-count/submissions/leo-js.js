const fs = require('fs');

const args = process.argv.slice(2);
let option = '';
if (args[0].startsWith('-')) {
  option = args.shift();
}

let text;
const file = args.length > 0 ? args[args.length - 1] : null;
if (file) {
  if (!fs.existsSync(file)) {
    console.error('wc: ' + file + ': No such file');
    process.exit(1);
  }
  text = fs.readFileSync(file, 'utf8');
} else {
  text = fs.readFileSync(0, 'utf8');
}

const lines = text.split('\n').length - 1;
const words = text.split(/\s+/).filter((w) => w !== '').length;
const bytes = Buffer.byteLength(text);

let out;
if (option === '-l') out = String(lines);
else if (option === '-w') out = String(words);
else if (option === '-c') out = String(bytes);
else out = `${lines} ${words} ${bytes}`;
if (file) out += ' ' + file;
console.log(out);
