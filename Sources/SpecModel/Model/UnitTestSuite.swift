import Execution

/// One language's suite: `python: tests/test_stats.py`.
///
/// Where the path was written lives in the parser's source map, like every field position:
/// grading needs the path, only lint needs the line.
public struct UnitTestSuite: Codable, Sendable, Hashable {
    public var language: Language
    /// Relative to the spec's folder (or absolute).
    public var path: String

    public init(language: Language, path: String) {
        self.language = language
        self.path = path
    }
}
