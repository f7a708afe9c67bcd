import Foundation
import Results
import Testing

/// Grading Analytical Engine decks that include cards: the spec's library folder serves
/// every student, and a student's includes stay within the student's own files.
@Suite struct EngineGradingTests {
    @Test func librariesServeStudentsAndExpectedOutputsStayOutOfReach() throws {
        let scratch = try Scratch()
        let files = [
            "spec/spec.md": """
            ---
            id: engine-library
            languages: [babbage]
            engine: { library: lib }
            ---
            # Squares
            ## Requirements
            ### REQ-1: Square
            Prints V900 squared.

            ```test
            id: T-square
            covers: [REQ-1]
            stdin: "N900 7\\n"
            expect: { stdout_file: expected.txt }
            ```
            """,
            "spec/expected.txt": "49\n",
            "spec/lib/square.ae": "×\nL900\nL900\nS901\n",
            "submissions/alice/main.ae": "A include from library cards for square\n@print.ae\n",
            "submissions/alice/print.ae": "+\nL901\nP\n",
            "submissions/mallory/main.ae":
                "A write annotation 49\nA write new line\nA include cards ../../spec/expected.txt\n",
        ]
        for (path, text) in files {
            let full = scratch.path + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        let outcome = try CommandLine.run([
            "grade", scratch.path + "/spec/spec.md", scratch.path + "/submissions", "--out", scratch.path + "/out",
            "--db", scratch.path + "/history.sqlite", "--no-cache",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try GradeCommandTests.report(scratch.path + "/out")
        let verdicts = Dictionary(
            uniqueKeysWithValues: report.submissions.map { ($0.student, $0.tests.first?.verdict) })
        #expect(verdicts["alice"] == .accepted)
        #expect(verdicts["mallory"] == .compileError)
        let mallory = report.submissions.first { $0.student == "mallory" }
        #expect(
            mallory?.tests.first?.detail?.contains("outside the deck's folder") == true,
            "\(String(describing: mallory))")
    }
}
