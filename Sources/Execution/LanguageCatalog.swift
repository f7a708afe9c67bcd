/// The languages a grading knows: SpecGrade's built-in definitions with a course's own laid
/// over them (a course definition of the same name replaces the built-in one).
public struct LanguageCatalog: Codable, Sendable, Hashable {
    /// In listing order: built-ins first, then a course's additions in file order.
    public private(set) var definitions: [LanguageDefinition]

    public static let builtIn = LanguageCatalog(definitions: LanguageDefinition.builtIn)

    public init(definitions: [LanguageDefinition]) {
        self.definitions = definitions
    }

    /// This catalog with `course` laid over it: a definition of a known name replaces it in
    /// place, and a definition's extensions are taken from every other language.
    public func overlaid(with course: [LanguageDefinition]) -> LanguageCatalog {
        var merged = definitions
        for definition in course {
            for index in merged.indices {
                merged[index].extensions.removeAll { definition.extensions.contains($0) }
            }
            if let index = merged.firstIndex(where: { $0.name == definition.name }) {
                merged[index] = definition
            } else {
                merged.append(definition)
            }
        }
        return LanguageCatalog(definitions: merged)
    }

    public var languages: [Language] { definitions.map(\.name) }

    public func definition(of language: Language) -> LanguageDefinition? {
        definitions.first { $0.name == language }
    }

    /// The language an extension (without the dot, any case) names, if any.
    public func language(forExtension fileExtension: String) -> Language? {
        let lowered = fileExtension.lowercased()
        return definitions.first { $0.extensions.contains(lowered) }?.name
    }

    /// The language of a file by its name's extension, if any.
    public func language(ofFile path: String) -> Language? {
        definitions.first { $0.isSource(path) }?.name
    }

    /// Every extension, dotted, for messages (".py .c .cpp ...").
    public var extensionList: String {
        definitions.flatMap(\.extensions).map { "." + $0 }.joined(separator: " ")
    }
}
