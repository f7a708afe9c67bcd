import Execution
import Results
import SpecModel
import Testing

@Suite struct RunMergerTests {
    static func spec(at folder: String, title: String = "Doubling") -> Spec {
        let here = SourceLocation(path: folder + "/spec.md", line: 1)
        return Spec(
            id: "double", title: title, scoring: .tests,
            requirements: [Requirement(id: "REQ-1", title: "Double", kind: .requirement, location: here)],
            tests: [TestCase(id: "T1", covers: ["REQ-1"], points: 2, location: here)],
            path: folder + "/spec.md", baseDirectory: folder)
    }

    static func result(_ student: String, score: Double) -> SubmissionResult {
        SubmissionResult(
            student: student, language: "babbage", status: score == 2 ? .passed : .failed, score: score, maxScore: 2,
            requirements: [], coverage: Coverage(total: 1, covered: 1, met: score == 2 ? 1 : 0, missing: []),
            tests: [], suggestions: [], contentHash: student, isolation: .inProcess)
    }

    static func run(
        _ shard: String, _ students: [String], spec: Spec = spec(at: "/a"), started: String, finished: String
    ) -> GradeRun {
        GradeRun(
            spec: spec, submissions: students.map { result($0, score: 2) }, startedAt: started, finishedAt: finished,
            shard: shard, toolVersion: "0.1.0")
    }

    /// Shards graded in two checkouts of the course (the spec at two paths) are one class:
    /// students in order, the earliest start and the latest finish, no shard.
    @Test func shardsOfOneSpecBecomeOneRunOfTheClass() throws {
        let first = Self.run(
            "1/2", ["carol", "alice"], spec: Self.spec(at: "/home/ta/course"),
            started: "2026-01-01T10:00:05Z", finished: "2026-01-01T10:01:00Z")
        let second = Self.run(
            "2/2", ["bob"], spec: Self.spec(at: "/ci/checkout"),
            started: "2026-01-01T10:00:00Z", finished: "2026-01-01T10:02:00Z")
        let merged = try RunMerger.merge([first, second])
        #expect(merged.submissions.map(\.student) == ["alice", "bob", "carol"])
        #expect(merged.startedAt == "2026-01-01T10:00:00Z")
        #expect(merged.finishedAt == "2026-01-01T10:02:00Z")
        #expect(merged.shard == nil)
        #expect(merged.toolVersion == "0.1.0")
        #expect(merged.spec == first.spec)
    }

    @Test func shardsOfDifferentSpecsAreRefused() {
        let first = Self.run("1/2", ["alice"], started: "a", finished: "b")
        let second = Self.run("2/2", ["bob"], spec: Self.spec(at: "/a", title: "Tripling"), started: "a", finished: "b")
        #expect {
            try RunMerger.merge([first, second])
        } throws: { error in
            "\(error)"
                == "cannot merge: shard 2/2 graded spec 'double' as it differs from shard 1/2's; grade every shard with the same spec"
        }
    }

    @Test func aStudentInTwoShardsIsRefused() {
        let first = Self.run("1/2", ["alice", "bob"], started: "a", finished: "b")
        let second = Self.run("2/2", ["bob"], started: "a", finished: "b")
        #expect {
            try RunMerger.merge([first, second])
        } throws: { error in
            "\(error)" == "cannot merge: student 'bob' is in shard 1/2 and shard 2/2"
        }
    }

    @Test func nothingToMergeIsRefused() {
        #expect(throws: MergeError.self) { try RunMerger.merge([]) }
    }
}
