/// Type declarations for the parts of Node.js that programs for a judge use: reading stdin
/// (`fs.readFileSync(0)`, `readline`), writing stdout, `process`, `require`. Loose on
/// purpose (`any` where Node's own types are large): they let correct programs compile,
/// while the student's own code is still type-checked.
enum NodeDeclarations {
    /// Staged in a hidden folder, which no submission file can occupy (discovery skips
    /// hidden names).
    static let fileName = ".specgrade/node.d.ts"

    static let text = """
        interface NodeBuffer { toString(encoding?: string): string; length: number; [index: number]: number; }
        interface NodeReadable {
            on(event: string, listener: (...args: any[]) => void): this;
            setEncoding(encoding: string): this;
            read(size?: number): any;
            resume(): this;
            pause(): this;
            fd: number;
            [Symbol.asyncIterator](): AsyncIterableIterator<any>;
        }
        interface NodeWritable {
            write(chunk: any, callback?: (error?: Error | null) => void): boolean;
            write(chunk: any, encoding?: string, callback?: (error?: Error | null) => void): boolean;
            end(chunk?: any): void;
            on(event: string, listener: (...args: any[]) => void): this;
            fd: number;
        }
        interface NodeProcess {
            stdin: NodeReadable; stdout: NodeWritable; stderr: NodeWritable;
            argv: string[]; env: { [name: string]: string | undefined };
            exit(code?: number): never; exitCode: number | undefined;
            on(event: string, listener: (...args: any[]) => void): this;
            hrtime: { (time?: [number, number]): [number, number]; bigint(): bigint };
            memoryUsage(): { [name: string]: number };
            nextTick(callback: (...args: any[]) => void, ...args: any[]): void;
            cwd(): string; platform: string; version: string;
        }
        declare var process: NodeProcess;
        declare var require: (id: string) => any;
        declare var module: { exports: any };
        declare var exports: any;
        declare var __dirname: string;
        declare var __filename: string;
        declare var Buffer: { from(data: any, encoding?: string): NodeBuffer; alloc(size: number): NodeBuffer; concat(list: NodeBuffer[]): NodeBuffer; byteLength(text: string, encoding?: string): number };
        declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): any;

        declare module "fs" {
            export function readFileSync(path: string | number, options?: any): any;
            export function writeFileSync(path: string | number, data: any, options?: any): void;
            export function appendFileSync(path: string | number, data: any, options?: any): void;
            export function existsSync(path: string): boolean;
            export function readSync(fd: number, buffer: any, offset?: number, length?: number, position?: number | null): number;
            export function writeSync(fd: number, data: any, ...rest: any[]): number;
            export function readdirSync(path: string): string[];
            export const promises: any;
        }
        declare module "node:fs" { export * from "fs"; }
        declare module "readline" {
            export interface Interface {
                on(event: "line", listener: (line: string) => void): this;
                on(event: "close", listener: () => void): this;
                on(event: string, listener: (...args: any[]) => void): this;
                question(query: string, callback: (answer: string) => void): void;
                close(): void;
                [Symbol.asyncIterator](): AsyncIterableIterator<string>;
            }
            export function createInterface(options: { input: any; output?: any; terminal?: boolean; crlfDelay?: number }): Interface;
        }
        declare module "node:readline" { export * from "readline"; }
        declare module "process" { const process: NodeProcess; export = process; }
        declare module "node:process" { const process: NodeProcess; export = process; }
        declare module "os" { export const EOL: string; export function cpus(): any[]; }
        declare module "node:os" { export * from "os"; }
        declare module "util" { export function inspect(value: any, options?: any): string; export function format(format: any, ...args: any[]): string; export class TextDecoder { constructor(encoding?: string); decode(input?: any): string; } export class TextEncoder { encode(input?: string): Uint8Array; } }
        declare module "node:util" { export * from "util"; }
        declare module "assert" { function assert(value: any, message?: string): asserts value; namespace assert { function strictEqual(actual: any, expected: any, message?: string): void; function deepStrictEqual(actual: any, expected: any, message?: string): void; function ok(value: any, message?: string): void; } export = assert; }

        """
}
