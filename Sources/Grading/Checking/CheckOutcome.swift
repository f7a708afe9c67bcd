import Results

/// What a checker concluded about one run's output.
public struct CheckOutcome: Sendable, Hashable {
    /// True when the output satisfies the expectation.
    public var passed: Bool
    /// The fraction of the test's points earned, in [0, 1]: 1 or 0 unless a custom checker
    /// printed a score.
    public var fraction: Double
    /// Why it failed, in a few words ("line 3 differs", "missing \"Total:\"").
    public var detail: String?
    /// The first difference, when there is a line to show.
    public var diff: DiffExcerpt?
    /// The checker itself failed (crashed, timed out): an `internal_error`, not the student's fault.
    public var checkerFailed: Bool

    public init(
        passed: Bool, fraction: Double? = nil, detail: String? = nil, diff: DiffExcerpt? = nil,
        checkerFailed: Bool = false
    ) {
        self.passed = passed
        self.checkerFailed = checkerFailed
        self.fraction = fraction ?? (passed ? 1 : 0)
        self.detail = detail
        self.diff = diff
    }

    public static let pass = CheckOutcome(passed: true)
}
