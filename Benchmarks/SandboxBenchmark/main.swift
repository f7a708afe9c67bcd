import Execution
import Foundation
import Glibc
import Sandbox

/// Per-run overhead of the sandbox over a bare posix_spawn, measured side by side: each
/// round runs bare /bin/true, sandboxed /bin/true, bare `python3 -c pass` and sandboxed
/// `python3 -c pass`, so that machine load affects all alike. Prints medians in ms. Then, for
/// reference and in a separate phase (its per-run network namespaces are torn down by kernel
/// workers that would slow the sandboxed runs measured beside them), `unshare -Urnpf`.
///
///     swift run -c release SandboxBenchmark [rounds]

func bareSpawn(_ arguments: [String]) {
    var pid: pid_t = 0
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    guard posix_spawn(&pid, arguments[0], nil, nil, &argv, environ) == 0 else {
        print("posix_spawn \(arguments[0]) failed")
        exit(1)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}

func elapsedMilliseconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// Everything in a function, so that the sandbox is released (and its runtime directory and
/// cgroups removed) before the process exits.
func benchmark() async {
    let options = CommandLine.arguments.dropFirst()
    let rounds = options.compactMap { Int($0) }.first ?? 200
    let sandbox: Sandbox
    do {
        sandbox = try Sandbox()
    } catch {
        print("sandbox unavailable: \(error)")
        exit(1)
    }
    let limits = ResourceLimits()
    let cases: [(name: String, command: [String])] = [
        ("/bin/true", ["/bin/true"]), ("python3 -c pass", ["/usr/bin/python3", "-c", "pass"]),
    ]
    var bare: [[Double]] = Array(repeating: [], count: cases.count)
    var confined: [[Double]] = Array(repeating: [], count: cases.count)
    var reference: [[Double]] = Array(repeating: [], count: cases.count)
    let unshare = "/usr/bin/unshare"
    let haveUnshare = FileManager.default.isExecutableFile(atPath: unshare)

    // Warm-up: page cache, the first thread.
    for (_, command) in cases {
        bareSpawn(command)
        _ = await sandbox.run(RunRequest(command: command, limits: limits))
    }
    for _ in 0..<rounds {
        for (index, (_, command)) in cases.enumerated() {
            var start = DispatchTime.now().uptimeNanoseconds
            bareSpawn(command)
            bare[index].append(elapsedMilliseconds(since: start))
            start = DispatchTime.now().uptimeNanoseconds
            let result = await sandbox.run(RunRequest(command: command, limits: limits))
            confined[index].append(elapsedMilliseconds(since: start))
            if result.verdict != .accepted {
                print("sandboxed \(command.joined(separator: " ")) failed: \(result.verdict) \(result.detail ?? "")")
                exit(1)
            }
        }
    }

    var referenceBare: [[Double]] = Array(repeating: [], count: cases.count)
    for _ in 0..<(haveUnshare ? rounds : 0) {
        for (index, (_, command)) in cases.enumerated() {
            var start = DispatchTime.now().uptimeNanoseconds
            bareSpawn(command)
            referenceBare[index].append(elapsedMilliseconds(since: start))
            start = DispatchTime.now().uptimeNanoseconds
            bareSpawn([unshare, "-Urnpf"] + command)
            reference[index].append(elapsedMilliseconds(since: start))
        }
    }

    let isolation = sandbox.capabilities.isolation
    print("sandbox overhead per run: median of \(rounds) rounds, \(isolation.layers.count) layers, "
        + "\(isolation.notes.joined(separator: ", "))")
    print("command              bare ms   sandbox ms   overhead ms   ratio   (unshare -Urnpf overhead ms)")
    for (index, (name, _)) in cases.enumerated() {
        let plain = median(bare[index])
        let boxed = median(confined[index])
        let other = haveUnshare ? String(format: "   (%.3f)", median(reference[index]) - median(referenceBare[index])) : ""
        print(name.padding(toLength: 18, withPad: " ", startingAt: 0)
            + String(format: " %9.3f %12.3f %13.3f %7.2fx", plain, boxed, boxed - plain, boxed / plain) + other)
    }
    print("target: overhead <= 1.5 ms (bubblewrap ~5.8 ms, unshare -Urnpf ~2.3 ms on this machine)")
}

await benchmark()
