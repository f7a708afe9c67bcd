import Foundation
import Reports
import Results
import Testing

/// The README's main command on every shipped spec, checked student by student against
/// `Fixtures/<spec>/expected.json`.
@Suite struct ShippedFixturesTests {
    static let specs: [(spec: String, path: String)] = [
        ("word-count", "Specs/word-count.md"),
        ("statistics", "Specs/statistics"),
        ("engine-factorial", "Specs/engine-factorial.md"),
        ("stats-functions", "Specs/stats-functions"),
        ("line-sums", "Specs/line-sums"),
    ]

    @Test(arguments: specs.map(\.spec))
    func everyStudentGetsTheExpectedResult(spec: String) throws {
        let path = try #require(Self.specs.first { $0.spec == spec }?.path)
        let scratch = try Scratch()
        let outcome = try CommandLine.run([
            "grade", path, "Fixtures/\(spec)/submissions", "--out", scratch.path + "/out",
            "--db", scratch.path + "/history.sqlite", "--no-cache",
        ])
        #expect(outcome.status == 0, "grade failed: \(outcome.stderr)")
        let report = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/out/compliance.json"))
        let run = try ComplianceReport.decode(report, path: "compliance.json")
        let expected = try FixtureExpectations.load(spec: spec)
        #expect(Set(run.submissions.map(\.student)) == Set(expected.students.keys))
        for submission in run.submissions {
            guard let want = expected.students[submission.student] else { continue }
            let who = "\(spec)/\(submission.student)"
            #expect(
                submission.status.rawValue == want.status,
                "\(who): \(submission.status) \(submission.tests.map { "\($0.id)=\($0.verdict.rawValue)" })")
            if let score = want.score {
                #expect(abs(submission.score - score) < 0.001, "\(who): score \(submission.score), expected \(score)")
            }
            guard want.status != "not_gradable" else {
                #expect(submission.message?.isEmpty == false, "\(who): a not-gradable submission must say why")
                continue
            }
            for test in submission.tests {
                let verdict = want.allTests ?? want.tests?[test.id] ?? "accepted"
                #expect(
                    test.verdict.rawValue == verdict,
                    "\(who) \(test.id): \(test.verdict.rawValue) (\(test.detail ?? "")), expected \(verdict)")
            }
        }
    }
}
