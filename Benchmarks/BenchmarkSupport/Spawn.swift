import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starting processes the way a benchmark's bare side and SpecGrade's side both are started.
public enum Spawn {
    /// posix_spawnp with stdin and stdout redirected to files, in `directory` when given;
    /// returns the wait status (-1 when it could not start).
    @discardableResult
    public static func run(
        _ argv: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
        directory: String? = nil, environment: [String: String]? = nil
    ) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // env -C: Glibc's module does not bring posix_spawn_file_actions_addchdir_np.
        let argv = directory.map { ["env", "-C", $0] + argv } ?? argv
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, nil, cArguments, env) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }

    /// Runs `specgrade grade SPEC SUBS` into `root` and returns (wall seconds, the child's peak
    /// RSS in KiB); exits the benchmark when specgrade cannot start.
    public static func grade(
        _ specgrade: String, spec: String, submissions: String, root: String
    ) -> (seconds: Double, peakKB: Int) {
        let start = Date()
        var pid: pid_t = 0
        let argv = [
            specgrade, "grade", spec, submissions, "--out", root + "/reports",
            "--db", root + "/history.sqlite", "--no-cache", "--quiet",
        ]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, root + "/grade.log", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments = argv.map { strdup($0) } + [nil]
        let env = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        guard posix_spawn(&pid, specgrade, &actions, nil, cArguments, env) == 0 else {
            print("cannot start \(specgrade): build it first (swift build -c release --static-swift-stdlib)")
            exit(2)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        posix_spawn_file_actions_destroy(&actions)
        cArguments.forEach { free($0) }
        env.forEach { free($0) }
        // A grading that failed measures nothing.
        if status != 0 {
            print("specgrade grade exited with status \(status); see \(root)/grade.log")
            exit(1)
        }
        return (Date().timeIntervalSince(start), usage.ru_maxrss)
    }

    /// The median of `values` (the upper one of an even count).
    public static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}
