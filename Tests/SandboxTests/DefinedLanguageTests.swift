import Execution
import Foundation
import Glibc
import Testing

@testable import Sandbox

/// Go, Rust, Haskell, TypeScript and Common Lisp from their built-in definitions, and a
/// course's own language: a program that reads two numbers and prints their sum, one that
/// does not compile, one that fails at run time and one that never ends, in each. One at a
/// time: GHC, rustc and tsc together would starve the timing-sensitive suites beside them
/// on a two-core machine.
@Suite("Defined languages", .serialized)
struct DefinedLanguageTests {
    let sandbox: Sandbox
    let toolchains = Toolchains.detect([.go, .rust, .haskell, .typescript, .commonLisp])

    init() throws {
        sandbox = try Sandbox(policy: geteuid() == 0 ? .strict : IsolationPolicy(allowedMissing: [.cgroup]))
    }

    struct Programs: Sendable, CustomTestStringConvertible {
        let language: Language
        let file: String
        let sum: String
        let compileError: String
        let runtimeError: String
        let endless: String
        var testDescription: String { language.rawValue }
    }

    static let programs: [Programs] = [
        Programs(
            language: .go, file: "main.go",
            sum: "package main\nimport \"fmt\"\nfunc main() { var a, b int64; fmt.Scan(&a, &b); fmt.Println(a + b) }\n",
            compileError: "package main\nfunc main() { x := undefinedName }\n",
            runtimeError: "package main\nfunc main() { var s []int; _ = s[3] }\n",
            endless: "package main\nfunc main() { for {} }\n"),
        Programs(
            language: .rust, file: "main.rs",
            sum:
                "use std::io::Read;\nfn main() { let mut s = String::new(); std::io::stdin().read_to_string(&mut s).unwrap(); let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect(); println!(\"{}\", v[0] + v[1]); }\n",
            compileError: "fn main() { let x: i32 = \"text\"; }\n",
            runtimeError: "fn main() { let v: Vec<i32> = Vec::new(); println!(\"{}\", v[3]); }\n",
            endless:
                "fn main() { let mut x: u64 = 1; loop { x = x.wrapping_mul(3).wrapping_add(1); if x == 7 { println!(\"{}\", x); } } }\n"
        ),
        Programs(
            language: .haskell, file: "main.hs",
            sum:
                "main :: IO ()\nmain = do\n  [a, b] <- fmap (map read . words) getContents :: IO [Integer]\n  print (a + b)\n",
            compileError: "main :: IO ()\nmain = putStrLn (1 + True)\n",
            runtimeError: "main :: IO ()\nmain = print (head ([] :: [Int]))\n",
            endless:
                "main :: IO ()\nmain = print (go 1)\n  where\n    go :: Int -> Int\n    go n = if n < 0 then n else go (n + 1)\n"
        ),
        Programs(
            language: .typescript, file: "main.ts",
            sum:
                "import * as fs from \"fs\";\nconst [a, b]: number[] = fs.readFileSync(0, \"utf8\").trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
            compileError: "const n: number = \"not a number\";\nconsole.log(n);\n",
            runtimeError:
                "function f(x: number[]): number { throw new Error(\"boom \" + x.length); }\nconsole.log(f([]));\n",
            endless: "let i = 0;\nwhile (true) { i++; }\n"),
        Programs(
            language: .commonLisp, file: "main.lisp",
            sum: "(let ((a (read)) (b (read))) (format t \"~a~%\" (+ a b)))\n",
            compileError: "(defun broken (x)\n  (+ x 1)\n",
            runtimeError: "(error \"boom\")\n",
            endless: "(loop)\n"),
    ]

