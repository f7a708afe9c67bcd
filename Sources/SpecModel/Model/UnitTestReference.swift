import Execution

/// The unit test a spec test grades, from its `unit:` field: one name for every suite
/// (`unit: test_mean_even`) or a name per language
/// (`unit: { python: test_mean_even, java: meanEven, javascript: "mean even" }`).
public enum UnitTestReference: Codable, Sendable, Hashable {
    /// The same name in every suite.
    case everySuite(String)
    /// A name per language, in document order; lint makes it name every suite's language.
    case perLanguage([UnitTestName])

    /// The unit test to run for a submission in `language`; `nil` when the mapping has none.
    public func name(for language: Language) -> String? {
        switch self {
        case .everySuite(let name): return name
        case .perLanguage(let names): return names.first { $0.language == language }?.name
        }
    }
}
