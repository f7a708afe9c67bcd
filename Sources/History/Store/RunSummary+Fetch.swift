import GRDB

extension RunSummary {
    /// Runs with their student count and mean scores, newest first, where `filter` (SQL over
    /// the `run` table) holds.
    static func fetchAll(
        _ db: Database, filter: String, arguments: StatementArguments, limit: Int
    ) throws -> [RunSummary] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT run.*, COUNT(result.id) AS students,
                       AVG(result.score) AS mean_score, AVG(result.max_score) AS mean_max_score
                FROM run LEFT JOIN result ON result.run_id = run.id
                WHERE \(filter)
                GROUP BY run.id ORDER BY run.id DESC LIMIT ?
                """,
            arguments: arguments + [limit]
        ).map(RunSummary.init(row:))
    }

    /// The run with this id, or `unknownRun`.
    static func fetch(id: Int64, _ db: Database, path: String) throws -> RunSummary {
        guard let run = try fetchAll(db, filter: "run.id = ?", arguments: [id], limit: 1).first else {
            throw HistoryError.unknownRun(id: id, path: path)
        }
        return run
    }

    private init(row: Row) throws {
        let status: String = row["status"]
        guard let runStatus = RunStatus(rawValue: status) else {
            throw DatabaseError(message: "run \(row["id"] as Int64) has an unknown status '\(status)'")
        }
        self.init(
            id: row["id"], specID: row["spec_id"], specHash: row["spec_hash"], toolVersion: row["tool_version"],
            shard: row["shard"], submissionsDirectory: row["submissions_dir"], startedAt: row["started_at"],
            finishedAt: row["finished_at"], status: runStatus, students: row["students"],
            meanScore: row["mean_score"], meanMaxScore: row["mean_max_score"])
    }
}
