import Execution
import Foundation

/// Java: `javac` into `classes/`, then `java` with a heap derived from the memory limit.
///
/// RLIMIT_AS would kill the JVM (it reserves far more address space than it uses), so the
/// run's memory is bounded by the cgroup (RLIMIT_DATA without one) and the heap by -Xmx below
/// it; the serial collector and
/// C1-only compilation keep the thread count and start-up time low. `-proc:none`: javac would
/// otherwise run any annotation processor a submission declares on its class path
/// (`META-INF/services`), student code at compile time.
struct JavaToolchain: LanguageToolchain {
    let tool: DetectedTool
    var extraBinds: [String] { tool.extraBinds }

    static let fastStart = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto"]

    func compileCommand(sources: [String], entry: String) -> [String]? {
        let units = sources.filter { $0.hasSuffix(".java") }
        return [tool.executables["javac"] ?? "javac"] + JavaToolchain.fastStart.map { "-J" + $0 }
            + ["-J-Xmx512m", "-proc:none", "-encoding", "UTF-8", "-d", "classes"] + units
    }

    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String] {
        [tool.executables["java"] ?? "java"] + JavaToolchain.fastStart + JavaToolchain.memoryOptions(limits, cgroup: cgroup)
            + ["-cp", RunRequest.programMount + "/classes", entry]
    }

    /// Heap and stack from the run's limits, and an exit at the first OutOfMemoryError.
    static func memoryOptions(_ limits: ResourceLimits, cgroup: Bool) -> [String] {
        let memoryMiB = limits.memoryBytes / 1_048_576
        // Under RLIMIT_DATA the JVM's own memory (code cache, metaspace, thread stacks) counts
        // from the first byte, so the heap gets half instead of three quarters.
        let heapMiB = max(16, cgroup ? memoryMiB * 3 / 4 : memoryMiB / 2)
        let stackMiB = max(1, min(limits.stackBytes / 1_048_576, 256))
        return ["-Xmx\(heapMiB)m", "-Xss\(stackMiB)m", "-XX:+ExitOnOutOfMemoryError"]
    }

    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult {
        var refined = result
        if result.verdict == .runtimeError, result.stderrText.contains("java.lang.OutOfMemoryError") {
            refined.verdict = .memoryLimit
            refined.detail = "memory limit \(limits.memoryBytes / 1_048_576) MiB (Java heap)"
        }
        return refined
    }

    /// The class to run: `Main` for `Main.java`, `pkg.Main` when it declares `package pkg;`.
    func runEntry(for entry: String, source: String) -> String {
        let name = ((entry as NSString).lastPathComponent as NSString).deletingPathExtension
        let declaration = source.firstMatch(of: /(?m)^\s*package\s+([A-Za-z_][A-Za-z0-9_.]*)\s*;/)
        return declaration.map { String($0.output.1) + "." + name } ?? name
    }

    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        ThreadedRuntimeStack.limits(limits, cgroup: cgroup)
    }
}
