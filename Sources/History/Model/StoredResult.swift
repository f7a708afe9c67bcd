import Foundation

/// A student's result as recorded in a run: the opaque JSON the grader stored, with its key.
///
/// A resumed run rebuilds its report from these instead of grading the students again.
public struct StoredResult: Hashable, Sendable {
    public var student: String
    public var key: CacheKey
    public var status: String
    public var score: Double
    public var maxScore: Double
    public var result: Data

    public init(student: String, key: CacheKey, status: String, score: Double, maxScore: Double, result: Data) {
        self.student = student
        self.key = key
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.result = result
    }
}
