import Execution

/// How one language is checked or compiled once, then run per test.
///
/// Paths are inside the sandbox: the compile runs with the build directory as `/work`; the
/// program runs with it read-only at `/program` and a fresh `/work` as its cwd.
protocol LanguageToolchain: Sendable {
    /// The compile (or syntax check) command for the copied sources, nil for none.
    func compileCommand(sources: [String], entry: String) -> [String]?
    /// What the run command names, given the entry file and its text (Java: the main class).
    func runEntry(for entry: String, source: String) -> String
    /// The command that runs the program under `limits`; `entry` is `runEntry`'s answer.
    func runCommand(entry: String, sources: [String], limits: ResourceLimits) -> [String]
    /// Adjusts a run's verdict for what the runtime reports in its own way (the JVM's
    /// OutOfMemoryError is a memory limit).
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult
    /// Host directories the toolchain needs shown beyond the standard system ones.
    var extraBinds: [String] { get }
}

extension LanguageToolchain {
    func runEntry(for entry: String, source: String) -> String { entry }
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult { result }
}
