import Foundation
import GRDB

@testable import History

/// A fresh folder per test, so tests running in parallel never share a database; removed with
/// everything in it when the test lets go of it.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("specgrade-history-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The database path inside the folder, e.g. `/tmp/specgrade-history-…/reports/specgrade.sqlite`.
    var databasePath: String { folder.appendingPathComponent("reports/specgrade.sqlite").path }

    func store() throws -> HistoryStore { try HistoryStore(path: databasePath) }

    /// Counts rows straight from SQLite, behind the store's back.
    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try DatabaseQueue(path: databasePath).read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
    }
}

/// A key whose three parts derive from `content`, e.g. `key("alice")`.
func key(_ content: String, spec: String = "spec-1", toolchain: String = "tc-1") -> CacheKey {
    CacheKey(contentHash: "content-\(content)", specHash: spec, toolchainHash: toolchain)
}

extension HistoryStore {
    /// Begins a run of `word-count` over `/course/subs` with defaults a test rarely changes.
    func beginTestRun(
        specHash: String = "spec-1", shard: String? = nil, toolVersion: String = "0.1.0"
    ) async throws -> RunHandle {
        try await beginRun(
            specID: "word-count", specHash: specHash, toolVersion: toolVersion, shard: shard,
            submissionsDirectory: "/course/subs")
    }

    /// Records `student` with a result JSON naming it and the given score out of 10.
    func recordTest(runID: Int64, _ student: String, score: Double = 10, key override: CacheKey? = nil) async throws {
        try await record(
            runID: runID, student: student, key: override ?? key(student), status: score == 10 ? "passed" : "partial",
            score: score, maxScore: 10, result: Data(#"{"student":"\#(student)","score":\#(score)}"#.utf8))
    }
}
