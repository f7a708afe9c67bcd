import Execution
import Foundation
import Results
import Testing

@testable import Grading

/// `grade`'s progress lines name each student by their folder, which the student chose: a
/// control sequence in it must print as visible text, never reach the terminal.
@Suite struct ProgressReporterTests {
    /// What a reporter wrote, collected from whatever task it wrote on.
    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var pieces: [String] = []

        func append(_ text: String) {
            lock.withLock { pieces.append(text) }
        }

        var text: String { lock.withLock { pieces.joined() } }
    }

    @Test func aStudentFolderNameIsPrintedVisiblyEscaped() async {
        let captured = Captured()
        let reporter = ProgressReporter(style: .lines, output: { captured.append($0) })
        let evil = SubmissionResult(
            student: "evil\u{1B}]0;pwned\u{07}\u{202E}", language: "python", status: .partial, score: 4, maxScore: 6,
            requirements: [], coverage: Coverage(total: 0, covered: 0, met: 0, missing: []), tests: [], suggestions: [],
            contentHash: "", isolation: Isolation())
        await reporter.begin(total: 1, resumed: 0)
        await reporter.finished(evil, fromCache: false)
        await reporter.end(interrupted: false)
        let text = captured.text
        #expect(text.contains("[1/1] evil\\x1B]0;pwned\\x07\\u{202E}: partial 4/6\n"), "\(text)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
    }
}
