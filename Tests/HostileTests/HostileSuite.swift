import Execution
import Foundation
import Glibc
import Sandbox
import Testing

/// Every program of `Fixtures/hostile/`, run in the sandbox as this process runs (root in CI):
/// each gets its verdict, leaves no process and no file behind, and the next run works.
@Suite("Hostile programs", .serialized)
struct HostileSuite {
    let sandbox: Sandbox
    let toolchains = Toolchains.detect()

    init() throws {
        sandbox = try Sandbox(policy: HostileSuite.policy)
    }

    /// Strict as root; as an ordinary user this machine's cgroup v1 is not writable, which
    /// the suite says out loud rather than hiding. `SPECGRADE_TEST_SANDBOX=confined` (as
    /// `.ci/confined` sets it, under a filter that refuses namespaces) waives the namespaces:
    /// confined mode, which every result must then record.
    static var policy: IsolationPolicy {
        var allowed: Set<IsolationLayer> = confined ? Isolation.namespaces : []
        if geteuid() != 0 {
            print(
                "warning: HostileSuite runs unprivileged: cgroup layer allowed to be missing (RLIMIT_DATA/NPROC instead)"
            )
            allowed.insert(.cgroup)
            if confined { allowed.insert(.separateUser) }
        }
        return IsolationPolicy(allowedMissing: allowed)
    }

    static let confined = ProcessInfo.processInfo.environment["SPECGRADE_TEST_SANDBOX"] == "confined"

    /// The layers every run of the suite must have been under, in the mode it runs in.
    static func expectConfinedAsAsked(_ isolation: Isolation) {
        if confined {
            #expect(isolation.isConfinedMode, "\(isolation)")
            let required =
                geteuid() == 0 ? Isolation.confinedRequired : Isolation.confinedRequired.subtracting([.separateUser])
            #expect(isolation.layers.isSuperset(of: required), "\(isolation.layers)")
        } else {
            #expect(isolation.layers.isSuperset(of: Isolation.required))
        }
    }

    /// A parameterized test over no programs would pass having run nothing.
    @Test("finds its programs")
    func findsItsPrograms() {
        #expect(HostileProgram.all().count >= 20, "fixtures missing from \(HostileProgram.directory)")
    }

    @Test("gets its verdict and leaves nothing behind", arguments: HostileProgram.all())
    func hostile(_ program: HostileProgram) async throws {
        let token = "hostile-\(UUID().uuidString.prefix(8))"
        let listener = try LoopbackListener()
        defer { listener.close() }
        let arguments: [String]
        switch program.name {
        case "write_outside.py": arguments = [token, HostileProgram.directory + "/x"]
        case "connect_loopback.py": arguments = [token, String(listener.port)]
        default: arguments = [token]
        }
        let result = try await run(program, arguments: arguments)

        #expect(
            result.verdict == program.verdict,
            "\(program.name): \(result.verdict) (\(result.detail ?? "")) stderr: \(result.stderrText.prefix(300))")
        if let detail = program.detail {
            #expect(result.detail?.contains(detail) == true, "detail: \(result.detail ?? "nil")")
        }
        if let stdout = program.stdout {
            #expect(result.stdoutText.contains(stdout), "stdout: \(result.stdoutText.prefix(300))")
        }
        if let stderr = program.stderr {
            #expect(result.stderrText.contains(stderr), "stderr: \(result.stderrText.suffix(300))")
        }
        HostileSuite.expectConfinedAsAsked(result.isolation)
        #expect(HostTraces.processes(marked: token).isEmpty, "survivors: \(HostTraces.processes(marked: token))")
        #expect(
            HostTraces.files(named: token, besides: [HostileProgram.directory, HostileProgram.packageRoot]).isEmpty)
        #expect(listener.acceptedAnyone() == false, "a program reached the host's loopback")

        let next = await sandbox.run(RunRequest(command: ["/bin/echo", "next"], limits: HostileProgram.limits))
        #expect(next.verdict == .accepted && next.stdoutText == "next\n", "the next run failed: \(next)")
    }

    @Test("non-UTF-8 output comes back byte for byte")
    func nonUTF8() async throws {
        let program = try #require(HostileProgram.named("non_utf8.c"))
        let result = try await run(program, arguments: ["bytes"])
        #expect(result.stdout == [0xFF, 0xFE, 0x00, 0x80, UInt8(ascii: "o"), UInt8(ascii: "k"), 0x0A])
    }

    @Test("a flood is cut at the cap and flagged")
    func floodTruncated() async throws {
        let program = try #require(HostileProgram.named("stdout_flood.c"))
        let result = try await run(program, arguments: ["flood"])
        #expect(result.stdoutTruncated)
        #expect(result.stdout.count == HostileProgram.limits.outputBytes)
    }

    /// A memory hog must never take SpecGrade with it: the run's init shares SpecGrade's
    /// memory, so a kernel OOM killer choosing by resident size would pick SpecGrade once it
    /// holds more than the student's limit. Here it holds 192 MiB against a 32 MiB limit.
    @Test("a memory hog never kills the grader, however large the grader")
    func memoryHogSparesALargeGrader() async throws {
        let program = try #require(HostileProgram.named("memory_hog.c"))
        let ballast = UnsafeMutableRawPointer.allocate(byteCount: 192 << 20, alignment: 4096)
        defer { ballast.deallocate() }
        ballast.initializeMemory(as: UInt8.self, repeating: 7, count: 192 << 20)
        var limits = HostileProgram.limits
        limits.memoryBytes = 32 << 20
        let result = try await run(program, arguments: [], limits: limits)
        #expect(result.verdict == .memoryLimit, "\(result.verdict) \(result.detail ?? "")")
        #expect(ballast.load(fromByteOffset: (96 << 20), as: UInt8.self) == 7)
    }

    private func run(
        _ program: HostileProgram, arguments: [String], limits: ResourceLimits = HostileProgram.limits
    ) async throws -> ExecutionResult {
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        try FileManager.default.copyItem(
            atPath: program.path, toPath: staging.appendingPathComponent(program.name).path)
        switch await sandbox.prepare(
            language: program.language, sourceDirectory: staging.path, entry: program.name,
            toolchains: toolchains)
        {
        case let .ready(prepared):
            defer { sandbox.discard(prepared) }
            return await sandbox.run(prepared, stdin: [], arguments: arguments, files: [:], limits: limits)
        case let .compileError(result):
            Issue.record("\(program.name) did not compile: \(result.stderrText)")
            return result
        case let .unavailable(message):
            Issue.record("\(program.name): toolchain missing on this machine: \(message)")
            return ExecutionResult(verdict: .notGradable, detail: message)
        }
    }
}
