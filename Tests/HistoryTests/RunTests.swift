import Foundation
import Testing

@testable import History

@Suite struct RunTests {
    @Test func recordingTheSameStudentTwiceKeepsOneRow() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let run = try await store.beginTestRun()
        try await store.recordTest(runID: run.id, "alice", score: 4)
        try await store.recordTest(runID: run.id, "alice", score: 6)
        #expect(try scratch.count("SELECT COUNT(*) FROM result WHERE run_id = ?", [run.id]) == 1)
        #expect(try await store.results(inRun: run.id).map(\.score) == [6])
    }

    @Test func aRunLeftUnfinishedIsResumedWithItsStudents() async throws {
        let scratch = try Scratch()
        let students = (1...10).map { "student-\($0)" }
        do {
            let store = try scratch.store()
            let run = try await store.beginTestRun()
            #expect(!run.resumed)
            for student in students.prefix(4) { try await store.recordTest(runID: run.id, student) }
            // The process dies here: no finishRun, the store is simply dropped.
        }
        let store = try scratch.store()
        let resumed = try await store.beginTestRun()
        #expect(resumed.resumed)
        #expect(resumed.finishedStudents == Set(students.prefix(4)))
        for student in students where !resumed.finishedStudents.contains(student) {
            try await store.recordTest(runID: resumed.id, student)
        }
        try await store.finishRun(resumed.id)
        #expect(try scratch.count("SELECT COUNT(*) FROM run") == 1)
        #expect(try scratch.count("SELECT COUNT(*) FROM result") == 10)
        #expect(try scratch.count("SELECT COUNT(DISTINCT student) FROM result") == 10)
        #expect(try await store.runs(specID: nil, limit: 5).first?.status == .finished)
    }

    @Test func anInterruptedRunIsResumedToo() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let run = try await store.beginTestRun()
        try await store.recordTest(runID: run.id, "alice")
        try await store.interruptRun(run.id)
        #expect(try await store.runs(specID: nil, limit: 1).first?.status == .interrupted)
        let again = try await store.beginTestRun()
        #expect(again == RunHandle(id: run.id, resumed: true, finishedStudents: ["alice"]))
        #expect(try await store.runs(specID: nil, limit: 1).first?.status == .running)
    }

    @Test func aFinishedRunIsNotResumed() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let first = try await store.beginTestRun()
        try await store.recordTest(runID: first.id, "alice")
        try await store.finishRun(first.id)
        let second = try await store.beginTestRun()
        #expect(second.id != first.id)
        #expect(!second.resumed)
        #expect(second.finishedStudents.isEmpty)
    }

    @Test(arguments: [
        (specHash: "spec-2", shard: String?.none, toolVersion: "0.1.0"),
        (specHash: "spec-1", shard: "1/2", toolVersion: "0.1.0"),
        (specHash: "spec-1", shard: nil, toolVersion: "0.2.0"),
    ])
    func anotherSpecShardOrVersionStartsAFreshRun(specHash: String, shard: String?, toolVersion: String) async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let unfinished = try await store.beginTestRun()
        try await store.recordTest(runID: unfinished.id, "alice")
        let other = try await store.beginTestRun(specHash: specHash, shard: shard, toolVersion: toolVersion)
        #expect(other.id != unfinished.id)
        #expect(!other.resumed)
    }

    @Test func anUnknownRunIsNamed() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        await #expect(throws: HistoryError.unknownRun(id: 42, path: scratch.databasePath)) {
            try await store.recordTest(runID: 42, "alice")
        }
        await #expect(throws: HistoryError.unknownRun(id: 42, path: scratch.databasePath)) {
            try await store.finishRun(42)
        }
    }

    @Test func recordsFromManyTasksAtOnceAllLand() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let run = try await store.beginTestRun()
        let students = (0..<2_000).map { String(format: "student-%04d", $0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, student) in students.enumerated() {
                group.addTask { try await store.recordTest(runID: run.id, student, score: Double(index % 11)) }
                // The grader records the same student again when a retry finishes late.
                if index % 10 == 0 {
                    group.addTask { try await store.recordTest(runID: run.id, student, score: Double(index % 11)) }
                }
            }
            try await group.waitForAll()
        }
        let stored = try await store.results(inRun: run.id)
        #expect(stored.map(\.student) == students)
        #expect(try scratch.count("SELECT COUNT(*) FROM result") == students.count)
        #expect(try scratch.count("SELECT COUNT(*) FROM submission") == students.count)
    }
}
