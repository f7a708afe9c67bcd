import Execution
import Foundation

/// Java: `javac` and `java`.
///
/// RLIMIT_AS would kill the JVM (it reserves far more address space than it uses), so the
/// run's memory is bounded by the cgroup (RLIMIT_DATA without one) and the heap by -Xmx below
/// it; the serial collector and C1-only compilation keep the thread count and start-up time
/// low. `-proc:none`: javac would otherwise run any annotation processor a submission declares
/// on its class path (`META-INF/services`), student code at compile time.
struct JVMAdaptation: RuntimeAdaptation {
    let tools = ["java", "javac"]

    static let fastStart = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto"]

    /// javac's own JVM flags and the options every compile gets.
    static let compilerOptions = fastStart.map { "-J" + $0 } + ["-J-Xmx512m", "-proc:none"]

    var compileOptions: [String] { Self.compilerOptions }

    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String] {
        Self.fastStart + Self.memoryOptions(limits, cgroup: cgroup)
    }

    /// Heap and stack from the run's limits, and an exit at the first OutOfMemoryError.
    static func memoryOptions(_ limits: ResourceLimits, cgroup: Bool) -> [String] {
        let stackMiB = max(1, min(limits.stackBytes / 1_048_576, 256))
        return [
            "-Xmx\(ManagedHeap.mebibytes(limits, cgroup: cgroup))m", "-Xss\(stackMiB)m", "-XX:+ExitOnOutOfMemoryError",
        ]
    }

    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        ThreadedRuntimeStack.limits(limits, cgroup: cgroup)
    }

    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult {
        ManagedHeap.refine(result, limits: limits, marker: "java.lang.OutOfMemoryError", runtime: "Java")
    }

    /// javac accepts a program without `main`, which the JVM then cannot start.
    func entryProblem(entry: String, source: String) -> String? {
        guard JavaSource.mainClass(in: JavaSource.withoutComments(source)) == nil else { return nil }
        return "\(entry): no class declares public static void main(String[] args), so there is nothing to run"
    }

    /// The class to run: the one declaring `static void main(String[])`, whatever the file is
    /// called (`test-hello.java` may hold `class Main`), with its package; the file's name when
    /// no class in it declares one.
    func runEntry(for entry: String, source: String) -> String? {
        let file = ((entry as NSString).lastPathComponent as NSString).deletingPathExtension
        let code = JavaSource.withoutComments(source)
        let name = JavaSource.mainClass(in: code) ?? file
        let declaration = code.firstMatch(of: /(?m)^\s*package\s+([A-Za-z_][A-Za-z0-9_.]*)\s*;/)
        return declaration.map { String($0.output.1) + "." + name } ?? name
    }
}
