import Execution
import Foundation
import Glibc
import Testing

@testable import Sandbox

/// Plain commands through `Sandbox.run`: what the program sees and what comes back.
@Suite("Sandbox.run")
struct SandboxRunTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox(policy: geteuid() == 0 ? .strict : IsolationPolicy(allowedMissing: [.cgroup]))
    }

    private func shell(
        _ script: String, stdin: [UInt8] = [], files: [String: [UInt8]] = [:],
        environment: [String: String] = [:]
    ) async -> ExecutionResult {
        await sandbox.run(
            RunRequest(command: ["/bin/sh", "-c", script], files: files, stdin: stdin, environment: environment))
    }

    @Test func acceptsAndCapturesOutput() async {
        let result = await shell("echo out; echo err >&2")
        #expect(result.verdict == .accepted)
        #expect(result.stdoutText == "out\n")
        #expect(result.stderrText == "err\n")
        #expect(result.exitCode == 0)
        #expect(result.wallMs >= 0 && result.memoryKB > 0)
    }

    @Test func feedsStdinAndPlacesFiles() async {
        let result = await shell(
            "cat; cat data/in.txt; pwd", stdin: Array("from stdin\n".utf8),
            files: ["data/in.txt": Array("from file\n".utf8)])
        #expect(result.stdoutText == "from stdin\nfrom file\n/work\n")
    }

    @Test func largeStdinDoesNotDeadlock() async {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        let result = await sandbox.run(
            RunRequest(
                command: ["/usr/bin/wc", "-c"], stdin: input, limits: ResourceLimits(outputBytes: 1 << 10)))
        #expect(result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) == "\(3 << 20)")
    }

    @Test func nonZeroExitIsARuntimeErrorWithTheCode() async {
        let result = await shell("exit 3")
        #expect(result.verdict == .runtimeError)
        #expect(result.exitCode == 3)
        #expect(result.detail == "exit code 3")
    }

    @Test func signalIsNamed() async {
        let result = await shell("kill -SEGV $$")
        #expect(result.verdict == .runtimeError)
        #expect(result.signal == "SIGSEGV")
    }

    @Test func environmentIsPassedAndMinimal() async {
        let result = await shell("echo $GREETING; echo $HOME; env | wc -l", environment: ["GREETING": "hi"])
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.first == "hi")
        #expect(lines.dropFirst().first == "/work")
    }

    @Test func runsUnprivilegedWithoutTheHostFiles() async {
        let result = await shell("id -u; ls /work/wt-sandbox /root /home 2>&1 | wc -l; hostname; ls /")
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == (geteuid() == 0 ? "65534" : String(getuid())))
        #expect(lines.dropFirst(2).first == "sandbox")
        #expect(
            Set(lines.dropFirst(3)).isSubset(of: [
                "bin", "dev", "etc", "lib", "lib32", "lib64", "libx32", "proc", "sbin", "tmp", "usr", "work", "program",
            ]))
    }

    @Test func programDirectoryIsReadOnly() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sandbox-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("artifact\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
        let result = await sandbox.run(
            RunRequest(
                command: ["/bin/sh", "-c", "cat /program/a.txt; echo x > /program/b.txt || echo refused"],
                programDirectory: directory.path))
        #expect(
            result.stdoutText == "artifact\nrefused\n", "\(result.verdict) \(result.detail ?? "") \(result.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("b.txt").path))
    }

    @Test func isolationIsRecorded() async {
        let result = await shell("true")
        #expect(result.isolation == sandbox.capabilities.isolation)
        #expect(result.isolation.isFullyConfined)
    }

    /// Runs take inits the pool prepared ahead: each must still see nothing of the one before
    /// (own /tmp and /work, own PID namespace), get its own workspace size and limits, and the
    /// normal scheduling class (the pool's thread is SCHED_BATCH).
    @Test func consecutiveRunsShareNothing() async {
        for _ in 0..<4 {
            let result = await shell("ls -A /tmp /work; echo $$; chrt -p $$; touch /tmp/left /work/left")
            #expect(
                result.stdoutText
                    == "/tmp:\n\n/work:\n2\npid 2's current scheduling policy: SCHED_OTHER\npid 2's current scheduling priority: 0\n"
            )
        }
        // /work and /tmp hold inputs + 2 x file size + 1 MiB: 33 MiB by default, 3 MiB here.
        let fourMB = "for i in 1 2 3 4; do head -c 1000000 /dev/zero > /tmp/f$i || exit 1; done"
        let small = await sandbox.run(
            RunRequest(
                command: ["/bin/sh", "-c", fourMB],
                limits: ResourceLimits(fileSizeBytes: 1 << 20)))
        #expect(small.verdict == .runtimeError)
        #expect(await shell(fourMB).verdict == .accepted)
    }

    @Test func missingCommandIsAnInternalError() async {
        let result = await sandbox.run(RunRequest(command: ["no-such-program"]))
        #expect(result.verdict == .internalError)
        #expect(result.detail?.contains("no-such-program") == true)
    }

    @Test func unwaivableLayersCannotBeWaived() {
        #expect(throws: SandboxError.unwaivableLayer(.noNewPrivileges)) {
            try Sandbox(policy: IsolationPolicy(allowedMissing: [.noNewPrivileges]))
        }
    }

    /// Waiving the namespaces only allows confined mode where they are refused: where they
    /// work, runs stay in namespace mode.
    @Test func waivedNamespacesThatWorkAreStillUsed() throws {
        let waived = try Sandbox(policy: IsolationPolicy(allowedMissing: Isolation.namespaces))
        #expect(waived.capabilities.mode == .namespaces)
        #expect(waived.capabilities.isolation.layers.isSuperset(of: Isolation.required))
    }
}
