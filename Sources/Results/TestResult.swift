import Execution

/// The result of one test case on one submission.
public struct TestResult: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var verdict: Verdict
    /// Why the verdict, in a few words ("cpu time limit", "exit code 3", "line 2 differs").
    public var detail: String?
    public var score: Double
    public var maxScore: Double
    public var hidden: Bool
    /// Requirement and criterion ids the test covers (copied from the spec for reports).
    public var covers: [String]
    public var cpuMs: Int
    public var wallMs: Int
    public var memoryKB: Int
    /// The first difference between expected and actual output, when the output was wrong.
    public var diff: DiffExcerpt?
    /// The start of the program's stdout and stderr, capped for reports.
    public var stdoutExcerpt: String
    public var stderrExcerpt: String

    public init(
        id: String, name: String, verdict: Verdict, detail: String? = nil, score: Double,
        maxScore: Double, hidden: Bool = false, covers: [String] = [], cpuMs: Int = 0,
        wallMs: Int = 0, memoryKB: Int = 0, diff: DiffExcerpt? = nil,
        stdoutExcerpt: String = "", stderrExcerpt: String = ""
    ) {
        self.id = id
        self.name = name
        self.verdict = verdict
        self.detail = detail
        self.score = score
        self.maxScore = maxScore
        self.hidden = hidden
        self.covers = covers
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryKB = memoryKB
        self.diff = diff
        self.stdoutExcerpt = stdoutExcerpt
        self.stderrExcerpt = stderrExcerpt
    }
}

/// The first place where actual output departs from the expected: line `line` (1-based)
/// was expected to read `expected` and read `actual` (nil when output ended early or
/// went on too long). Under a token comparison `expected` and `actual` are the tokens,
/// `token` is their 1-based position and `line` the output line the actual token is on (the
/// expected one's, when the output ended before it).
public struct DiffExcerpt: Codable, Sendable, Hashable {
    public var line: Int
    public var expected: String?
    public var actual: String?
    /// The position of the differing token under a token comparison; nil for a line.
    public var token: Int?

    public init(line: Int, expected: String?, actual: String?, token: Int? = nil) {
        self.line = line
        self.expected = expected
        self.actual = actual
        self.token = token
    }

    /// `token 7 (line 3)` or `line 3`: where the difference is.
    public var position: String {
        token.map { "token \($0) (line \(line))" } ?? "line \(line)"
    }
}
