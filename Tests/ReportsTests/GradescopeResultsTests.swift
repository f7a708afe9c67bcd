import Execution
import Foundation
import Results
import Testing

@testable import Reports

@Suite struct GradescopeResultsTests {
    func results(_ index: Int) throws -> [String: Any] {
        let data = GradescopeResults.render(SyntheticRun.hostileClass.submissions[index])
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func usesGradescopeFieldNamesAndValues() throws {
        let json = try results(1)
        #expect(
            Set(json.keys) == [
                "score", "execution_time", "output", "output_format", "test_output_format",
                "test_name_format", "stdout_visibility", "tests", "extra_data",
            ])
        #expect(json["score"] as? Double == 2)
        #expect(json["execution_time"] as? Int == 5)
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.count == 4)
        #expect(
            Set(tests[0].keys) == ["name", "number", "score", "max_score", "status", "output", "tags", "visibility"])
        #expect(tests[0]["name"] as? String == "T-empty: empty input")
        #expect(tests[1]["number"] as? String == "2")
        #expect(tests.map { $0["status"] as? String } == ["passed", "failed", "passed", "failed"])
        #expect(tests[1]["max_score"] as? Double == 2)
        #expect(tests[1]["score"] as? Double == 0)
    }

    @Test func requirementIdsAreTagsAndHiddenTestsWaitForPublication() throws {
        let tests = try #require(try results(1)["tests"] as? [[String: Any]])
        #expect(tests.map { $0["tags"] as? [String] ?? [] } == [["AC-1.1"], ["AC-1.2"], ["REQ-2"], ["REQ-1"]])
        #expect(tests.map { $0["visibility"] as? String } == ["visible", "visible", "visible", "after_published"])
    }

    /// The top-level output is shown at once; hidden tests only once grades are published.
    @Test func theVisibleSummaryIsDecidedByVisibleTestsAlone() throws {
        let output = try #require(try results(1)["output"] as? String)
        #expect(
            output.components(separatedBy: "\n") == [
                "Visible tests: 2 of 3 passed (2 of 4 points).",
                "1 hidden test is graded and shown when grades are published.",
                "Requirements decided by visible tests alone: 2 of 4 met; not yet met: AC-1.2, REQ-3.",
                "1 more requirement also depends on hidden tests; "
                    + "their status is shown when grades are published.",
                "",
                "Suggestions:",
                "- AC-1.2 (T-one): expected \"2\", got \"3\"",
            ])
        // REQ-1 is covered by the hidden T-secret: its status is never named.
        #expect(!output.contains("REQ-1"))
        #expect(!output.contains("T-secret"))
        #expect(!output.contains("Score"))
    }

    /// Whatever the hidden test's verdict, the student reads the same top-level output.
    @Test(arguments: [Verdict.accepted, .wrongAnswer, .timeLimit, .runtimeError])
    func aHiddenVerdictNeverChangesTheVisibleSummary(hidden: Verdict) throws {
        func output(_ verdicts: [Verdict]) throws -> String {
            let data = GradescopeResults.render(SyntheticRun.submission("eve", verdicts: verdicts))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try #require(json["output"] as? String)
        }
        let visibleVerdicts: [[Verdict]] = [
            [.accepted, .accepted, .accepted], [.accepted, .wrongAnswer, .accepted],
            [.runtimeError, .wrongAnswer, .wrongAnswer],
        ]
        for visible in visibleVerdicts {
            #expect(try output(visible + [hidden]) == output(visible + [.accepted]))
        }
    }

    @Test func withoutHiddenTestsTheSummaryGivesTheScoreAndEveryRequirement() throws {
        var submission = SyntheticRun.hostileClass.submissions[1]
        submission.tests = submission.tests.map { test in
            var visible = test
            visible.hidden = false
            return visible
        }
        let data = GradescopeResults.render(submission)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let output = try #require(json["output"] as? String)
        #expect(
            output.hasPrefix(
                "Score 2 of 6 (33.3%).\nRequirements met: 2 of 5; not yet met: REQ-1, AC-1.2, REQ-3."))
        #expect(output.contains("- REQ-1 (T-secret)"))
    }

    @Test func everyTextIsPlainTextForGradescope() throws {
        let json = try results(1)
        #expect(json["output_format"] as? String == "text")
        #expect(json["test_output_format"] as? String == "text")
        #expect(json["test_name_format"] as? String == "text")
        #expect(json["stdout_visibility"] as? String == "hidden")
    }

    /// Names, outputs and extra data of the most hostile submission: no control character,
    /// no bidi override, and no raw `<`, `>` or `&` in the file.
    @Test func controlCharactersAndMarkupNeverSurviveRaw() throws {
        let data = GradescopeResults.render(SyntheticRun.hostileClass.submissions[2])
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(text.contains("\\u003c/script\\u003e"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let strings = Self.strings(in: json)
        let forbidden = strings.filter { string in
            string.unicodeScalars.contains { scalar in
                let value = scalar.value
                return (value < 0x20 && scalar != "\n" && scalar != "\t")
                    || (0x7F...0x9F).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            }
        }
        #expect(forbidden.isEmpty, "\(forbidden)")
        #expect(strings.contains("李雷 \\x1B[2J"))
        #expect(strings.contains { $0.contains("\\x1B[31mred\\x00\\x07") })
    }

    /// Every string in a decoded JSON value, keys included.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let string as String: return [string]
        case let array as [Any]: return array.flatMap { strings(in: $0) }
        case let object as [String: Any]: return object.flatMap { [$0.key] + strings(in: $0.value) }
        default: return []
        }
    }

    @Test func aFailedTestShowsItsDiffAndStderr() throws {
        let tests = try #require(try results(1)["tests"] as? [[String: Any]])
        let output = try #require(tests[1]["output"] as? String)
        #expect(output.hasPrefix("wrong_answer (line 1 differs)\nline 1: expected \"2\", got \"3\"\nstderr:\ntrace: "))
    }

    @Test func aNotGradableSubmissionIsNotBlamedOnTheStudent() throws {
        let json = try results(3)
        let output = try #require(json["output"] as? String)
        #expect(output.contains("could not be graded: language 'ruby' is not allowed by this spec"))
        #expect(output.contains("not a judgement of your work"))
        #expect((json["extra_data"] as? [String: Any])?["status"] as? String == "not_gradable")
    }

    @Test(arguments: [
        ("alice", "results/alice/results.json"),
        ("Lovelace, Ada", "results/Lovelace, Ada/results.json"),
        ("..", "results/_../results.json"),
        ("a/../../etc", "results/a_.._.._etc/results.json"),
        ("", "results/_/results.json"),
    ])
    func aStudentNameCannotLeaveTheResultsFolder(student: String, path: String) {
        #expect(GradescopeResults.relativePath(for: student) == path)
    }
}
