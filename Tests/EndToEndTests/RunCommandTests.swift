import Foundation
import Testing

/// `specgrade run` on what a student could hand an instructor to run.
@Suite struct RunCommandTests {
    /// A link to a host file (as root: /etc/shadow) must not be read and echoed back in a
    /// compiler's message; `grade` refuses such a submission too.
    @Test func aSymlinkedSourceIsRefusedUnread() throws {
        let scratch = try Scratch()
        let secret = scratch.path + "/secret.txt"
        try "specgrade-secret-line\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let link = scratch.path + "/main.c"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        let outcome = try CommandLine.run(["run", link])
        #expect(outcome.status == 2, "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stderr.contains("symbolic link"), "\(outcome.stderr)")
        #expect(!(outcome.stdout + outcome.stderr).contains("specgrade-secret-line"))
    }

    /// A deck runs in-process: it includes files from its own folder and library decks from
    /// `--library`, and nothing is staged or started in $TMPDIR (no sandbox runtime folder).
    @Test func aDeckRunsInProcessWithItsIncludesAndLibrary() throws {
        let scratch = try Scratch()
        let tmp = scratch.path + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp + "/", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path + "/deck/parts", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path + "/lib", withIntermediateDirectories: true)
        try "N900 6\n@parts/square.ae\nA include from library cards for twice\n".write(
            toFile: scratch.path + "/deck/main.ae", atomically: true, encoding: .utf8)
        try "×\nL900\nL900\nP\n".write(
            toFile: scratch.path + "/deck/parts/square.ae", atomically: true, encoding: .utf8)
        try "+\nL900\nL900\nP\n".write(toFile: scratch.path + "/lib/twice.ae", atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run(
            ["run", scratch.path + "/deck/main.ae", "--library", scratch.path + "/lib"], environment: ["TMPDIR": tmp])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "36\n12\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    @Test func aDeckReachingOutOfItsFolderIsACompileError() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/deck", withIntermediateDirectories: true)
        try "N001 42\n".write(toFile: scratch.path + "/expected.ae", atomically: true, encoding: .utf8)
        try "N001 1\nA include cards ../expected.ae\n+\nL001\nP\n".write(
            toFile: scratch.path + "/deck/main.ae", atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run(["run", scratch.path + "/deck/main.ae"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.hasPrefix("main.ae:2: error: I may not fetch the file of cards named ../expected.ae"),
            "\(outcome.stderr)")
    }

    @Test func aLibraryThatIsNotAFolderIsBadUsage() throws {
        let scratch = try Scratch()
        try "P\n".write(toFile: scratch.path + "/main.ae", atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run(["run", scratch.path + "/main.ae", "--library", scratch.path + "/none"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--library"))
    }
}
