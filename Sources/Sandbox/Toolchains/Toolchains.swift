import Execution
import Foundation

/// The language toolchains found on this machine.
///
/// `detect()` looks each one up on PATH and in the usual places, resolves symlinks to the
/// real binary (a pyenv or asdf shim is a script that would need the user's home, so it is
/// skipped for the ELF binary behind the next PATH entry), and asks it for its version.
public struct Toolchains: Sendable {
    /// Each language's toolchain, by language.
    let found: [Language: DetectedTool]

    /// Looks up the toolchains of `languages` only: asking a JVM for its version alone costs
    /// ~100 ms, too much to pay on every `specgrade run` of a Python file.
    public static func detect(_ languages: [Language] = Language.allCases) -> Toolchains {
        var found: [Language: DetectedTool] = [:]
        for language in languages where !language.runsInEngine && found[language] == nil {
            if let tool = DetectedTool.find(for: language) { found[language] = tool }
        }
        return Toolchains(found: found)
    }

    public func status(of language: Language) -> ToolchainStatus {
        if language.runsInEngine { return .builtIn }
        guard let tool = found[language] else { return .missing(DetectedTool.installHint(for: language)) }
        return .available(path: tool.executables[tool.mainName] ?? "", version: tool.version)
    }

    /// The toolchain object that compiles and runs `language` with `tool`.
    static func toolchain(for language: Language, tool: DetectedTool) -> (any LanguageToolchain)? {
        switch language {
        case .python: return PythonToolchain(tool: tool)
        case .c: return CToolchain(tool: tool, compiler: "gcc", standard: "gnu17")
        case .cpp: return CToolchain(tool: tool, compiler: "g++", standard: "gnu++17")
        case .java: return JavaToolchain(tool: tool)
        case .javascript: return JavaScriptToolchain(tool: tool)
        case .babbage, .babbageAssembly: return nil
        }
    }
}
