import Execution
import Foundation
import Results
import SpecModel
import Testing

@testable import Reports

/// `--audience student`: a hidden test appears in junit.xml, index.html and results.json with
/// its verdict and points but none of its data, while the instructor's reports and
/// compliance.json keep everything.
@Suite struct ReportAudienceTests {
    /// Strings only the hidden test T-secret holds: its input, arguments, files and expected
    /// output in the spec, and its detail, diff, stdout and stderr in the result.
    static let inputs = ["HIDDEN-STDIN-7301", "--HIDDEN-ARG-7302", "HIDDEN-FILE-7303"]
    static let outputs = [
        "HIDDEN-EXPECTED-7304", "HIDDEN-ACTUAL-7305", "HIDDEN-STDOUT-7306",
        "HIDDEN-STDERR-7307", "HIDDEN-DETAIL-7308",
    ]

    /// A class of one whose hidden test failed with every detail a report could print.
    static var run: GradeRun {
        let verdicts: [Verdict] = [.accepted, .wrongAnswer, .accepted, .wrongAnswer]
        var submission = SyntheticRun.submission(
            "eve", verdicts: verdicts, output: "visible output")
        submission.tests[3].detail = outputs[4]
        submission.tests[3].diff = DiffExcerpt(line: 1, expected: outputs[0], actual: outputs[1])
        submission.tests[3].stdoutExcerpt = outputs[2]
        submission.tests[3].stderrExcerpt = outputs[3]
        submission.suggestions.append(
            Suggestion(requirement: "REQ-1", test: "T-secret", message: "expected \(outputs[0])"))
        var run = SyntheticRun.run([submission])
        run.spec.tests[3].stdin = .text(inputs[0])
        run.spec.tests[3].args = [inputs[1]]
        run.spec.tests[3].files = ["data.txt": inputs[2]]
        run.spec.tests[3].expect = SpecModel.Expectation(stdout: .text(outputs[0]))
        return run
    }

    /// junit.xml, index.html and results.json as `audience` gets them, and compliance.json.
    func written(for audience: ReportAudience) async throws -> (shown: [String], record: String) {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try await ReportWriter(audience: audience).write(Self.run, to: folder.path)
        func read(_ name: String) throws -> String {
            let path = (folder.path as NSString).appendingPathComponent(name)
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        let names = ["junit.xml", "index.html", GradescopeResults.relativePath(for: "eve")]
        let shown = try names.map(read)
        return (shown, try read("compliance.json"))
    }

    @Test func studentReportsHoldNothingOfAHiddenTest() async throws {
        let (shown, record) = try await written(for: .student)
        for (report, marker) in zip(shown, ["junit", "html", "gradescope"]) {
            for secret in Self.inputs + Self.outputs {
                #expect(!report.contains(secret), "\(marker) holds \(secret)")
            }
        }
        // compliance.json stays the instructor's full record.
        for secret in Self.inputs + Self.outputs {
            #expect(record.contains(secret), "compliance.json lacks \(secret)")
        }
    }

    @Test func instructorReportsShowTheHiddenTestsOutput() async throws {
        let (shown, _) = try await written(for: .instructor)
        for (report, marker) in zip(shown, ["junit", "html", "gradescope"]) {
            for secret in [Self.outputs[0], Self.outputs[1], Self.outputs[3]] {
                #expect(report.contains(secret), "\(marker) lacks \(secret)")
            }
        }
        #expect(shown[0].contains(Self.outputs[2]) && shown[1].contains(Self.outputs[2]))
    }

    /// The hidden test is still there for students: name, verdict, points; and a visible
    /// test's details are untouched.
    @Test func studentReportsStillListTheHiddenTestAndVisibleDetails() async throws {
        let (shown, _) = try await written(for: .student)
        let (junit, html, gradescope) = (shown[0], shown[1], shown[2])
        #expect(junit.contains("name=\"[eve] T-secret: large input\""))
        #expect(junit.contains("message=\"wrong_answer\""))
        #expect(html.contains("T-secret: large input<span class=\"hidden-badge\">hidden</span>"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(gradescope.utf8)) as? [String: Any])
        let tests = try #require(json["tests"] as? [[String: Any]])
        let secret = try #require(tests.last)
        #expect(secret["name"] as? String == "T-secret: large input")
        #expect(secret["status"] as? String == "failed")
        #expect(secret["output"] as? String == "wrong_answer")
        #expect(secret["max_score"] as? Double == 2)
        #expect(secret["visibility"] as? String == "after_published")
        #expect(
            tests[1]["output"] as? String == "wrong_answer (line 1 differs)\n"
                + "line 1: expected \"2\", got \"3\"\nstderr:\ntrace: visible output")
    }

    @Test func theInstructorAudienceChangesNothing() {
        #expect(ReportAudience.instructor.view(of: Self.run) == Self.run)
        let submission = Self.run.submissions[0]
        #expect(ReportAudience.instructor.view(of: submission) == submission)
    }

    @Test func theStudentViewKeepsScoresStatusesAndVisibleTests() {
        let original = Self.run
        let view = ReportAudience.student.view(of: original)
        let (before, after) = (original.submissions[0], view.submissions[0])
        #expect(after.score == before.score && after.status == before.status)
        #expect(after.requirements == before.requirements && after.coverage == before.coverage)
        #expect(Array(after.tests.prefix(3)) == Array(before.tests.prefix(3)))
        #expect(after.tests[3].verdict == .wrongAnswer && after.tests[3].score == 0)
        #expect(after.suggestions.allSatisfy { $0.test != "T-secret" })
        #expect(Array(view.spec.tests.prefix(3)) == Array(original.spec.tests.prefix(3)))
        #expect(view.spec.tests[3].covers == ["REQ-1"] && view.spec.tests[3].points == 2)
    }
}
