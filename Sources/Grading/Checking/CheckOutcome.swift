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

    public init(passed: Bool, fraction: Double? = nil, detail: String? = nil, diff: DiffExcerpt? = nil) {
        self.passed = passed
        self.fraction = fraction ?? (passed ? 1 : 0)
        self.detail = detail
        self.diff = diff
    }

    public static let pass = CheckOutcome(passed: true)
}
