import Execution
import Foundation
import Glibc
import Testing

@testable import Sandbox

/// Each language prepared once and run, with compile errors made readable.
@Suite("Toolchains")
struct ToolchainTests {
    let sandbox: Sandbox
    let toolchains = Toolchains.detect()

    init() throws {
        sandbox = try Sandbox(policy: geteuid() == 0 ? .strict : IsolationPolicy(allowedMissing: [.cgroup]))
    }

    static let programs: [(Language, String, String)] = [
        (.python, "main.py", "import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))\n"),
        (
            .c, "main.c",
            "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);return 0;}\n"
        ),
        (.cpp, "main.cpp", "#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n"),
        (
            .java, "Main.java",
            "import java.util.*;\npublic class Main{public static void main(String[] x){Scanner s=new Scanner(System.in);System.out.println(s.nextLong()+s.nextLong());}}\n"
        ),
        (
            .javascript, "main.js",
            "const d=require('fs').readFileSync(0,'utf8').trim().split(/\\s+/).map(Number);console.log(d[0]+d[1]);\n"
        ),
    ]

    private func prepare(_ language: Language, _ name: String, _ source: String) async throws -> Preparation {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("toolchain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(source.utf8).write(to: directory.appendingPathComponent(name))
        return await sandbox.prepare(
            language: language, sourceDirectory: directory.path, entry: name, toolchains: toolchains)
    }

    @Test("compiles once and runs", arguments: ToolchainTests.programs.map { $0.0 })
    func preparesAndRuns(_ language: Language) async throws {
        guard case .available = toolchains.status(of: language) else {
            Issue.record("\(language.rawValue) toolchain missing on this machine: \(toolchains.status(of: language))")
            return
        }
        let (_, name, source) = try #require(ToolchainTests.programs.first { $0.0 == language })
        guard case let .ready(program) = try await prepare(language, name, source) else {
            Issue.record("\(language.rawValue) did not prepare")
            return
        }
        defer { sandbox.discard(program) }
        let result = await sandbox.run(
            program, stdin: Array("40 2\n".utf8), arguments: [], files: [:], limits: ResourceLimits())
        #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
        #expect(result.stdoutText == "42\n")
        #expect(!FileManager.default.fileExists(atPath: program.buildDirectory + "/../missing"))
    }

    @Test func multiFileSubmissionsBuildTogether() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("toolchain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("util"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = [
            "main.cpp":
                "#include \"util/twice.hpp\"\n#include <iostream>\nint main(){std::cout<<twice(21)<<\"\\n\";}\n",
            "util/twice.hpp": "int twice(int);\n",
            "util/twice.cpp": "int twice(int x){return 2*x;}\n",
            "Main.java":
                "package app;\npublic class Main{public static void main(String[] a){System.out.println(Helper.value());}}\n",
            "Helper.java": "package app;\nclass Helper{static int value(){return 42;}}\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        for (language, entry) in [(Language.cpp, "main.cpp"), (.java, "Main.java")] {
            guard
                case let .ready(program) = await sandbox.prepare(
                    language: language, sourceDirectory: directory.path, entry: entry, toolchains: toolchains)
            else {
                Issue.record("\(language.rawValue) multi-file submission did not prepare")
                continue
            }
            defer { sandbox.discard(program) }
            let result = await sandbox.run(program, stdin: [], arguments: [], files: [:], limits: ResourceLimits())
            #expect(result.stdoutText == "42\n", "\(language.rawValue): \(result.verdict) \(result.stderrText)")
        }
    }

    @Test func compileErrorIsTrimmedAndRelative() async throws {
        let preparation = try await prepare(.c, "main.c", "int main(void) { return undefined_name; }\n")
        guard case let .compileError(result) = preparation else {
            Issue.record("expected a compile error")
            return
        }
        #expect(result.verdict == .compileError)
        #expect(result.stderrText.contains("main.c:1:"))
        #expect(!result.stderrText.contains("/work/"))
    }

    /// Python has no compile step: the syntax check runs on demand, after a run failed.
    @Test func pythonSyntaxErrorIsACompileErrorOnDemand() async throws {
        guard case let .ready(program) = try await prepare(.python, "main.py", "def broken(:\n") else {
            Issue.record("python must prepare without a compile step")
            return
        }
        defer { sandbox.discard(program) }
        let result = try #require(await sandbox.syntaxCheck(program))
        #expect(result.verdict == .compileError)
        #expect(result.stderrText.contains("main.py"))
        #expect(!result.stderrText.contains("/work/"))

        guard case let .ready(fine) = try await prepare(.python, "main.py", "print(1)\n") else {
            Issue.record("python must prepare")
            return
        }
        defer { sandbox.discard(fine) }
        #expect(await sandbox.syntaxCheck(fine) == nil)
    }

