/// The class mean every report and command shows: the mean of the gradable submissions'
/// percentages (score ÷ max score × 100). A submission that could not be graded is left out,
/// since it says nothing of the student's work, and counted beside the mean; one whose spec
/// awards no points has no percentage and is left out too.
///
///     ClassMean(run.submissions)   // percent 62.5, graded 14, notGradable 2
///
/// Reports word it with `ClassMean.text` (module Reports): "mean 62.5% over 14 graded
/// (2 not gradable, left out)".
public struct ClassMean: Sendable, Hashable {
    /// The mean percentage; nil when no submission was graded.
    public var percent: Double?
    /// Submissions in the mean.
    public var graded: Int
    /// Submissions left out because they could not be graded.
    public var notGradable: Int

    public init(percent: Double?, graded: Int, notGradable: Int) {
        self.percent = percent
        self.graded = graded
        self.notGradable = notGradable
    }

    public init(_ submissions: [SubmissionResult]) {
        let percents = submissions.filter { $0.status != .notGradable && $0.maxScore > 0 }.map {
            100 * $0.score / $0.maxScore
        }
        self.init(
            percent: percents.isEmpty ? nil : percents.reduce(0, +) / Double(percents.count),
            graded: percents.count, notGradable: submissions.filter { $0.status == .notGradable }.count)
    }

    /// The definition in a few words, for a caption or a help text.
    public static let definition = "mean of the graded submissions' percentages; not-gradable ones left out and counted"
}
