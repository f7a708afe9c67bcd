import Execution

/// What one runtime or compiler needs to work inside the sandbox's limits, chosen by the tool
/// a language definition names (`java`, `go`, `ghc`...), so that a course's own definition
/// that runs `java` gets the JVM's heap flags too. Every hook defaults to nothing.
protocol RuntimeAdaptation: Sendable {
    /// The tool names (basenames) it adapts.
    var tools: [String] { get }
    /// Options placed right after the compile tool, when it is one of `tools`.
    var compileOptions: [String] { get }
    /// Options placed right after the run tool (or the compiled binary, for a compiler's
    /// runtime), when the run command starts with one of `tools` or a `{binary}` it built.
    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String]
    /// Variables for the compile or for every run.
    func environment(compiling: Bool) -> [String: String]
    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult
    /// What `{entry}` names in the run command, when not the entry file's path.
    func runEntry(for entry: String, source: String) -> String?
    /// Why the entry cannot start a program though it compiles (a Java file with no `main`),
    /// for a compile error; nil when it can.
    func entryProblem(entry: String, source: String) -> String?
    /// The on-demand syntax check (`Sandbox.syntaxCheck`), when the runtime has one.
    func syntaxCheck(tool: DetectedTool, sources: [String]) -> [String]?
    /// Files written beside the sources before the compile, and given to it as operands.
    var stagedFiles: [(name: String, bytes: [UInt8])] { get }
    /// Host folders outside the system directories the tool reads, shown read-only.
    var hostFolders: [String] { get }
}

extension RuntimeAdaptation {
    var compileOptions: [String] { [] }
    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String] { [] }
    func environment(compiling: Bool) -> [String: String] { [:] }
    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits { limits }
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult { result }
    func runEntry(for entry: String, source: String) -> String? { nil }
    func entryProblem(entry: String, source: String) -> String? { nil }
    func syntaxCheck(tool: DetectedTool, sources: [String]) -> [String]? { nil }
    var stagedFiles: [(name: String, bytes: [UInt8])] { [] }
    var hostFolders: [String] { [] }

    /// True when `word` (a command's first word) is one of its tools, or the binary a
    /// compiler among them built.
    func matches(_ word: String) -> Bool {
        let name = word.split(separator: "/").last.map(String.init) ?? word
        return tools.contains(name) || (word == "{binary}" && compilesBinary)
    }

    /// Whether its tools are compilers whose output runs as `{binary}` with their runtime.
    var compilesBinary: Bool { false }
}

/// Every adaptation SpecGrade has, and the choice for one definition.
enum RuntimeAdaptations {
    static let all: [any RuntimeAdaptation] = [
        JVMAdaptation(), NodeAdaptation(), PythonAdaptation(), TypeScriptAdaptation(), GoAdaptation(),
        GHCAdaptation(), SBCLAdaptation(),
    ]

    /// The adaptations of the tools `definition` starts (its compile and run commands' first
    /// words, by basename).
    static func matching(_ definition: LanguageDefinition) -> [any RuntimeAdaptation] {
        let words = [definition.compile?.first, definition.run.first].compactMap { $0 }
        return all.filter { adaptation in words.contains { word in word != "{binary}" && adaptation.matches(word) } }
    }
}

/// For runtimes that start many threads (the JVM, Node, Go): glibc sizes every thread's stack
/// from RLIMIT_STACK, and without a cgroup those stacks count against RLIMIT_DATA, so a
/// 64 MiB stack limit times a dozen threads would stop the runtime before the program runs.
/// Their own stacks are set by flags (-Xss) or do not depend on it (V8, goroutines).
enum ThreadedRuntimeStack {
    static let limitWithoutCgroup = 8 << 20

    static func limits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        guard !cgroup else { return limits }
        var capped = limits
        capped.stackBytes = min(limits.stackBytes, limitWithoutCgroup)
        return capped
    }
}

/// A managed heap's size under the run's memory limit: three quarters of it under a cgroup;
/// half under RLIMIT_DATA, where the runtime's own memory counts from the first byte.
enum ManagedHeap {
    static func mebibytes(_ limits: ResourceLimits, cgroup: Bool) -> Int {
        let memoryMiB = limits.memoryBytes / 1_048_576
        return max(16, cgroup ? memoryMiB * 3 / 4 : memoryMiB / 2)
    }

    /// The result as `memory_limit` when the runtime said its heap ran out (`marker` on stderr).
    static func refine(
        _ result: ExecutionResult, limits: ResourceLimits, marker: String, runtime: String
    ) -> ExecutionResult {
        guard result.verdict == .runtimeError, result.stderrText.contains(marker) else { return result }
        var refined = result
        refined.verdict = .memoryLimit
        refined.detail = "memory limit \(limits.memoryBytes / 1_048_576) MiB (\(runtime) heap)"
        return refined
    }
}
