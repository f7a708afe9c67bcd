import GRDB

extension HistoryStore {
    /// The latest runs, newest first, of one spec or (nil) of every spec.
    public func runs(specID: String?, limit: Int) async throws -> [RunSummary] {
        try await read { db in
            try RunSummary.fetchAll(
                db, filter: "? IS NULL OR run.spec_id = ?", arguments: [specID, specID], limit: limit)
        }
    }

    /// Per-student score changes between two runs.
    ///
    /// `to` defaults to the latest finished run (of `specID` when given); `from` defaults to the
    /// finished run of the same spec and shard just before `to`. Throws `notEnoughRuns` when
    /// there is no such pair, `unknownRun` for an id that does not exist.
    public func scoreChanges(specID: String?, from: Int64?, to: Int64?) async throws -> RunComparison {
        let path = self.path
        return try await read { db in
            let finished = "run.status = '\(RunStatus.finished.rawValue)'"
            let target: RunSummary
            if let to {
                target = try RunSummary.fetch(id: to, db, path: path)
            } else {
                guard
                    let latest = try RunSummary.fetchAll(
                        db, filter: "\(finished) AND (? IS NULL OR run.spec_id = ?)", arguments: [specID, specID],
                        limit: 1
                    ).first
                else { throw HistoryError.notEnoughRuns(specID: specID, path: path) }
                target = latest
            }
            let source: RunSummary
            if let from {
                source = try RunSummary.fetch(id: from, db, path: path)
            } else {
                guard
                    let previous = try RunSummary.fetchAll(
                        db, filter: "\(finished) AND run.spec_id = ? AND run.shard IS ? AND run.id < ?",
                        arguments: [target.specID, target.shard, target.id], limit: 1
                    ).first
                else { throw HistoryError.notEnoughRuns(specID: target.specID, path: path) }
                source = previous
            }
            let before = try Self.scores(inRun: source.id, db)
            let after = try Self.scores(inRun: target.id, db)
            let changes = Set(before.keys).union(after.keys).sorted().map { student in
                ScoreChange(student: student, before: before[student], after: after[student])
            }
            return RunComparison(from: source, to: target, changes: changes)
        }
    }

    private static func scores(inRun runID: Int64, _ db: Database) throws -> [String: ScoreChange.Score] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT student, score, max_score, status FROM result WHERE run_id = ?", arguments: [runID])
        return Dictionary(
            uniqueKeysWithValues: rows.map { row in
                (
                    row["student"],
                    ScoreChange.Score(score: row["score"], maxScore: row["max_score"], status: row["status"])
                )
            })
    }
}
