import Execution
import Foundation
import Glibc
import Testing

/// The hostile programs again through `specgrade run`, as an ordinary user: SpecGrade itself
/// unprivileged, relying on unprivileged user namespaces. As root this goes through
/// `setpriv --reuid=65534 --regid=65534 --clear-groups`; run as an ordinary user it runs the
/// binary directly. Cgroups are not writable for an ordinary user here, so the runs allow that
/// one layer to be missing, and the test checks that the result says so.
@Suite("Hostile programs, unprivileged", .serialized)
struct UnprivilegedSuite {
    static let subset = [
        "fork_bomb.c", "setsid_escapee.c", "double_fork_orphan.c", "memory_hog.c", "cpu_loop.c", "sleeper.py",
        "stdout_flood.c", "write_outside.py", "read_shadow.py", "find_spec.py", "connect_loopback.py",
        "kill_parent.py", "ptrace_parent.c", "mount_tmp.py", "thread_bomb.c",
    ]

    static var binary: String { HostileProgram.packageRoot + "/.build/debug/specgrade" }

    @Test("gets its verdict through specgrade run as uid 65534", arguments: subset)
    func unprivileged(_ name: String) throws {
        let program = try #require(HostileProgram.named(name))
        try #require(
            FileManager.default.isExecutableFile(atPath: UnprivilegedSuite.binary),
            "build the binary first: swift build --product specgrade (missing \(UnprivilegedSuite.binary))")
        let token = "hostile-\(UUID().uuidString.prefix(8))"
        let listener = try LoopbackListener()
        defer { listener.close() }
        var extra = [token]
        if name == "write_outside.py" { extra.append(HostileProgram.directory + "/x") }
        if name == "connect_loopback.py" { extra.append(String(listener.port)) }
        let record = try runUnprivileged(program.path, arguments: extra)

        let verdict = record["verdict"] as? String
        #expect(verdict == program.verdict.rawValue, "\(name): \(record)")
        if let stdout = program.stdout { #expect((record["stdout"] as? String)?.contains(stdout) == true, "\(record)") }
        if let detail = program.detail { #expect((record["detail"] as? String)?.contains(detail) == true, "\(record)") }
        let isolation = record["isolation"] as? [String: Any]
        let layers = Set((isolation?["layers"] as? [String]) ?? [])
        #expect(layers.isSuperset(of: Isolation.required.map(\.rawValue)), "\(layers)")
        #expect(layers.contains(IsolationLayer.unprivilegedUser.rawValue))
        if !layers.contains(IsolationLayer.cgroup.rawValue) {
            #expect((isolation?["missing"] as? [String: String])?["cgroup"] != nil, "a missing cgroup must be recorded")
        }
        #expect(HostTraces.processes(marked: token).isEmpty, "survivors: \(HostTraces.processes(marked: token))")
        #expect(HostTraces.files(named: token, besides: [HostileProgram.directory]).isEmpty)
        #expect(listener.acceptedAnyone() == false)
    }

    /// Runs `specgrade run FILE --json` with the hostile limits, as uid 65534 when we are root.
    private func runUnprivileged(_ file: String, arguments: [String]) throws -> [String: Any] {
        let process = Process()
        let run =
            [
                UnprivilegedSuite.binary, "run", file, "--json", "--cpu", "\(HostileProgram.timeScale)s", "--wall",
                "\(6 * HostileProgram.timeScale)s", "--memory", "256MiB",
                "--output", "64KiB", "--processes", "16", "--allow-missing", "cgroup", "--",
            ] + arguments
        if geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups"] + run
        } else {
            print("note: UnprivilegedSuite already runs as uid \(getuid()); running specgrade directly")
            process.executableURL = URL(fileURLWithPath: run[0])
            process.arguments = Array(run.dropFirst())
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = "/tmp"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let object = try? JSONSerialization.jsonObject(with: data)
        let record = try #require(
            object as? [String: Any],
            "no JSON from specgrade run (exit \(process.terminationStatus)): \(String(decoding: message, as: UTF8.self))"
        )
        return record
    }
}
