import Foundation
import Testing

/// One mapping from errors to exit codes: the same kind of problem exits the same way in
/// every command.
@Suite struct ExitStatusTests {
    /// An --out that is a file, and a --db that is not a database: the person at the
    /// terminal can fix both, so both exit 2 and name the path, in `grade` as in `history`.
    @Test func unusableOutAndDatabaseExitTwoEverywhere() throws {
        let scratch = try Scratch()
        let file = scratch.path + "/not-a-folder"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let out = try CommandLine.run([
            "grade", "Specs/engine-factorial.md", "Fixtures/engine-factorial/submissions", "--out", file + "/reports",
            "--db", scratch.path + "/history.sqlite", "--quiet",
        ])
        #expect(out.status == 2, "\(out.stderr)")
        #expect(out.stderr.contains(file))

        let notADatabase = scratch.path + "/history.sqlite.txt"
        try String(repeating: "not sqlite ", count: 100).write(toFile: notADatabase, atomically: true, encoding: .utf8)
        let grade = try CommandLine.run([
            "grade", "Specs/engine-factorial.md", "Fixtures/engine-factorial/submissions", "--out",
            scratch.path + "/out",
            "--db", notADatabase, "--quiet",
        ])
        #expect(grade.status == 2, "\(grade.stderr)")
        #expect(grade.stderr.contains(notADatabase))
        let history = try CommandLine.run(["history", "--db", notADatabase])
        #expect(history.status == 2, "\(history.stderr)")
        #expect(history.stderr.contains(notADatabase))
    }
}
