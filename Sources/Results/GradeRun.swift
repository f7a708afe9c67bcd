import SpecModel

/// One grading of a submissions directory against a spec: the input of every report.
public struct GradeRun: Codable, Sendable, Hashable {
    public var spec: Spec
    /// Sorted by student.
    public var submissions: [SubmissionResult]
    /// ISO 8601 times of the run.
    public var startedAt: String
    public var finishedAt: String
    /// `I/N` when this run graded one shard; nil for the whole class.
    public var shard: String?
    /// SpecGrade's version, for reproducibility.
    public var toolVersion: String

    public init(
        spec: Spec, submissions: [SubmissionResult], startedAt: String, finishedAt: String,
        shard: String? = nil, toolVersion: String
    ) {
        self.spec = spec
        self.submissions = submissions
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.shard = shard
        self.toolVersion = toolVersion
    }
}
