import Execution

/// SBCL: its dynamic space (the Lisp heap) is mapped writable at start-up, by default far
/// larger than a run's memory limit, so it is sized to the limit's managed-heap share;
/// running out of it ("Heap exhausted") is the memory limit.
struct SBCLAdaptation: RuntimeAdaptation {
    let tools = ["sbcl"]

    /// The compiler's own heap, within the compile's 1 GiB.
    var compileOptions: [String] { ["--dynamic-space-size", "512MB"] }

    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String] {
        ["--dynamic-space-size", "\(ManagedHeap.mebibytes(limits, cgroup: cgroup))MB"]
    }

    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult {
        ManagedHeap.refine(result, limits: limits, marker: "Heap exhausted", runtime: "Lisp")
    }
}
