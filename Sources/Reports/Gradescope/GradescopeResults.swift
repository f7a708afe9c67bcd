import Execution
import Foundation
import Results
import SpecModel

/// Gradescope's autograder `results.json` for one submission, in the field names and values of
/// Gradescope's autograder specification:
///
///     {"score": 5, "execution_time": 2, "output": "Visible tests: 2 of 3 passed ...",
///      "output_format": "text", "test_output_format": "text", "test_name_format": "text",
///      "stdout_visibility": "hidden",
///      "tests": [{"name": "T-empty: empty input", "number": "1", "score": 1, "max_score": 1,
///                 "status": "passed", "output": "accepted", "tags": ["AC-1.1"],
///                 "visibility": "visible"}, ...],
///      "extra_data": {"student": "alice", "status": "partial", "max_score": 7, ...}}
///
/// 1. Requirement and criterion ids a test covers are its `tags`.
/// 2. Hidden tests are `"visibility": "after_published"`: graded now, shown once the
///    instructor publishes grades. The top-level `output`, shown at once, is decided by visible
///    tests alone (`GradescopeSummary`); Gradescope hides the total `score` from students while
///    any test is not yet visible.
/// 3. Every text is plain text: the three `*_format` fields are `text`, so Gradescope renders
///    no HTML, Markdown or ANSI colour from program output (top-level output would otherwise be
///    `simple_format`, which is HTML). Control characters are visible escapes (`VisibleText`),
///    and `<`, `>`, `&` are written `\u003c`, `\u003e`, `\u0026`.
/// 4. `stdout_visibility` is `hidden` (Gradescope's default, said outright): what the autograder
///    prints is for the instructor.
/// 5. `execution_time` is whole seconds (rounded up) of wall time over all tests.
public enum GradescopeResults {
    /// `results/<student>/results.json`, relative to the report folder. A name that could leave
    /// the folder (`..`, one holding `/`) is made harmless: `results/_../results.json`.
    public static func relativePath(for student: String) -> String {
        var component = String(student.map { $0 == "/" || $0 == "\0" ? "_" : $0 })
        if component.isEmpty || component.allSatisfy({ $0 == "." }) { component = "_" + component }
        return "results/\(component)/results.json"
    }

    /// The `results.json` of one submission; `specgrade gradescope` writes it to
    /// `/autograder/results/results.json`.
    public static func render(_ submission: SubmissionResult) -> Data {
        let wallMs = submission.tests.reduce(0) { $0 + $1.wallMs }
        var json = JSONWriter(capacity: 1_024 + 400 * submission.tests.count)
        json.object {
            $0.field(Key.score, submission.score)
            $0.field(Key.executionTime, (wallMs + 999) / 1000)
            $0.field(Key.output, VisibleText.lines(GradescopeSummary(submission: submission).text))
            $0.field(Key.outputFormat, Self.plainText)
            $0.field(Key.testOutputFormat, Self.plainText)
            $0.field(Key.testNameFormat, Self.plainText)
            $0.field(Key.stdoutVisibility, "hidden")
            $0.field(Key.tests) { json in
                json.array(submission.tests.enumerated()) { json, numbered in
                    Self.test(numbered.element, number: numbered.offset + 1, into: &json)
                }
            }
            $0.field(Key.extraData) { json in
                json.object {
                    $0.field(Key.student, VisibleText.line(submission.student))
                    $0.field(Key.status, submission.status.rawValue)
                    $0.field(Key.maxScore, submission.maxScore)
                    $0.field(Key.language, ifPresent: submission.language.map(VisibleText.line))
                    let statuses = submission.requirements.map {
                        (VisibleText.line($0.id), $0.status.rawValue)
                    }
                    let map = Dictionary(statuses, uniquingKeysWith: { first, _ in first })
                    $0.field(Key.requirements, map)
                }
            }
        }
        return json.finished()
    }

    /// Writes one submission's `results.json` to `path` atomically (for `specgrade gradescope`,
    /// `/autograder/results/results.json`).
    public static func write(_ submission: SubmissionResult, to path: String) throws {
        try AtomicFile.write(render(submission), to: path)
    }

    /// Gradescope's format value for text shown as it is, nothing rendered.
    private static let plainText = "text"

    private static func test(_ test: TestResult, number: Int, into json: inout JSONWriter) {
        json.object {
            $0.field(Key.name, VisibleText.line(test.title))
            $0.field(Key.number, String(number))
            $0.field(Key.score, test.score)
            $0.field(Key.maxScore, test.maxScore)
            $0.field(Key.status, test.passed ? "passed" : "failed")
            $0.field(Key.output, VisibleText.lines(output(test)))
            $0.field(Key.tags, test.covers.map(VisibleText.line))
            $0.field(Key.visibility, test.hidden ? "after_published" : "visible")
        }
    }

    /// Field names of Gradescope's format, and of SpecGrade's `extra_data`.
    private enum Key: String, CodingKey {
        case score, output, tests, name, number, status, tags, visibility, student, language
        case requirements
        case executionTime = "execution_time"
        case outputFormat = "output_format"
        case testOutputFormat = "test_output_format"
        case testNameFormat = "test_name_format"
        case stdoutVisibility = "stdout_visibility"
        case maxScore = "max_score"
        case extraData = "extra_data"
    }

    private static func output(_ test: TestResult) -> String {
        var lines = [test.outcome]
        if let diff = test.diffSummary { lines.append(diff) }
        if !test.passed, !test.stderrExcerpt.isEmpty {
            lines.append("stderr:\n\(test.stderrExcerpt)")
        }
        return lines.joined(separator: "\n")
    }
}
