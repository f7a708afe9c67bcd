import Foundation
import Testing

/// `specgrade gradescope` in Gradescope's layout: one submission in, results.json out.
@Suite struct GradescopeCommandTests {
    @Test func writesResultsJsonForOneSubmission() throws {
        let scratch = try Scratch()
        let results = scratch.path + "/results/results.json"
        let outcome = try CommandLine.run([
            "gradescope", "Specs/word-count.md",
            "--submission", "Fixtures/word-count/submissions/frank-python", "--results", results,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: results))) as? [String: Any])
        #expect(json["score"] as? Double == 18)
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.count == 12)
        #expect(tests.contains { $0["visibility"] as? String == "after_published" })
        #expect(tests.allSatisfy { ($0["tags"] as? [String])?.isEmpty == false })
        #expect(tests.filter { $0["status"] as? String == "failed" }.count == 1)
    }

    @Test func aMissingSubmissionFolderIsBadUsage() throws {
        let scratch = try Scratch()
        let outcome = try CommandLine.run([
            "gradescope", "Specs/word-count.md", "--submission", scratch.path + "/nothing", "--results",
            scratch.path + "/r.json",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(scratch.path + "/nothing"))
    }
}
