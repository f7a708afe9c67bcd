import Execution

/// C and C++ with gcc/g++: every source file compiled and linked into `/program/main`.
struct CToolchain: LanguageToolchain {
    let tool: DetectedTool
    /// "gcc" or "g++".
    let compiler: String
    let standard: String
    var extraBinds: [String] { tool.extraBinds }

    func compileCommand(sources: [String], entry: String) -> [String]? {
        let extensions = compiler == "gcc" ? ["c"] : ["cpp", "cc", "cxx"]
        let units = sources.filter { source in extensions.contains { source.hasSuffix("." + $0) } }
        return [tool.executables[compiler] ?? compiler, "-O2", "-pipe", "-std=\(standard)", "-o", "main"]
            + units + ["-lm"]
    }

    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String] {
        [RunRequest.programMount + "/main"]
    }
}
