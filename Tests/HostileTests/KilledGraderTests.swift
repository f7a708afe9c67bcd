import Foundation
import Glibc
import Testing

/// SpecGrade killed mid-run (SIGKILL: no chance to clean up) must not leave the run behind:
/// nothing else would ever enforce its limits. The sandbox's init notices its control socket
/// close and ends the run's PID namespace (in confined mode, every process of the run's uid).
@Suite("A killed grader")
struct KilledGraderTests {
    @Test("leaves no run behind")
    func killedGraderLeavesNothing() async throws {
        let binary = HostileProgram.packageRoot + "/.build/debug/specgrade"
        try #require(
            FileManager.default.isExecutableFile(atPath: binary),
            "build the binary first: swift build --product specgrade (missing \(binary))")
        let sleeper = try #require(HostileProgram.named("sleeper.py"))
        let token = "killed-\(UUID().uuidString.prefix(8))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments =
            ["run", sleeper.path, "--wall", "300s", "--cpu", "300s"]
            + (geteuid() == 0 ? [] : ["--allow-missing", "cgroup"])
            + (HostileSuite.confined ? ["--allow-missing", "namespaces"] : []) + ["--", token]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The sleeper, not SpecGrade (whose command line carries the token too), must be running.
        let started = await Self.poll(seconds: 20 * Double(HostileProgram.timeScale)) {
            HostTraces.processes(marked: token).contains { $0.contains("python") }
        }
        #expect(started, "the sleeper never started")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let gone = await Self.poll(seconds: 10) { HostTraces.processes(marked: token).isEmpty }
        #expect(gone, "left behind: \(HostTraces.processes(marked: token))")
    }

    /// Whether `condition` held within `seconds`, checked every 50 ms.
    static func poll(seconds: Double, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        return condition()
    }
}
