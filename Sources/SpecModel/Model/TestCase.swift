import Execution

/// One test: the input given to a submission and what its output must satisfy, or the
/// unit test of the instructor's suite that judges it (`unit`).
public struct TestCase: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// Requirement and criterion ids this test proves.
    public var covers: [String]
    public var stdin: Input
    public var args: [String]
    /// Files placed in the working directory before the run, name -> content.
    public var files: [String: String]
    public var expect: Expectation
    /// Overrides the spec's default comparison.
    public var compare: Comparison?
    public var points: Double
    /// Hidden tests are graded but shown to students only after publication.
    public var hidden: Bool
    public var limits: LimitOverrides
    /// Path of a custom checker program, relative to the spec's folder.
    public var checker: String?
    /// The instructor's unit test this test grades instead of stdin and stdout (`unit:`);
    /// `nil` for an input/output test. A unit test leaves `stdin`, `args`, `expect`,
    /// `compare` and `checker` at their defaults (lint rejects them).
    public var unit: UnitTestReference?
    /// The line of the opening fence (Markdown) or of the list item (YAML).
    public var location: SourceLocation

    public init(
        id: String, name: String = "", covers: [String] = [], stdin: Input = .text(""),
        args: [String] = [], files: [String: String] = [:], expect: Expectation = Expectation(),
        compare: Comparison? = nil, points: Double = 1, hidden: Bool = false,
        limits: LimitOverrides = LimitOverrides(), checker: String? = nil,
        unit: UnitTestReference? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.covers = covers
        self.stdin = stdin
        self.args = args
        self.files = files
        self.expect = expect
        self.compare = compare
        self.points = points
        self.hidden = hidden
        self.limits = limits
        self.checker = checker
        self.unit = unit
        self.location = location
    }

    /// True for a test graded by a unit test of the instructor's suite.
    public var isUnitTest: Bool { unit != nil }

    /// Where a test's standard input comes from.
    public enum Input: Codable, Sendable, Hashable {
        case text(String)
        /// A path relative to the spec's folder.
        case file(String)
    }
}
