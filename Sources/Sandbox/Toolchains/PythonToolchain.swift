import Execution

/// Python 3: a syntax check with `py_compile` (which also leaves the bytecode for the runs),
/// then `python3 /program/<entry>`.
struct PythonToolchain: LanguageToolchain {
    let tool: DetectedTool
    var extraBinds: [String] { tool.extraBinds }
    private var python: String { tool.executables["python3"] ?? "python3" }

    func compileCommand(sources: [String], entry: String) -> [String]? {
        [python, "-m", "py_compile"] + sources.filter { $0.hasSuffix(".py") }
    }

    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String] {
        [python, RunRequest.programMount + "/" + entry]
    }
}