    @Test func engineLanguagesAreNotTheSandboxs() async throws {
        guard case let .unavailable(message) = try await prepare(.babbage, "deck.ae", "N001 1\n") else {
            Issue.record("expected unavailable")
            return
        }
        #expect(message == "runs in the Analytical Engine, not the sandbox")
        #expect(toolchains.status(of: .babbage) == .builtIn)
    }

    @Test func detectsRealBinariesNotShims() {
        if case let .available(path, version) = toolchains.status(of: .python) {
            #expect(!path.contains("shims"))
            #expect(version.hasPrefix("Python 3"))
        }
    }

    private static func javaToolchain() throws -> LanguageToolchain {
        let definition = try #require(LanguageCatalog.builtIn.definition(of: .java))
        return LanguageToolchain(
            tool: DetectedTool(definition: definition, mainName: "javac", executables: [:], version: "", extraBinds: [])
        )
    }

    @Test func javaMainClassFollowsThePackage() throws {
        let java = try Self.javaToolchain()
        #expect(java.runEntry(for: "Main.java", source: "package edu.course;\nclass Main {}") == "edu.course.Main")
        #expect(java.runEntry(for: "Main.java", source: "class Main {}") == "Main")
        let command = java.runCommand(
            entry: "Main", sources: [], limits: ResourceLimits(memoryBytes: 256 << 20), cgroup: true)
        #expect(command.contains("-Xmx192m"))
        #expect(command.suffix(3) == ["-cp", "/program/classes", "Main"])
    }

    /// The class to run is the one declaring main, whatever the file is called; a `main` in a
    /// comment or string does not count.
    @Test func javaMainClassIsTheOneDeclaringMain() throws {
        let java = try Self.javaToolchain()
        let source = """
            // class Decoy { public static void main(String[] a) {} }
            import java.util.*;
            class Helper { static int twice(int x) { return 2 * x; } }
            class Main {
                static String s = "class Fake { static void main(";
                public static void main(String[] args) { System.out.println(Helper.twice(21)); }
            }
            """
        #expect(java.runEntry(for: "test-hello.java", source: source) == "Main")
        #expect(java.runEntry(for: "a/Prog.java", source: "package p;\nclass Prog {}") == "p.Prog")
    }

    @Test func javaFileNamedOtherwiseRuns() async throws {
        guard case .available = toolchains.status(of: .java) else {
            Issue.record("java toolchain missing on this machine")
            return
        }
        let source =
            "import java.util.*;\nclass Main { public static void main(String[] a) { System.out.println(\"Hello world!\"); } }\n"
        guard case let .ready(program) = try await prepare(.java, "test-hello.java", source) else {
            Issue.record("test-hello.java did not prepare")
            return
        }
        defer { sandbox.discard(program) }
        let result = await sandbox.run(program, stdin: [], arguments: [], files: [:], limits: ResourceLimits())
        #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
        #expect(result.stdoutText == "Hello world!\n")
    }

    /// javac compiles a file without main, which the JVM cannot start: a compile error naming it.
    @Test func javaWithoutMainIsACompileError() async throws {
        guard case .available = toolchains.status(of: .java) else {
            Issue.record("java toolchain missing on this machine")
            return
        }
        guard
            case let .compileError(result) = try await prepare(
                .java, "main.java", "class Greeter { void greet() {} }\n")
        else {
            Issue.record("expected a compile error")
            return
        }
        #expect(result.verdict == .compileError)
        #expect(result.stderrText.contains("main.java: no class declares public static void main"))
    }

    /// Without a cgroup, RLIMIT_DATA counts the JVM's threads and code cache from the start:
    /// the heap gets half the limit and threads' stacks are capped, or the JVM cannot start.
    @Test func javaWithoutACgroupLeavesRoomForTheJVM() throws {
        let java = try Self.javaToolchain()
        let limits = java.launchLimits(ResourceLimits(memoryBytes: 256 << 20, stackBytes: 64 << 20), cgroup: false)
        #expect(limits.stackBytes == 8 << 20)
        let command = java.runCommand(entry: "Main", sources: [], limits: limits, cgroup: false)
        #expect(command.contains("-Xmx128m"))
        #expect(command.contains("-Xss8m"))
        #expect(java.launchLimits(ResourceLimits(stackBytes: 64 << 20), cgroup: true).stackBytes == 64 << 20)
    }
}
