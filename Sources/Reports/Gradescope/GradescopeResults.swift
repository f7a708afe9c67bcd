import Foundation
import Grading
import SpecModel

/// Gradescope's autograder `results.json` for one submission, in the field names and values of
/// Gradescope's autograder specification:
///
///     {"score": 5, "execution_time": 2, "output": "Score 5 of 7 ...",
///      "tests": [{"name": "T-empty: empty input", "number": "1", "score": 1, "max_score": 1,
///                 "status": "passed", "output": "accepted", "tags": ["AC-1.1"],
///                 "visibility": "visible"}, ...],
///      "extra_data": {"student": "alice", "status": "partial", "max_score": 7, ...}}
///
/// 1. Requirement and criterion ids a test covers are its `tags`.
/// 2. Hidden tests are `"visibility": "after_published"`: graded now, shown once the
///    instructor publishes grades. The submission-level `output` never quotes them.
/// 3. `execution_time` is whole seconds (rounded up) of wall time over all tests.
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
            $0.field(Key.output, summary(submission))
            $0.field(Key.tests) { json in
                json.array(submission.tests.enumerated()) { json, numbered in
                    let test = numbered.element
                    json.object {
                        $0.field(Key.name, test.title)
                        $0.field(Key.number, String(numbered.offset + 1))
                        $0.field(Key.score, test.score)
                        $0.field(Key.maxScore, test.maxScore)
                        $0.field(Key.status, test.passed ? "passed" : "failed")
                        $0.field(Key.output, output(test))
                        $0.field(Key.tags, test.covers)
                        $0.field(Key.visibility, test.hidden ? "after_published" : "visible")
                    }
                }
            }
            $0.field(Key.extraData) { json in
                json.object {
                    $0.field(Key.student, submission.student)
                    $0.field(Key.status, submission.status.rawValue)
                    $0.field(Key.maxScore, submission.maxScore)
                    $0.field(Key.language, ifPresent: submission.language)
                    $0.field(Key.requirements, Dictionary(
                        submission.requirements.map { ($0.id, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first }))
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

    /// Field names of Gradescope's format, and of SpecGrade's `extra_data`.
    private enum Key: String, CodingKey {
        case score, output, tests, name, number, status, tags, visibility, student, language, requirements
        case executionTime = "execution_time"
        case maxScore = "max_score"
        case extraData = "extra_data"
    }

    /// What a student reads at the top: score, requirements met, why it could not be graded,
    /// and the suggestions that concern visible tests.
    private static func summary(_ submission: SubmissionResult) -> String {
        var lines: [String] = []
        if submission.status == .notGradable {
            lines.append("This submission could not be graded: \(submission.message ?? "no reason recorded").")
            lines.append("This is not a judgement of your work; please contact your instructor.")
            return lines.joined(separator: "\n")
        }
        lines.append("Score \(Figures.score(submission.score)) of \(Figures.score(submission.maxScore)) "
            + "(\(Figures.percent(submission.score, of: submission.maxScore))%).")
        let coverage = submission.coverage
        lines.append("Requirements met: \(coverage.met) of \(coverage.total)"
            + (coverage.missing.isEmpty ? "." : "; not yet met: \(coverage.missing.joined(separator: ", "))."))
        if let message = submission.message, !message.isEmpty {
            lines.append("")
            lines.append(message)
        }
        let hidden = Set(submission.tests.filter(\.hidden).map(\.id))
        let visible = submission.suggestions.filter { !hidden.contains($0.test) }
        if !visible.isEmpty {
            lines.append("")
            lines.append("Suggestions:")
            lines.append(contentsOf: visible.map { "- \($0.requirement) (\($0.test)): \($0.message)" })
        }
        return lines.joined(separator: "\n")
    }

    private static func output(_ test: TestResult) -> String {
        var lines = [test.outcome]
        if let diff = test.diffSummary { lines.append(diff) }
        if !test.passed, !test.stderrExcerpt.isEmpty { lines.append("stderr:\n\(test.stderrExcerpt)") }
        return lines.joined(separator: "\n")
    }
}
