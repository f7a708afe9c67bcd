import Execution
import Foundation
import Glibc
import Sandbox
import Testing

/// Nothing passes between runs: from one test's run to a later run of the same submission (a
/// hidden test's input to a visible test's output), or between submissions graded at once;
/// and no compile or check step runs code the submission controls (`Fixtures/integrity/`).
@Suite("Integrity of runs", .serialized)
struct IntegritySuite {
    let sandbox: Sandbox
    let toolchains = Toolchains.detect([.c, .python, .java])

    init() throws {
        sandbox = try Sandbox(policy: HostileSuite.policy)
    }

    static let directory = URL(fileURLWithPath: HostileProgram.directory).deletingLastPathComponent()
        .appendingPathComponent("integrity").path

    @Test("a later run of the same submission observes nothing an earlier run set")
    func nothingPassesBetweenRunsOfOneSubmission() async throws {
        let program = try await prepare(
            files: ["leak_probe.c"], from: IntegritySuite.directory, language: .c, entry: "leak_probe.c")
        defer { sandbox.discard(program) }
        let before = await run(program, ["look", "742"])
        #expect(before.verdict == .accepted, "\(before.detail ?? "") \(before.stderrText)")
        let left = await run(program, ["leave", "742"])
        #expect(left.stdoutText == "left\n", "\(left.verdict) \(left.detail ?? "") \(left.stderrText)")
        let after = await run(program, ["look", "742"])
        #expect(after.stdoutText.contains("times hold the secret: 0"), "\(after.stdoutText)")
        #expect(after.stdoutText.contains("files left: 0 0"), "\(after.stdoutText)")
        if HostileSuite.confined {
            // Confined mode shares the host's inode and PID counters and free space
            // (docs/sandbox.md says so); what a run leaves and its times do not pass.
            HostileSuite.expectConfinedAsAsked(after.isolation)
        } else {
            #expect(after.stdoutText.contains("init visible: 0"), "\(after.stdoutText)")
            // Inode and PID counters, free space: exactly what a run that followed nothing saw.
            #expect(after.stdoutText == before.stdoutText, "before:\n\(before.stdoutText)after:\n\(after.stdoutText)")
        }
    }

    @Test("two submissions graded at once cannot meet through an abstract Unix socket")
    func concurrentSubmissionsCannotMeet() async throws {
        let listener = try await prepare(
            files: ["abstract_meet.c"], from: IntegritySuite.directory, language: .c, entry: "abstract_meet.c")
        let sender = try await prepare(
            files: ["abstract_meet.c"], from: IntegritySuite.directory, language: .c, entry: "abstract_meet.c")
        defer {
            sandbox.discard(listener)
            sandbox.discard(sender)
        }
        let name = "specgrade-meet-\(UUID().uuidString.prefix(8))"
        async let heard = run(listener, ["listen", name])
        try await Task.sleep(for: .milliseconds(300))
        async let said = run(sender, ["send", name])
        let (listened, sent) = await (heard, said)
        // Confined mode refuses the bind itself (seccomp); namespace mode lets it bind in a
        // network namespace of its own.
        let unheard =
            HostileSuite.confined ? listened.stdoutText.hasPrefix("cannot bind") : listened.stdoutText == "nothing\n"
        #expect(unheard, "listener: \(listened.stdoutText) \(listened.stderrText)")
        #expect(sent.stdoutText.hasPrefix("refused"), "sender: \(sent.stdoutText) \(sent.stderrText)")
    }

    @Test("gcc reads no submitted file as a response file or an option")
    func gccTakesFileNamesAsFiles() async throws {
        let folder = IntegritySuite.directory + "/compile_time/response_file"
        let preparation = await prepareResult(folder: folder, language: .c, entry: "main.c")
        guard case let .compileError(result) = preparation else {
            Issue.record("x.c holding options compiled: \(preparation)")
            return
        }
        #expect(result.verdict == .compileError, "\(result.verdict) \(result.detail ?? "")")
        // x.c is compiled as C (its options are a syntax error), @x.c as an empty unit.
        #expect(result.stderrText.contains("x.c:1"), "\(result.stderrText)")
        let dash = try await prepare(
            files: ["-dash.c"], from: IntegritySuite.directory + "/compile_time/dash", language: .c, entry: "-dash.c")
        defer { sandbox.discard(dash) }
        let ran = await run(dash, [])
        #expect(ran.stdoutText == "dash\n", "\(ran.verdict) \(ran.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: dash.buildDirectory + "/pwned"))
    }

    @Test("javac reads no submitted file as an argument file")
    func javacTakesFileNamesAsFiles() async throws {
        let folder = IntegritySuite.directory + "/compile_time/javac_argfile"
        let preparation = await prepareResult(folder: folder, language: .java, entry: "Main.java")
        guard case let .compileError(result) = preparation else {
            if case let .ready(program) = preparation {
                #expect(!FileManager.default.fileExists(atPath: program.buildDirectory + "/pwned"))
                sandbox.discard(program)
            }
            Issue.record("opts.java holding options compiled: \(preparation)")
            return
        }
        #expect(result.verdict == .compileError, "\(result.verdict) \(result.detail ?? "")")
        #expect(result.stderrText.contains("opts.java"), "\(result.stderrText)")
    }

    @Test("Python's syntax check is not the submission's py_compile.py")
    func pythonCheckIgnoresSubmittedModules() async throws {
        let folder = IntegritySuite.directory + "/compile_time/py_compile_shadow"
        let program = try await prepare(
            files: ["main.py", "py_compile.py"], from: folder, language: .python, entry: "main.py")
        defer { sandbox.discard(program) }
        let failure = await sandbox.syntaxCheck(program)
        #expect(failure?.verdict == .compileError, "\(String(describing: failure))")
        #expect(failure?.stderrText.contains("SyntaxError") == true, "\(failure?.stderrText ?? "nil")")
    }

    private func run(_ program: PreparedProgram, _ arguments: [String]) async -> ExecutionResult {
        await sandbox.run(program, stdin: [], arguments: arguments, files: [:], limits: HostileProgram.limits)
    }

    private func prepareResult(folder: String, language: Language, entry: String) async -> Preparation {
        await sandbox.prepare(language: language, sourceDirectory: folder, entry: entry, toolchains: toolchains)
    }

    private func prepare(
        files: [String], from folder: String, language: Language, entry: String
    ) async throws -> PreparedProgram {
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        for file in files {
            try FileManager.default.copyItem(
                atPath: folder + "/" + file, toPath: staging.appendingPathComponent(file).path)
        }
        let preparation = await prepareResult(folder: staging.path, language: language, entry: entry)
        guard case let .ready(program) = preparation else {
            throw PreparationFailed(description: "\(entry): \(preparation)")
        }
        return program
    }

    struct PreparationFailed: Error, CustomStringConvertible { let description: String }
}