    private func prepare(
        _ language: Language, _ name: String, _ source: String, toolchains: Toolchains? = nil
    ) async throws -> Preparation {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("defined-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(source.utf8).write(to: directory.appendingPathComponent(name))
        return await sandbox.prepare(
            language: language, sourceDirectory: directory.path, entry: name,
            toolchains: toolchains ?? self.toolchains)
    }

    private func run(
        _ preparation: Preparation, stdin: String = "", limits: ResourceLimits = ResourceLimits()
    ) async -> ExecutionResult? {
        guard case let .ready(program) = preparation else { return nil }
        defer { sandbox.discard(program) }
        return await sandbox.run(program, stdin: Array(stdin.utf8), arguments: [], files: [:], limits: limits)
    }

    private func available(_ language: Language) -> Bool {
        guard case .available = toolchains.status(of: language) else {
            Issue.record("\(language.rawValue) toolchain missing on this machine: \(toolchains.status(of: language))")
            return false
        }
        return true
    }

    @Test("hello: compiles once and runs", arguments: programs)
    func sums(_ programs: Programs) async throws {
        guard available(programs.language) else { return }
        let preparation = try await prepare(programs.language, programs.file, programs.sum)
        if case let .compileError(result) = preparation { Issue.record("\(result.detail ?? "") \(result.stderrText)") }
        let result = try #require(await run(preparation, stdin: "40 2\n"))
        #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
        #expect(result.stdoutText == "42\n")
    }

    @Test("a compile error is the student's, with readable diagnostics", arguments: programs)
    func compileError(_ programs: Programs) async throws {
        guard available(programs.language) else { return }
        guard
            case let .compileError(result) = try await prepare(programs.language, programs.file, programs.compileError)
        else {
            Issue.record("expected a compile error")
            return
        }
        #expect(result.verdict == .compileError, "\(result.detail ?? "")")
        #expect(!result.stderrText.isEmpty)
        #expect(!result.stderrText.contains("/work/"))
    }

    @Test("a crash is a runtime error", arguments: programs)
    func runtimeError(_ programs: Programs) async throws {
        guard available(programs.language) else { return }
        let result = try #require(await run(try await prepare(programs.language, programs.file, programs.runtimeError)))
        #expect(result.verdict == .runtimeError, "\(result.detail ?? "") \(result.stderrText)")
    }

    @Test("an endless program is stopped at its CPU limit", arguments: programs)
    func timeLimit(_ programs: Programs) async throws {
        guard available(programs.language) else { return }
        let limits = ResourceLimits(cpuMs: 1_000, wallMs: 10_000)
        let result = try #require(
            await run(try await prepare(programs.language, programs.file, programs.endless), limits: limits))
        #expect(result.verdict == .timeLimit, "\(result.detail ?? "") \(result.stderrText)")
    }

    /// A course's language runs with its own argv templates, found on PATH like the others:
    /// here Python under another name, so that the test needs no extra toolchain.
    @Test func courseDefinedLanguageRuns() async throws {
        let snake = LanguageDefinition(
            name: Language(rawValue: "snake"), extensions: [".snk"], run: ["python3", "-S", "{entry}"],
            version: ["python3", "--version"], environment: ["GREETING": "hi"])
        let catalog = LanguageCatalog.builtIn.overlaid(with: [snake])
        let found = Toolchains.detect([snake.name], catalog: catalog)
        guard case .available = found.status(of: snake.name) else {
            Issue.record("python3 missing: \(found.status(of: snake.name))")
            return
        }
        let source = "import os, sys\nprint(os.environ['GREETING'], sys.argv[0])\n"
        let result = try #require(await run(try await prepare(snake.name, "prog.snk", source, toolchains: found)))
        #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
        #expect(result.stdoutText == "hi /program/prog.snk\n")
    }

    @Test func undefinedOrMissingToolsAreNamed() async throws {
        let ghost = LanguageDefinition(
            name: Language(rawValue: "ghost"), extensions: ["gh"], run: ["no-such-tool-here", "{entry}"],
            origin: "languages.yaml:2:5")
        let catalog = LanguageCatalog.builtIn.overlaid(with: [ghost])
        let found = Toolchains.detect([ghost.name], catalog: catalog)
        guard case let .unavailable(message) = try await prepare(ghost.name, "a.gh", "x", toolchains: found) else {
            Issue.record("expected unavailable")
            return
        }
        #expect(message.contains("no-such-tool-here not found on PATH"))
        #expect(message.contains("languages.yaml:2:5"))
    }

    /// SBCL maps its whole heap at start: under RLIMIT_DATA (no cgroup) the heap is what the
    /// limit leaves after the runtime's own mappings, or SBCL cannot start at all.
    @Test func sbclHeapFitsTheLimitWithoutACgroup() throws {
        let definition = try #require(LanguageCatalog.builtIn.definition(of: .commonLisp))
        let lisp = LanguageToolchain(
            tool: DetectedTool(definition: definition, mainName: "sbcl", executables: [:], version: "", extraBinds: []))
        let limits = ResourceLimits(memoryBytes: 256 << 20)
        #expect(
            lisp.runCommand(entry: "", sources: [], limits: limits, cgroup: false).prefix(3) == [
                "sbcl", "--dynamic-space-size", "64MB",
            ])
        #expect(
            lisp.runCommand(entry: "", sources: [], limits: limits, cgroup: true).prefix(3) == [
                "sbcl", "--dynamic-space-size", "192MB",
            ])
    }

    /// rustup's proxy on PATH (`~/.cargo/bin/rustc` is rustup itself) is passed over for a
    /// real compiler.
    @Test func rustupProxiesAreResolvedPast() {
        guard let path = DetectedTool.realExecutable(named: "rustc") else { return }
        #expect(!path.hasSuffix("/rustup"))
    }
}
