import Execution

/// Python 3: no compile step. `py_compile` runs only on demand, when a run failed with a
/// syntax error, to tell a compile error from a runtime one: a second interpreter start per
/// submission cost 14% of a class's grading time. The check runs isolated (`-I`: neither the
/// working directory nor PYTHON* variables on its path), so a submitted `py_compile.py` is
/// never the module that runs.
struct PythonAdaptation: RuntimeAdaptation {
    let tools = ["python3", "python"]

    func syntaxCheck(tool: DetectedTool, sources: [String]) -> [String]? {
        guard let interpreter = tools.lazy.compactMap({ tool.executables[$0] }).first else { return nil }
        return [interpreter, "-I", "-m", "py_compile"] + sources
    }
}
