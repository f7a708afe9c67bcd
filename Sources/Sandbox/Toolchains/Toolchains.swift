import Execution
import Foundation

/// The language toolchains found on this machine.
///
/// `detect` looks up the tools each definition names on PATH and in the usual places,
/// resolves symlinks to the real binary (skipping shims, see `DetectedTool`), and asks it for
/// its version.
public struct Toolchains: Sendable {
    /// The languages toolchains were looked up for.
    public let catalog: LanguageCatalog
    /// Each language's toolchain, by language.
    let found: [Language: DetectedTool]

    /// Looks up the toolchains of `languages` only (all of the catalog's when nil): asking a
    /// JVM for its version alone costs ~100 ms, too much to pay on every `specgrade run` of a
    /// Python file.
    public static func detect(_ languages: [Language]? = nil, catalog: LanguageCatalog = .builtIn) -> Toolchains {
        var found: [Language: DetectedTool] = [:]
        for language in languages ?? catalog.languages where !language.runsInEngine && found[language] == nil {
            guard let definition = catalog.definition(of: language) else { continue }
            if let tool = DetectedTool.find(for: definition) { found[language] = tool }
        }
        return Toolchains(catalog: catalog, found: found)
    }

    public func status(of language: Language) -> ToolchainStatus {
        if language.runsInEngine { return .builtIn }
        guard let tool = found[language] else { return .missing(missingMessage(language)) }
        return .available(path: tool.executables[tool.mainName] ?? "", version: tool.version)
    }

    /// Why `language` cannot run here: its tool to install, or that no definition names it.
    func missingMessage(_ language: Language) -> String {
        guard let definition = catalog.definition(of: language) else {
            return "no language named \(language.rawValue) is defined: define it in languages.yaml"
        }
        return definition.missingMessage
    }

    /// The toolchain that compiles and runs with `tool`; nil for a language that does not
    /// run in the sandbox.
    static func toolchain(for tool: DetectedTool) -> LanguageToolchain? {
        tool.definition.run.isEmpty ? nil : LanguageToolchain(tool: tool)
    }
}
