/// A language a submission may be written in, by the name specs, `languages.yaml` and
/// `--language` give it (`python`, `rust`, or a course's own `ruby`).
///
/// A name only: what the language is (extensions, how it is built and run) is its
/// `LanguageDefinition`, looked up in a `LanguageCatalog`. `babbage` and `babbage-asm` run
/// inside SpecGrade's Analytical Engine; every other language runs in the sandbox.
public struct Language: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let python = Language(rawValue: "python")
    public static let c = Language(rawValue: "c")
    public static let cpp = Language(rawValue: "cpp")
    public static let java = Language(rawValue: "java")
    public static let javascript = Language(rawValue: "javascript")
    public static let typescript = Language(rawValue: "typescript")
    public static let go = Language(rawValue: "go")
    public static let rust = Language(rawValue: "rust")
    public static let haskell = Language(rawValue: "haskell")
    public static let commonLisp = Language(rawValue: "common-lisp")
    /// Card decks for John Walker's Analytical Engine emulator (`.ae`).
    public static let babbage = Language(rawValue: "babbage")
    /// The register-machine dialect (`.bab`).
    public static let babbageAssembly = Language(rawValue: "babbage-asm")

    /// Every built-in language, in the order `specgrade languages` lists them.
    public static var allCases: [Language] { LanguageCatalog.builtIn.languages }

    /// The built-in language a file extension (without the dot, any case) names, if any.
    public init?(fileExtension: String) {
        guard let language = LanguageCatalog.builtIn.language(forExtension: fileExtension) else { return nil }
        self = language
    }

    /// True for the Engine's languages, which never leave the process.
    public var runsInEngine: Bool { self == .babbage || self == .babbageAssembly }

    /// The built-in definition's extensions, without the dot; the first is canonical.
    public var fileExtensions: [String] { LanguageCatalog.builtIn.definition(of: self)?.extensions ?? [] }

    /// The built-in definition's human name, else the name itself.
    public var displayName: String { LanguageCatalog.builtIn.definition(of: self)?.displayName ?? rawValue }

    public var description: String { rawValue }

    public static func < (left: Language, right: Language) -> Bool { left.rawValue < right.rawValue }
}
