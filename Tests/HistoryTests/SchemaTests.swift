import Foundation
import GRDB
import Testing

@testable import History

@Suite struct SchemaTests {
    @Test func migratesAnEmptyPathCreatingItsFolders() throws {
        let scratch = try Scratch()
        _ = try scratch.store()
        #expect(FileManager.default.fileExists(atPath: scratch.databasePath))
        let tables = try DatabaseQueue(path: scratch.databasePath).read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables.isSuperset(of: ["run", "submission", "result", "grdb_migrations"]))
        #expect(try scratch.count("SELECT COUNT(*) FROM grdb_migrations") == 1)
    }

    @Test func usesWALAndForeignKeys() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let (journal, foreignKeys) = try store.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
    }

    @Test func reopeningKeepsDataAndRunsNoMigrationTwice() async throws {
        let scratch = try Scratch()
        let run = try await scratch.store().beginTestRun()
        let reopened = try scratch.store()
        #expect(try await reopened.runs(specID: nil, limit: 10).map(\.id) == [run.id])
        #expect(try scratch.count("SELECT COUNT(*) FROM grdb_migrations") == 1)
    }

    @Test func refusesADatabaseFromANewerSpecGrade() throws {
        let scratch = try Scratch()
        _ = try scratch.store()
        try DatabaseQueue(path: scratch.databasePath).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect(throws: HistoryError.newerSchema(path: scratch.databasePath)) { try scratch.store() }
    }
}
