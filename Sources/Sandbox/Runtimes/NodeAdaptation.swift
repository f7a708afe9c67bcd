import Execution

/// Node.js: V8 sizes its heap itself; it is kept under the run's memory limit.
struct NodeAdaptation: RuntimeAdaptation {
    let tools = ["node", "nodejs"]

    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String] {
        ["--max-old-space-size=\(max(16, limits.memoryBytes / 1_048_576 * 3 / 4))"]
    }

    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        ThreadedRuntimeStack.limits(limits, cgroup: cgroup)
    }
}
