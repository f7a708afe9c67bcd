import Foundation

/// One row of `specgrade history`: a run with how many students it recorded and the class mean.
///
/// For example run 7 of `word-count`, started 2025-03-01 10:02, finished, 120 students,
/// mean 77.1% over the 118 graded, 2 not gradable.
public struct RunSummary: Hashable, Sendable {
    public var id: Int64
    public var specID: String
    public var specHash: String
    public var toolVersion: String
    /// `I/N` for one shard of a class, nil for the whole class.
    public var shard: String?
    public var submissionsDirectory: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: RunStatus
    /// Students with a recorded result.
    public var students: Int
    /// The mean percentage of the graded results (score ÷ max score × 100, not-gradable ones
    /// left out); nil when none was graded.
    public var meanPercent: Double?
    /// Results in the mean.
    public var graded: Int
    /// Results left out of the mean because they could not be graded.
    public var notGradable: Int

    public init(
        id: Int64, specID: String, specHash: String, toolVersion: String, shard: String?,
        submissionsDirectory: String, startedAt: Date, finishedAt: Date?, status: RunStatus,
        students: Int, meanPercent: Double?, graded: Int, notGradable: Int
    ) {
        self.id = id
        self.specID = specID
        self.specHash = specHash
        self.toolVersion = toolVersion
        self.shard = shard
        self.submissionsDirectory = submissionsDirectory
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.students = students
        self.meanPercent = meanPercent
        self.graded = graded
        self.notGradable = notGradable
    }
}
