import Foundation
import Testing

/// Names a student chose reach the terminal only as visible text: `grade`'s progress lines and
/// messages, and `view`'s tables. `--audience` is checked like any other option.
@Suite struct HostileNamesTests {
    /// A folder name that would retitle the terminal window (OSC 0) if printed raw.
    static let evil = "evil\u{1B}]0;pwned\u{07}"
    static let shown = "evil\\x1B]0;pwned\\x07"

    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
        }
    }

    @Test func aHostileFolderNameIsEscapedInProgressMessagesAndView() throws {
        let scratch = try Scratch()
        let folder = scratch.path + "/submissions/" + Self.evil
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "puts 1\n".write(toFile: folder + "/main.rb", atomically: true, encoding: .utf8)
        let graded = try CommandLine.run([
            "grade", "Specs/word-count.md", scratch.path + "/submissions",
            "--out", scratch.path + "/out", "--db", scratch.path + "/h.sqlite",
            "--fail-under", "50", "--audience", "student",
        ])
        #expect(graded.status == 1, "\(graded.stderr)")
        #expect(graded.stderr.contains("\(Self.shown): not_gradable"), "\(graded.stderr)")
        #expect(graded.stderr.contains("below 50.0%: \(Self.shown)"), "\(graded.stderr)")
        #expect(!Self.hasControls(graded.stdout + graded.stderr))
        let report = scratch.path + "/out/compliance.json"
        let viewed = try CommandLine.run(["view", report, "--no-color"])
        #expect(viewed.status == 0, "\(viewed.stderr)")
        #expect(viewed.stdout.contains(Self.shown))
        #expect(!Self.hasControls(viewed.stdout))
    }

    @Test func anUnknownAudienceIsBadUsage() throws {
        let outcome = try CommandLine.run([
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions",
            "--audience", "teacher",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("teacher"))
    }
}
