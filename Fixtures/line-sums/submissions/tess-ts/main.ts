import * as readline from "readline";

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line: string) => {
    const sum = line.split(/\s+/).filter((word) => word.length > 0).reduce((total, word) => total + Number(word), 0);
    console.log(String(sum));
});
