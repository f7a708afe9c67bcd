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
}
