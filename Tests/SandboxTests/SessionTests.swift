import Execution
import Foundation
import Glibc
import Testing

@testable import Sandbox

/// A prepared program's runs share one sandbox init in turn, and nothing else.
@Suite("Sessions")
struct SessionTests {
    let sandbox: Sandbox
    let toolchains = Toolchains.detect([.python])

    init() throws {
        sandbox = try Sandbox(policy: geteuid() == 0 ? .strict : IsolationPolicy(allowedMissing: [.cgroup]))
    }

    /// Reports what an earlier run could have left (files in /work and /tmp, SysV message
    /// queues, processes), then leaves all of them behind; with "sleep" on stdin it outlives
    /// its wall limit instead.
    static let leaver = """
        import ctypes, os, sys, time
        if sys.stdin.read().strip() == "sleep":
            time.sleep(3600)
        files = [path for path in ("/work/left", "/tmp/left") if os.path.exists(path)]
        with open("/proc/sysvipc/msg") as table:
            queues = len(table.read().splitlines()) - 1
        others = sorted(int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, os.getpid()))
        print(os.getpid(), files, queues, others, sep="|", flush=True)
        for path in ("/work/left", "/tmp/left"):
            open(path, "w").write("x")
        ctypes.CDLL(None).msgget(0, 0o1600)
        if os.fork() == 0:
            os.setsid()
            time.sleep(30)
        """

    private func prepareLeaver() async throws -> PreparedProgram {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(SessionTests.leaver.utf8).write(to: directory.appendingPathComponent("main.py"))
        let preparation = await sandbox.prepare(language: .python, sourceDirectory: directory.path, entry: "main.py", toolchains: toolchains)
        guard case let .ready(program) = preparation else { throw PreparationFailed(preparation: "\(preparation)") }
        return program
    }

    struct PreparationFailed: Error { let preparation: String }

    /// `SPECGRADE_TEST_TIME_SCALE` stretches the wall limit on slow machines (`.ci/cgroup-v2`).
    private func run(_ program: PreparedProgram, _ stdin: String = "") async -> ExecutionResult {
        let scale = ProcessInfo.processInfo.environment["SPECGRADE_TEST_TIME_SCALE"].flatMap(Int.init).map { max(1, $0) } ?? 1
        return await sandbox.run(program, stdin: Array(stdin.utf8), arguments: [], files: [:],
                                 limits: ResourceLimits(wallMs: 3_000 * scale))
    }

    @Test func laterRunsReuseTheInitAndSeeNothingOfEarlierOnes() async throws {
        let program = try await prepareLeaver()
        defer { sandbox.discard(program) }
        var pids: [Int] = []
        for _ in 0..<3 {
            let result = await run(program)
            #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
            let fields = result.stdoutText.trimmingCharacters(in: .newlines).split(separator: "|", omittingEmptySubsequences: false)
            #expect(fields.dropFirst().joined(separator: "|") == "[]|0|[]", "left over from an earlier run: \(result.stdoutText)")
            pids.append(fields.first.flatMap { Int($0) } ?? 0)
        }
        // PID 2 is a fresh init's first program; later runs' higher PIDs show the same init served them.
        #expect(pids.first == 2)
        #expect(pids.dropFirst().allSatisfy { $0 > 2 }, "runs did not share an init: \(pids)")
    }

    @Test func aRunPastItsLimitEndsTheInit() async throws {
        let program = try await prepareLeaver()
        defer { sandbox.discard(program) }
        #expect(await run(program).verdict == .accepted)
        #expect(await run(program, "sleep").verdict == .timeLimit)
        let after = await run(program)
        #expect(after.stdoutText.hasPrefix("2|[]|0|[]"), "expected a fresh init: \(after.stdoutText)")
    }
}
