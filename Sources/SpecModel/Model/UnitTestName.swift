import Execution

/// One entry of a per-language `unit:` mapping: `java: meanEven`.
public struct UnitTestName: Codable, Sendable, Hashable {
    public var language: Language
    /// As the suite's scanner lists it: see `SuiteScanner`.
    public var name: String

    public init(language: Language, name: String) {
        self.language = language
        self.name = name
    }
}
