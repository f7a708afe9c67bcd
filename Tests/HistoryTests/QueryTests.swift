import Foundation
import Testing

@testable import History

@Suite struct QueryTests {
    /// Two finished runs of `word-count`: alice 4 → 9, bob 10 → 10, carol only before, dave only after.
    private func twoRuns(_ store: HistoryStore) async throws -> (first: Int64, second: Int64) {
        let first = try await store.beginTestRun()
        for (student, score) in [("alice", 4.0), ("bob", 10), ("carol", 5)] {
            try await store.recordTest(runID: first.id, student, score: score, key: key("\(student)-v1"))
        }
        try await store.finishRun(first.id)
        let second = try await store.beginTestRun()
        for (student, score) in [("alice", 9.0), ("bob", 10), ("dave", 2)] {
            try await store.recordTest(runID: second.id, student, score: score, key: key("\(student)-v2"))
        }
        try await store.finishRun(second.id)
        return (first.id, second.id)
    }

    @Test func listsRunsNewestFirstWithCountsAndMeans() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let (first, second) = try await twoRuns(store)
        let other = try await store.beginRun(
            specID: "fizzbuzz", specHash: "f", toolVersion: "0.1.0", shard: "2/4", submissionsDirectory: "/x")
        let all = try await store.runs(specID: nil, limit: 10)
        #expect(all.map(\.id) == [other.id, second, first])
        #expect(all[0].students == 0 && all[0].meanPercent == nil && all[0].status == .running && all[0].shard == "2/4")
        #expect(all[1].students == 3 && all[1].meanPercent == 70 && all[1].graded == 3 && all[1].notGradable == 0)
        #expect(all[1].finishedAt != nil && all[1].status == .finished)
        #expect(try await store.runs(specID: "word-count", limit: 10).map(\.id) == [second, first])
        #expect(try await store.runs(specID: "word-count", limit: 1).map(\.id) == [second])
    }

    /// The class mean leaves not-gradable results out and counts them, as `grade` and the HTML do.
    @Test func meanLeavesNotGradableResultsOut() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let run = try await store.beginTestRun()
        try await store.recordTest(runID: run.id, "alice", score: 10)
        try await store.recordTest(runID: run.id, "bob", score: 5)
        try await store.record(
            runID: run.id, student: "carol", key: key("carol"), status: "not_gradable", score: 0, maxScore: 10,
            result: Data(#"{"student":"carol"}"#.utf8))
        try await store.finishRun(run.id)
        let summary = try #require(try await store.runs(specID: nil, limit: 1).first)
        #expect(summary.meanPercent == 75 && summary.graded == 2 && summary.notGradable == 1 && summary.students == 3)
    }

    @Test func comparesTheLastTwoFinishedRunsByDefault() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let (first, second) = try await twoRuns(store)
        // An unfinished third run is not part of the default comparison.
        _ = try await store.beginTestRun(specHash: "spec-3")
        let comparison = try await store.scoreChanges(specID: "word-count", from: nil, to: nil)
        #expect(comparison.from.id == first && comparison.to.id == second)
        #expect(comparison.changes.map(\.student) == ["alice", "bob", "carol", "dave"])
        #expect(comparison.changes.map(\.delta) == [5, 0, nil, nil])
        #expect(comparison.changes[2].after == nil && comparison.changes[2].before?.score == 5)
        #expect(comparison.changes[3].before == nil && comparison.changes[3].after?.status == "partial")
    }

    @Test func comparesChosenRunsInEitherOrder() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let (first, second) = try await twoRuns(store)
        let backwards = try await store.scoreChanges(specID: nil, from: second, to: first)
        #expect(backwards.changes.first { $0.student == "alice" }?.delta == -5)
    }

    @Test func needsTwoFinishedRuns() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let only = try await store.beginTestRun()
        try await store.finishRun(only.id)
        await #expect(throws: HistoryError.notEnoughRuns(specID: "word-count", path: scratch.databasePath)) {
            try await store.scoreChanges(specID: "word-count", from: nil, to: nil)
        }
        await #expect(throws: HistoryError.unknownRun(id: 99, path: scratch.databasePath)) {
            try await store.scoreChanges(specID: nil, from: 99, to: only.id)
        }
    }
}
