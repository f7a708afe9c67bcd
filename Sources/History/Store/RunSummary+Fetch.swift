import GRDB

extension RunSummary {
    /// Runs with their student count and class mean, newest first, where `filter` (SQL over
    /// the `run` table) holds. The mean is `ClassMean`'s (module Grading): the mean percentage
    /// of the graded results, not-gradable ones left out and counted.
    static func fetchAll(
        _ db: Database, filter: String, arguments: StatementArguments, limit: Int
    ) throws -> [RunSummary] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT run.*, COUNT(result.id) AS students,
                       AVG(CASE WHEN result.status != 'not_gradable' AND result.max_score > 0
                                THEN 100.0 * result.score / result.max_score END) AS mean_percent,
                       COUNT(CASE WHEN result.status != 'not_gradable' AND result.max_score > 0 THEN 1 END) AS graded,
                       COUNT(CASE WHEN result.status = 'not_gradable' THEN 1 END) AS not_gradable
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
            meanPercent: row["mean_percent"], graded: row["graded"], notGradable: row["not_gradable"])
    }
}
