/// Per-student score changes between two runs of a spec, e.g. run 3 → run 5 of `word-count`.
public struct RunComparison: Hashable, Sendable {
    public var from: RunSummary
    public var to: RunSummary
    /// Every student of either run, sorted by student.
    public var changes: [ScoreChange]

    public init(from: RunSummary, to: RunSummary, changes: [ScoreChange]) {
        self.from = from
        self.to = to
        self.changes = changes
    }
}
