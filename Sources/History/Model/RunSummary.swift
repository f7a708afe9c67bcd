import Foundation

/// One row of `specgrade history`: a run with how many students it recorded and their mean.
///
/// For example run 7 of `word-count`, started 2025-03-01 10:02, finished, 120 students,
/// mean score 5.4 of a mean maximum 7.
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
    /// Mean score and mean maximum score over the recorded students; nil when there are none.
    public var meanScore: Double?
    public var meanMaxScore: Double?

    public init(
        id: Int64, specID: String, specHash: String, toolVersion: String, shard: String?,
        submissionsDirectory: String, startedAt: Date, finishedAt: Date?, status: RunStatus,
        students: Int, meanScore: Double?, meanMaxScore: Double?
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
        self.meanScore = meanScore
        self.meanMaxScore = meanMaxScore
    }
}
