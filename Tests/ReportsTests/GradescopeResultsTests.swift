import Foundation
import Grading
import Testing
@testable import Reports

@Suite struct GradescopeResultsTests {
    func results(_ index: Int) throws -> [String: Any] {
        let data = GradescopeResults.render(SyntheticRun.hostileClass.submissions[index])
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func usesGradescopeFieldNamesAndValues() throws {
        let json = try results(1)
        #expect(Set(json.keys) == ["score", "execution_time", "output", "tests", "extra_data"])
        #expect(json["score"] as? Double == 2)
        #expect(json["execution_time"] as? Int == 5)
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.count == 4)
        #expect(Set(tests[0].keys) == ["name", "number", "score", "max_score", "status", "output", "tags", "visibility"])
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

    @Test func theVisibleSummaryNeverQuotesAHiddenTest() throws {
        let output = try #require(try results(1)["output"] as? String)
        #expect(output.hasPrefix("Score 2 of 6 (33.3%).\nRequirements met: 2 of 5; not yet met: REQ-1, AC-1.2, REQ-3."))
        #expect(output.contains("AC-1.2 (T-one)"))
        #expect(!output.contains("T-secret"))
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
