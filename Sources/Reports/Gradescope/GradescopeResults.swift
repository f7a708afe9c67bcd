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
    public static func render(_ submission: SubmissionResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document(submission))
    }

    static func document(_ submission: SubmissionResult) -> GradescopeDocument {
        let wallMs = submission.tests.reduce(0) { $0 + $1.wallMs }
        return GradescopeDocument(
            score: submission.score,
            executionTime: (wallMs + 999) / 1000,
            output: summary(submission),
            tests: submission.tests.enumerated().map { index, test in
                GradescopeDocument.Test(
                    name: test.title, number: String(index + 1), score: test.score, maxScore: test.maxScore,
                    status: test.passed ? "passed" : "failed", output: output(test), tags: test.covers,
                    visibility: test.hidden ? "after_published" : "visible")
            },
            extraData: GradescopeDocument.ExtraData(
                student: submission.student, status: submission.status.rawValue, maxScore: submission.maxScore,
                language: submission.language, requirements: Dictionary(
                    submission.requirements.map { ($0.id, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first })))
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
