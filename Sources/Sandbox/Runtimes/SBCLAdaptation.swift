import Execution

/// SBCL: its dynamic space (the Lisp heap) is mapped writable at start-up, by default far
/// larger than a run's memory limit, so it is sized to the limit: the managed-heap share under
/// a cgroup, which counts pages as they are used; under RLIMIT_DATA, which counts the whole
/// mapping at once, what is left after the runtime's own writable mappings (the core and the
/// collector's tables, measured at about 180 MiB with SBCL 2.2). Running out of it ("Heap
/// exhausted") is the memory limit.
struct SBCLAdaptation: RuntimeAdaptation {
    let tools = ["sbcl"]

    /// The compiler's own heap, within the compile's 1 GiB.
    var compileOptions: [String] { ["--dynamic-space-size", "512MB"] }

    /// The runtime's own writable mappings beside the dynamic space, with room to spare.
    static let runtimeMiB = 192

    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String] {
        let heapMiB =
            cgroup
            ? ManagedHeap.mebibytes(limits, cgroup: true)
            : max(32, limits.memoryBytes / 1_048_576 - Self.runtimeMiB)
        return ["--dynamic-space-size", "\(heapMiB)MB"]
    }

    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult {
        ManagedHeap.refine(result, limits: limits, marker: "Heap exhausted", runtime: "Lisp")
    }
}
