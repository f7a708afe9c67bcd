import Execution

/// Python 3: no compile step; `python3 /program/<entry>`. `py_compile` runs only on demand,
/// when a run failed with a syntax error, to tell a compile error from a runtime one: a
/// second interpreter start per submission cost 14% of a class's grading time. The check runs
/// isolated (`-I`: neither the working directory nor PYTHON* variables on its path), so a
/// submitted `py_compile.py` is never the module that runs.
struct PythonToolchain: LanguageToolchain {
    let tool: DetectedTool
    var extraBinds: [String] { tool.extraBinds }
    private var python: String { tool.executables["python3"] ?? "python3" }

    func compileCommand(sources: [String], entry: String) -> [String]? { nil }

    func syntaxCheckCommand(sources: [String]) -> [String]? {
        [python, "-I", "-m", "py_compile"] + sources.filter { $0.hasSuffix(".py") }
    }

    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String] {
        [python, RunRequest.programMount + "/" + entry]
    }
}
