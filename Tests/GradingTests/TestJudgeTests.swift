import Execution
import SpecModel
import Testing

@testable import Grading

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

    static func planned(points: Double = 1, exitCode: Int32 = 0) -> PlannedTest {
        let here = SourceLocation(path: "spec.md", line: 1)
        return PlannedTest(
            test: TestCase(
                id: "T1", covers: ["REQ-1"], expect: Expectation(exitCode: exitCode), points: points, location: here),
            stdin: [], expectedStdout: nil, files: [:], limits: ResourceLimits(cpuMs: 100),
            comparison: Comparison(mode: .lines))
    }

    /// A deck stopped by its CPU limit keeps the limit's verdict; its output is never checked.
    @Test func aRunStoppedByALimitIsNotChecked() async throws {
        let runner = ProgramRunner(languages: [.babbage])
        let deck = try await EngineCourse.prepare(EngineCourse.Deck.endless, runner: runner)
        let run = await runner.run(deck, stdin: [], arguments: [], files: [:], limits: ResourceLimits(cpuMs: 100))
        var checked = false
        let result = await TestJudge.judge(Self.planned(), run: run) {
            checked = true
            return .pass
        }
        #expect(!checked)
        #expect(result.verdict == .timeLimit)
        #expect(result.detail?.hasPrefix("cpu time limit") == true, "\(result.detail ?? "")")
        #expect(result.score == 0)
        #expect(result.covers == ["REQ-1"])
    }

    /// A program that ends normally with the wrong exit code answered wrongly, output unseen.
    @Test func anUnexpectedExitCodeIsAWrongAnswer() async {
        var checked = false
        let result = await TestJudge.judge(
            Self.planned(exitCode: 3), run: ExecutionResult(verdict: .accepted, exitCode: 0)
        ) {
            checked = true
            return .pass
        }
        #expect(!checked)
        #expect(result.verdict == .wrongAnswer)
        #expect(result.detail == "exit code 0, expected 3")
    }

    /// A test that expects a failing exit code passes when the program fails with it.
    @Test func anExpectedFailingExitCodeIsChecked() async {
        let result = await TestJudge.judge(
            Self.planned(points: 2, exitCode: 3), run: ExecutionResult(verdict: .runtimeError, exitCode: 3)
        ) {
            .pass
        }
        #expect(result.verdict == .accepted)
        #expect(result.score == 2)
    }

    @Test func aFailedCheckerIsAnInternalErrorNotTheStudents() async {
        let result = await TestJudge.judge(Self.planned(), run: ExecutionResult(verdict: .accepted, exitCode: 0)) {
            CheckOutcome(passed: false, detail: "checker judge.ae failed: timed out", checkerFailed: true)
        }
        #expect(result.verdict == .internalError)
        #expect(result.detail == "checker judge.ae failed: timed out")
    }

    /// Reports keep the first KiB of the output and say when there was more.
    @Test func longOutputIsCutAndSaysSo() {
        let long = TestJudge.excerpt(Array(repeating: UInt8(ascii: "x"), count: 2_000), truncated: false)
        #expect(long == String(repeating: "x", count: 1_024) + "\n[... output truncated]")
        #expect(TestJudge.excerpt(Array("ok\n".utf8), truncated: false) == "ok\n")
        #expect(TestJudge.excerpt(Array("ok".utf8), truncated: true) == "ok\n[... output truncated]")
    }

    @Test func testsThatNeverRanAllCarryTheReason() {
        let results = TestJudge.unrun(
            [Self.planned(points: 2), Self.planned(points: 3)], verdict: .compileError, detail: "deck.ae:1: bad card")
        #expect(results.map(\.verdict) == [.compileError, .compileError])
        #expect(results.map(\.maxScore) == [2, 3])
        #expect(results.allSatisfy { $0.score == 0 && $0.detail == "deck.ae:1: bad card" })
    }
}
