import Foundation
import GRDB

extension HistoryStore {
    /// Starts a run, or resumes the latest run of the same spec hash, tool version,
    /// submissions directory and shard when that run did not finish (killed or interrupted).
    ///
    /// Pass `submissionsDirectory` as an absolute, standardized path so that the same folder
    /// is recognised from any working directory. A resumed run's `finishedStudents` are the
    /// students it already recorded.
    public func beginRun(
        specID: String, specHash: String, toolVersion: String, shard: String?,
        submissionsDirectory: String
    ) async throws -> RunHandle {
        try await write { db in
            let latest = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, status FROM run
                    WHERE spec_id = ? AND spec_hash = ? AND tool_version = ? AND shard IS ?
                      AND submissions_dir = ?
                    ORDER BY id DESC LIMIT 1
                    """,
                arguments: [specID, specHash, toolVersion, shard, submissionsDirectory])
            if let latest, latest["status"] != RunStatus.finished.rawValue {
                let id: Int64 = latest["id"]
                try db.execute(
                    sql: "UPDATE run SET status = ? WHERE id = ?",
                    arguments: [RunStatus.running.rawValue, id])
                let students = try String.fetchSet(
                    db, sql: "SELECT student FROM result WHERE run_id = ?", arguments: [id])
                return RunHandle(id: id, resumed: true, finishedStudents: students)
            }
            try db.execute(
                sql: """
                    INSERT INTO run (spec_id, spec_hash, tool_version, shard, submissions_dir, started_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    specID, specHash, toolVersion, shard, submissionsDirectory, Date(),
                    RunStatus.running.rawValue,
                ])
            return RunHandle(id: db.lastInsertedRowID, resumed: false, finishedStudents: [])
        }
    }

    /// The result stored for this exact submission, spec and toolchain, or nil.
    public func cachedResult(for key: CacheKey) async throws -> Data? {
        try await read { db in
            try Data.fetchOne(
                db,
                sql: "SELECT result FROM submission WHERE content_hash = ? AND spec_hash = ? AND toolchain_hash = ?",
                arguments: [key.contentHash, key.specHash, key.toolchainHash])
        }
    }

    /// Records one student's result in the run and in the cache, in one transaction committed
    /// before returning. Recording the same student again in the same run replaces its row.
    public func record(
        runID: Int64, student: String, key: CacheKey, status: String, score: Double,
        maxScore: Double, result: Data
    ) async throws {
        let now = Date()
        try await write { db in
            guard try Self.runExists(runID, db) else { throw HistoryError.unknownRun(id: runID, path: self.path) }
            let submissionID = try Int64.fetchOne(
                db,
                sql: """
                    INSERT INTO submission (content_hash, spec_hash, toolchain_hash, status, score, max_score, result, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (content_hash, spec_hash, toolchain_hash) DO UPDATE SET
                      status = excluded.status, score = excluded.score, max_score = excluded.max_score,
                      result = excluded.result, created_at = excluded.created_at
                    RETURNING id
                    """,
                arguments: [key.contentHash, key.specHash, key.toolchainHash, status, score, maxScore, result, now])
            try db.execute(
                sql: """
                    INSERT INTO result (run_id, student, submission_id, status, score, max_score, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (run_id, student) DO UPDATE SET
                      submission_id = excluded.submission_id, status = excluded.status, score = excluded.score,
                      max_score = excluded.max_score, recorded_at = excluded.recorded_at
                    """,
                arguments: [runID, student, submissionID, status, score, maxScore, now])
        }
    }

    /// Closes a run whose every submission is recorded.
    public func finishRun(_ runID: Int64) async throws {
        try await close(runID, as: .finished)
    }

    /// Marks a run stopped on purpose (Ctrl-C); the next `beginRun` with the same key resumes it.
    public func interruptRun(_ runID: Int64) async throws {
        try await close(runID, as: .interrupted)
    }

    /// Every result recorded in a run, sorted by student: what a resumed run reports for the
    /// students it does not grade again.
    public func results(inRun runID: Int64) async throws -> [StoredResult] {
        try await read { db in
            guard try Self.runExists(runID, db) else { throw HistoryError.unknownRun(id: runID, path: self.path) }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT result.student, result.status, result.score, result.max_score, submission.result,
                           submission.content_hash, submission.spec_hash, submission.toolchain_hash
                    FROM result JOIN submission ON submission.id = result.submission_id
                    WHERE result.run_id = ? ORDER BY result.student
                    """,
                arguments: [runID]
            ).map { row in
                StoredResult(
                    student: row["student"],
                    key: CacheKey(
                        contentHash: row["content_hash"], specHash: row["spec_hash"],
                        toolchainHash: row["toolchain_hash"]),
                    status: row["status"], score: row["score"], maxScore: row["max_score"],
                    result: row["result"])
            }
        }
    }

    private func close(_ runID: Int64, as status: RunStatus) async throws {
        let finishedAt: Date? = status == .finished ? Date() : nil
        try await write { db in
            try db.execute(
                sql: "UPDATE run SET status = ?, finished_at = ? WHERE id = ?",
                arguments: [status.rawValue, finishedAt, runID])
            if db.changesCount == 0 { throw HistoryError.unknownRun(id: runID, path: self.path) }
        }
    }

    static func runExists(_ runID: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE id = ?)", arguments: [runID]) ?? false
    }
}
