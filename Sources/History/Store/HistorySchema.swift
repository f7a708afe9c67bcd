import GRDB

/// The history database's schema, as named migrations applied in order.
///
/// A migration, once shipped, never changes: a schema change is a new migration (`v2`, ...)
/// so that every existing `specgrade.sqlite` upgrades in place. GRDB records the applied ones
/// in `grdb_migrations`.
enum HistorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, cached submissions, results") { db in
            // One grading of a submissions directory; `finished_at` stays NULL until it is done.
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("spec_id", .text).notNull()
                t.column("spec_hash", .text).notNull()
                t.column("tool_version", .text).notNull()
                t.column("shard", .text)
                t.column("submissions_dir", .text).notNull()
                t.column("started_at", .datetime).notNull()
                t.column("finished_at", .datetime)
                t.column("status", .text).notNull()
                    .check { [RunStatus.running, .finished, .interrupted].map(\.rawValue).contains($0) }
            }
            // Finds the run to resume, and a spec's runs for `specgrade history`.
            try db.create(
                index: "run_on_resume_key", on: "run",
                columns: ["spec_hash", "submissions_dir", "shard", "tool_version"])
            try db.create(index: "run_on_spec_id", on: "run", columns: ["spec_id"])

            // The cache: one graded result per submission content, spec and toolchain.
            try db.create(table: "submission") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("content_hash", .text).notNull()
                t.column("spec_hash", .text).notNull()
                t.column("toolchain_hash", .text).notNull()
                t.column("status", .text).notNull()
                t.column("score", .double).notNull()
                t.column("max_score", .double).notNull()
                t.column("result", .blob).notNull()
                t.column("created_at", .datetime).notNull()
                t.uniqueKey(["content_hash", "spec_hash", "toolchain_hash"])
            }

            // One student's outcome in one run: recording again replaces it, never adds a row.
            try db.create(table: "result") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
                t.column("student", .text).notNull()
                t.column("submission_id", .integer).notNull().indexed().references("submission", onDelete: .restrict)
                t.column("status", .text).notNull()
                t.column("score", .double).notNull()
                t.column("max_score", .double).notNull()
                t.column("recorded_at", .datetime).notNull()
                t.uniqueKey(["run_id", "student"])
            }
        }
        return migrator
    }
}
