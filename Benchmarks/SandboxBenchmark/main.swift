import Execution
import Foundation
import Glibc
import Sandbox

/// Per-run overhead of the sandbox over a bare posix_spawn, measured side by side: each
/// round runs bare /bin/true, sandboxed /bin/true, bare `python3 -c pass` and sandboxed
/// `python3 -c pass`, so that machine load affects all alike. Prints medians in ms. Then, for
/// reference and in a separate phase (its per-run network namespaces are torn down by kernel
/// workers that would slow the sandboxed runs measured beside them), `unshare -Urnpf`. Last,
/// a hello program in each of Go, Rust, Haskell, TypeScript and Common Lisp, compiled once by
/// its built-in definition and run bare (in the sandbox's environment) and through the
/// sandbox (as grading runs it: the program's session, its runtime's flags) in alternation, a
/// tenth as many rounds.
///
///     swift run -c release SandboxBenchmark [rounds]

/// Runs `arguments` unconfined and waits; with `environment`, in that environment only (as
/// the sandbox gives one), else in this process's.
func bareSpawn(_ arguments: [String], environment: [String]? = nil) {
    var pid: pid_t = 0
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    var envp: [UnsafeMutablePointer<CChar>?] = (environment ?? []).map { strdup($0) } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    // Its output goes nowhere, as the sandbox's goes to a capture, not to this terminal.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let started =
        environment == nil
        ? posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        : posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp)
    guard started == 0 else {
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
    print(
        "sandbox overhead per run: median of \(rounds) rounds, \(isolation.layers.count) layers, "
            + "\(isolation.notes.joined(separator: ", "))")
    print("command              bare ms   sandbox ms   overhead ms   ratio   (unshare -Urnpf overhead ms)")
    for (index, (name, _)) in cases.enumerated() {
        let plain = median(bare[index])
        let boxed = median(confined[index])
        let other =
            haveUnshare ? String(format: "   (%.3f)", median(reference[index]) - median(referenceBare[index])) : ""
        print(
            name.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: " %9.3f %12.3f %13.3f %7.2fx", plain, boxed, boxed - plain, boxed / plain) + other)
    }
    print("target: overhead <= 1.5 ms (bubblewrap ~5.8 ms, unshare -Urnpf ~2.3 ms on this machine)")
    await languageOverheads(sandbox, rounds: max(5, rounds / 10))
}

/// Hello programs in the languages beyond the classic five, and how each runs bare on the
/// host from its build directory.
let helloPrograms: [(language: Language, file: String, source: String, bare: @Sendable (String) -> [String])] = [
    (.go, "main.go", "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello\") }\n", { [$0 + "/main"] }),
    (.rust, "main.rs", "fn main() { println!(\"hello\"); }\n", { [$0 + "/main"] }),
    (.haskell, "main.hs", "main :: IO ()\nmain = putStrLn \"hello\"\n", { [$0 + "/main"] }),
    (.typescript, "main.ts", "console.log(\"hello\");\n", { [hostTool("node"), $0 + "/js/main.js"] }),
    (.commonLisp, "main.lisp", "(format t \"hello~%\")\n", { [hostTool("sbcl"), "--script", $0 + "/main.fasl"] }),
]

/// The first `name` on PATH, as the sandbox's toolchains find it (no shims here).
func hostTool(_ name: String) -> String {
    for directory in ["/usr/local/bin", "/usr/bin", "/bin"]
    where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
        return directory + "/" + name
    }
    return name
}

/// The sandbox's base environment, for the bare side: the host's may slow a runtime's start
/// (NODE_EXTRA_CA_CERTS makes Node read every CA certificate).
let sandboxEnvironment = ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp", "TMPDIR=/tmp", "LANG=C.UTF-8"]

func languageOverheads(_ sandbox: Sandbox, rounds: Int) async {
    let helloPrograms = helloPrograms
    let toolchains = Toolchains.detect(helloPrograms.map(\.language))
    print("")
    print("per-language run overhead: median of \(rounds) rounds, hello program compiled once")
    print("language             bare ms   sandbox ms   overhead ms   ratio")
    for hello in helloPrograms {
        guard case .available = toolchains.status(of: hello.language) else {
            print(
                hello.language.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
                    + " toolchain missing: \(toolchains.status(of: hello.language))")
            continue
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard FileManager.default.createFile(atPath: folder + "/" + hello.file, contents: Data(hello.source.utf8))
        else {
            print("cannot write \(folder)/\(hello.file)")
            exit(1)
        }
        guard
            case let .ready(program) = await sandbox.prepare(
                language: hello.language, sourceDirectory: folder, entry: hello.file, toolchains: toolchains)
        else {
            print("\(hello.language.rawValue): did not compile")
            exit(1)
        }
        defer { sandbox.discard(program) }
        let bareCommand = hello.bare(program.buildDirectory)
        var bare: [Double] = []
        var confined: [Double] = []
        bareSpawn(bareCommand, environment: sandboxEnvironment)
        _ = await sandbox.run(program, stdin: [], arguments: [], files: [:], limits: ResourceLimits())
        for _ in 0..<rounds {
            var start = DispatchTime.now().uptimeNanoseconds
            bareSpawn(bareCommand, environment: sandboxEnvironment)
            bare.append(elapsedMilliseconds(since: start))
            start = DispatchTime.now().uptimeNanoseconds
            let result = await sandbox.run(program, stdin: [], arguments: [], files: [:], limits: ResourceLimits())
            confined.append(elapsedMilliseconds(since: start))
            if result.verdict != .accepted || result.stdoutText != "hello\n" {
                print(
                    "\(hello.language.rawValue) failed in the sandbox: \(result.verdict) \(result.detail ?? "") \(result.stderrText)"
                )
                exit(1)
            }
        }
        let plain = median(bare)
        let boxed = median(confined)
        print(
            hello.language.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: " %9.3f %12.3f %13.3f %7.2fx", plain, boxed, boxed - plain, boxed / plain))
    }
}

await benchmark()
