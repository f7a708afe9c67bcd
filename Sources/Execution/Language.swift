/// A language a submission may be written in, as specs and `--language` name it.
///
/// `babbage` and `babbage-asm` run inside SpecGrade's Analytical Engine; the others are
/// compiled or interpreted by a toolchain found on the machine and run in the sandbox.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case python
    case c
    case cpp
    case java
    case javascript
    /// Card decks for John Walker's Analytical Engine emulator (`.ae`).
    case babbage
    /// The register-machine dialect (`.bab`).
    case babbageAssembly = "babbage-asm"

    /// File extensions, without the dot, that identify the language; the first is canonical.
    public var fileExtensions: [String] {
        switch self {
        case .python: return ["py"]
        case .c: return ["c"]
        case .cpp: return ["cpp", "cc", "cxx"]
        case .java: return ["java"]
        case .javascript: return ["js", "mjs"]
        case .babbage: return ["ae"]
        case .babbageAssembly: return ["bab"]
        }
    }

    /// The language a file extension (without the dot, any case) names, if any.
    public init?(fileExtension: String) {
        let lowered = fileExtension.lowercased()
        guard let match = Language.allCases.first(where: { $0.fileExtensions.contains(lowered) }) else {
            return nil
        }
        self = match
    }

    /// True for the Engine's languages, which never leave the process.
    public var runsInEngine: Bool { self == .babbage || self == .babbageAssembly }

    /// A human name for tables and messages.
    public var displayName: String {
        switch self {
        case .python: return "Python 3"
        case .c: return "C"
        case .cpp: return "C++"
        case .java: return "Java"
        case .javascript: return "JavaScript (Node.js)"
        case .babbage: return "Analytical Engine cards"
        case .babbageAssembly: return "Analytical Engine register dialect"
        }
    }
}
