import * as fs from "fs";

const text: string = fs.readFileSync(0, "utf8");
for (const line of text.split("\n").slice(0, -1)) {
    const total: number = line.split(" ").map(Number).reduce((a, b) => a + b, 0);
    const shown: string = total;
    console.log(shown);
}
