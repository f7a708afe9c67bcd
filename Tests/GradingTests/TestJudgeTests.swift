import Execution
@testable import Grading
import SpecModel
import Testing

@Suite struct TestJudgeTests {
    /// A checker's partial credit is rounded where it is earned: 0.99996 of 2.5 points is 2.5,
    /// not 2.4999000000000002.
    @Test func partialCreditIsRoundedToTheThousandth() async {
        let here = SourceLocation(path: "spec.md", line: 1)
        let planned = PlannedTest(
            test: TestCase(id: "T1", covers: [], points: 2.5, location: here), stdin: [], expectedStdout: nil,
            files: [:], limits: ResourceLimits(), comparison: Comparison(mode: .lines))
        let result = await TestJudge.judge(planned, run: ExecutionResult(verdict: .accepted, exitCode: 0)) {
            CheckOutcome(passed: true, fraction: 0.99996)
        }
        #expect(result.score.description == "2.5")
    }
}
