import Execution

/// TypeScript: `tsc` type-checks and compiles into `js/` beside the sources (a type error is a
/// compile error: nothing is emitted), and Node runs the result. Debian ships no Node type
/// declarations, so SpecGrade stages its own for the modules programs read input and write
/// output with (`NodeDeclarations`).
struct TypeScriptAdaptation: RuntimeAdaptation {
    let tools = ["tsc"]

    var stagedFiles: [(name: String, bytes: [UInt8])] {
        [(name: NodeDeclarations.fileName, bytes: Array(NodeDeclarations.text.utf8))]
    }

    func runEntry(for entry: String, source: String) -> String? {
        let script = entry.hasSuffix(".ts") ? String(entry.dropLast(3)) + ".js" : entry
        return RunRequest.programMount + "/js/" + script
    }

    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        ThreadedRuntimeStack.limits(limits, cgroup: cgroup)
    }
}
