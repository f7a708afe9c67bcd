import Foundation
import GRDB
import Testing

@testable import History

/// A real SIGKILL: HistoryBenchmark records students into a run from 16 tasks at once and is
/// killed midway; the database must be intact and the run must resume without duplicates.
@Suite struct KillTests {
    /// The benchmark binary, built beside the test bundle because HistoryTests depends on it.
    private var benchmark: URL {
        Bundle.main.bundleURL.appendingPathComponent("HistoryBenchmark")
    }

    @Test func aRunKilledMidwayResumesWithoutDuplicates() async throws {
        let scratch = try Scratch()
        let writer = Process()
        writer.executableURL = benchmark
        writer.arguments = ["--db", scratch.databasePath, "--students", "1000000"]
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        // Wait until a good number of students are in, then kill without warning.
        var recorded = 0
        for _ in 0..<600 where recorded < 300 {
            try await Task.sleep(for: .milliseconds(50))
            if FileManager.default.fileExists(atPath: scratch.databasePath) {
                recorded = (try? scratch.count("SELECT COUNT(*) FROM result")) ?? 0
            }
        }
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(writer.terminationReason == .uncaughtSignal && writer.terminationStatus == SIGKILL)
        try #require(recorded >= 300, "the benchmark recorded \(recorded) students before the kill")

        let integrity = try await DatabaseQueue(path: scratch.databasePath).read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
        #expect(integrity == ["ok"])
        let store = try scratch.store()
        let resumed = try await store.beginRun(
            specID: "bench", specHash: "bench-spec", toolVersion: "bench", shard: nil,
            submissionsDirectory: "/bench/submissions")
        #expect(resumed.resumed)
        let rows = try scratch.count("SELECT COUNT(*) FROM result")
        #expect(resumed.finishedStudents.count == rows)
        #expect(rows >= recorded)
        // Every finished student's result is in the cache too: the two writes were one transaction.
        #expect(try scratch.count("SELECT COUNT(*) FROM submission") == rows)

        // Grade the next students the killed run had not reached, and one it had, again.
        let next = (0..<(rows + 50)).map { String(format: "student-%06d", $0) }
        for student in next where !resumed.finishedStudents.contains(student) {
            try await store.recordTest(runID: resumed.id, student)
        }
        try await store.recordTest(runID: resumed.id, "student-000000")
        try await store.finishRun(resumed.id)
        #expect(try scratch.count("SELECT COUNT(*) FROM result") == rows + 50)
        #expect(try scratch.count("SELECT COUNT(*) FROM run") == 1)
        #expect(try await store.results(inRun: resumed.id).map(\.student) == next)
    }
}
