import Execution

/// Node.js: `node --check` on the entry, then `node /program/<entry>`.
struct JavaScriptToolchain: LanguageToolchain {
    let tool: DetectedTool
    var extraBinds: [String] { tool.extraBinds }
    private var node: String { tool.executables["node"] ?? "node" }

    func compileCommand(sources: [String], entry: String) -> [String]? {
        [node, "--check", entry]
    }

    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String] {
        // V8 sizes its heap itself; keep it under the run's memory limit.
        let heapMiB = max(16, limits.memoryBytes / 1_048_576 * 3 / 4)
        return [node, "--max-old-space-size=\(heapMiB)", RunRequest.programMount + "/" + entry]
    }

    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        ThreadedRuntimeStack.limits(limits, cgroup: cgroup)
    }
}
