/// One student's score in two runs, e.g. `alice`: 4 of 7 before, 7 of 7 after, delta +3.
///
/// A student graded in only one of the runs has nil on the other side (a new submission, or
/// one that is gone), and no delta.
public struct ScoreChange: Hashable, Sendable {
    public var student: String
    public var before: Score?
    public var after: Score?

    public init(student: String, before: Score?, after: Score?) {
        self.student = student
        self.before = before
        self.after = after
    }

    /// `after - before` when the student is in both runs.
    public var delta: Double? {
        guard let before, let after else { return nil }
        return after.score - before.score
    }

    /// A score with its maximum and the submission's status, e.g. 4 of 7, `partial`.
    public struct Score: Hashable, Sendable {
        public var score: Double
        public var maxScore: Double
        public var status: String

        public init(score: Double, maxScore: Double, status: String) {
            self.score = score
            self.maxScore = maxScore
            self.status = status
        }
    }
}
