import Execution

/// How one language is checked or compiled once, then run per test.
///
/// Paths are inside the sandbox: the compile runs with the build directory as `/work`; the
/// program runs with it read-only at `/program` and a fresh `/work` as its cwd.
protocol LanguageToolchain: Sendable {
    /// The compile command for the copied sources, nil for none. `sources` and `entry` are
    /// absolute paths under `/work` (see `CompileOperands`).
    func compileCommand(sources: [String], entry: String) -> [String]?
    /// A check that only confirms what a failed run already said (a syntax error), run on
    /// demand by `Sandbox.syntaxCheck`; nil for none.
    func syntaxCheckCommand(sources: [String]) -> [String]?
    /// What the run command names, given the entry file and its text (Java: the main class).
    func runEntry(for entry: String, source: String) -> String
    /// The command that runs the program under `limits`; `entry` is `runEntry`'s answer;
    /// `cgroup` tells whether a memory cgroup bounds the run (else RLIMIT_DATA, per process).
    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String]
    /// Adjusts a run's verdict for what the runtime reports in its own way (the JVM's
    /// OutOfMemoryError is a memory limit).
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult
    /// Host directories the toolchain needs shown beyond the standard system ones.
    var extraBinds: [String] { get }
    /// The limits a run (or compile) of this toolchain is launched with; `cgroup` tells
    /// whether a memory cgroup bounds it (else RLIMIT_DATA does, per process).
    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits
}

extension LanguageToolchain {
    func runEntry(for entry: String, source: String) -> String { entry }
    func syntaxCheckCommand(sources: [String]) -> [String]? { nil }
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult { result }
    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits { limits }
}

/// For runtimes that start many threads (the JVM, Node): glibc sizes every thread's stack
/// from RLIMIT_STACK, and without a cgroup those stacks count against RLIMIT_DATA, so a
/// 64 MiB stack limit times a dozen threads would stop the runtime before the program runs.
/// Their own stacks are set by flags (-Xss) or do not depend on it (V8).
enum ThreadedRuntimeStack {
    static let limitWithoutCgroup = 8 << 20

    static func limits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        guard !cgroup else { return limits }
        var capped = limits
        capped.stackBytes = min(limits.stackBytes, limitWithoutCgroup)
        return capped
    }
}
