import Foundation
import Testing

@testable import History

@Suite struct OpeningErrorTests {
    @Test func aFileThatIsNotSQLiteIsNamed() throws {
        let scratch = try Scratch()
        let path = scratch.folder.appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "these are my lecture notes, not a database\n", count: 100).utf8)
            .write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
        #expect(error == .notADatabase(path: path))
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("not an SQLite database") == true)
    }

    @Test func aTruncatedDatabaseIsNamed() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try await store.beginTestRun()
        // A file holding only the first bytes of an SQLite header: SQLite refuses it.
        let path = scratch.folder.appendingPathComponent("cut.sqlite").path
        try Data("SQLite format 3\u{0}".utf8 + [UInt8](repeating: 0xFF, count: 200)).write(
            to: URL(fileURLWithPath: path))
        let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
        #expect(error?.description.contains(path) == true)
    }

    @Test func aReadOnlyLocationIsNamed() throws {
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        let path = "/proc/specgrade.sqlite"
        let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("SQLite error") == false)
    }

    @Test func aFolderThatCannotBeCreatedIsNamed() throws {
        let scratch = try Scratch()
        let file = scratch.folder.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let path = file.appendingPathComponent("reports/specgrade.sqlite").path
        let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
        guard case .cannotCreateFolder(let named, let reason) = error else {
            Issue.record("expected cannotCreateFolder, got \(String(describing: error))")
            return
        }
        #expect(named == path)
        #expect(reason == "\(file.path)/reports: Not a directory")
    }
}
