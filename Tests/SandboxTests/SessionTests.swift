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

    /// Reports the mounts at /work (one more for each run the init served: an earlier run's
    /// emptied tmpfs stays beneath), what an earlier run could have left (entries, modes and
    /// attributes of /work and /tmp, SysV message queues, processes) and the inode numbers of a
    /// new file in each (a new tmpfs numbers from the start), then leaves all of them behind: nested directories (one unreadable), a link, a FIFO, a few
    /// files ("many" on stdin: 2,000), a changed mode and an attribute. With "sleep" on stdin
    /// it outlives its wall limit instead.
    static let leaver = """
        import ctypes, os, sys, time
        mode = sys.stdin.read().strip()
        if mode == "sleep":
            time.sleep(3600)
        def attributes(path):
            try:
                return os.listxattr(path)
            except OSError:
                return []
        roots = ("/work", "/tmp")
        seen = [sorted(os.listdir(root)) for root in roots] + [oct(os.stat(root).st_mode & 0o7777) for root in roots]
        seen.append(attributes("/work") + attributes("/tmp"))
        with open("/proc/sysvipc/msg") as table:
            seen.append(len(table.read().splitlines()) - 1)
        seen.append(sorted(int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, os.getpid())))
        inodes = []
        for root in roots:
            with open(root + "/probe", "w") as probe:
                inodes.append(str(os.fstat(probe.fileno()).st_ino))
        with open("/proc/self/mountinfo") as mounts:
            stacked = sum(1 for line in mounts if line.split()[4] == "/work")
        print(stacked, *seen, ",".join(inodes), sep="|", flush=True)
        for root in roots:
            os.makedirs(root + "/left/deeper/deepest")
            open(root + "/left/deeper/deepest/file", "w").write("x")
            os.symlink("/program", root + "/left/link")
            os.mkfifo(root + "/left/fifo")
            os.chmod(root + "/left/deeper", 0)
            for index in range(2000 if mode == "many" else 3):
                open(f"{root}/file{index}", "w").close()
            try:
                os.setxattr(root, "user.note", b"x")
            except OSError:
                pass
        os.chmod("/work", 0o700)
        ctypes.CDLL(None).msgget(0, 0o1600)
        if os.fork() == 0:
            os.setsid()
            time.sleep(30)
        """

    /// What a run that follows nothing reports after its mount count (and before its inode numbers).
    static let clean = "[]|[]|0o755|0o1777|[]|0|[]"

    private func prepareLeaver() async throws -> PreparedProgram {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(SessionTests.leaver.utf8).write(to: directory.appendingPathComponent("main.py"))
        let preparation = await sandbox.prepare(
            language: .python, sourceDirectory: directory.path, entry: "main.py", toolchains: toolchains)
        guard case let .ready(program) = preparation else { throw PreparationFailed(preparation: "\(preparation)") }
        return program
    }

    struct PreparationFailed: Error { let preparation: String }

    /// `SPECGRADE_TEST_TIME_SCALE` stretches the CPU and wall limits on slow machines
    /// (`.ci/cgroup-v2`, whose VM may be emulated).
    private func run(_ program: PreparedProgram, _ stdin: String = "") async -> ExecutionResult {
        let scale =
            ProcessInfo.processInfo.environment["SPECGRADE_TEST_TIME_SCALE"].flatMap(Int.init).map { max(1, $0) } ?? 1
        return await sandbox.run(
            program, stdin: Array(stdin.utf8), arguments: [], files: [:],
            limits: ResourceLimits(cpuMs: 2_000 * scale, wallMs: 3_000 * scale))
    }

    /// Splits the leaver's report into its count of /work mounts, what it saw, and its inode numbers.
    private func report(_ result: ExecutionResult) -> (mounts: Int, seen: String, inodes: String) {
        let fields = result.stdoutText.trimmingCharacters(in: .newlines).split(
            separator: "|", omittingEmptySubsequences: false)
        return (
            fields.first.flatMap { Int($0) } ?? 0, fields.dropFirst().dropLast().joined(separator: "|"),
            fields.count > 1 ? String(fields[fields.count - 1]) : ""
        )
    }

    @Test func laterRunsReuseTheInitAndSeeNothingOfEarlierOnes() async throws {
        let program = try await prepareLeaver()
        defer { sandbox.discard(program) }
        var reports: [(mounts: Int, seen: String, inodes: String)] = []
        for stdin in ["", "", "many", ""] {
            let result = await run(program, stdin)
            #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
            reports.append(report(result))
            #expect(reports.last?.seen == SessionTests.clean, "left over from an earlier run: \(result.stdoutText)")
        }
        // One /work mount is a fresh init's first run; one more each run shows the same init served
        // them (after 2,000 entries, past what emptying takes on, the earlier mount is unmounted
        // instead).
        #expect(reports.map(\.mounts) == [1, 2, 3, 3], "runs did not share an init: \(reports.map(\.mounts))")
        // Every run gets new mounts, numbering inodes from the start whatever the last run made.
        let inodes = reports.map(\.inodes)
        #expect(Set(inodes).count == 1, "an earlier run's inode counter showed through: \(inodes)")
    }

    @Test func aLongSessionStacksABoundedNumberOfMounts() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let counter = "print(sum(1 for line in open('/proc/self/mountinfo') if line.split()[4] == '/work'))\n"
        try Data(counter.utf8).write(to: directory.appendingPathComponent("main.py"))
        let preparation = await sandbox.prepare(
            language: .python, sourceDirectory: directory.path, entry: "main.py", toolchains: toolchains)
        guard case let .ready(program) = preparation else { throw PreparationFailed(preparation: "\(preparation)") }
        defer { sandbox.discard(program) }
        var counts: [Int] = []
        for _ in 0..<70 {
            let result = await run(program)
            #expect(result.verdict == .accepted, "\(result.detail ?? "") \(result.stderrText)")
            counts.append(Int(result.stdoutText.trimmingCharacters(in: .newlines)) ?? -1)
        }
        // One more mount each run, at most 64, all on the one init.
        #expect(counts == (1...70).map { min($0, 64) }, "\(counts)")
    }

    @Test func aRunPastItsLimitEndsTheInit() async throws {
        let program = try await prepareLeaver()
        defer { sandbox.discard(program) }
        #expect(await run(program).verdict == .accepted)
        #expect(await run(program, "sleep").verdict == .timeLimit)
        let after = await run(program)
        #expect(
            report(after).mounts == 1 && report(after).seen == SessionTests.clean,
            "expected a fresh init: \(after.stdoutText)")
    }
}
