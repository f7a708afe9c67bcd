import Execution
import Results
import SpecModel

/// Turns one run of one test into a `TestResult`: limits and crashes first, then the exit
/// code the test expects, then the output check.
struct TestJudge: Sendable {
    /// How much of stdout and stderr a result keeps for reports.
    static let excerptBytes = 1_024

    /// `check` runs only when the program ended as the test expects; it returns the output verdict.
    static func judge(_ planned: PlannedTest, run: ExecutionResult, check: () async -> CheckOutcome) async -> TestResult
    {
        let test = planned.test
        var result = TestResult(
            id: test.id, name: test.name, verdict: run.verdict, detail: run.detail, score: 0,
            maxScore: test.points, hidden: test.hidden, covers: test.covers,
            cpuMs: run.cpuMs, wallMs: run.wallMs, memoryKB: run.memoryKB,
            stdoutExcerpt: excerpt(run.stdout, truncated: run.stdoutTruncated),
            stderrExcerpt: excerpt(run.stderr, truncated: run.stderrTruncated))
        switch run.verdict {
        case .accepted, .runtimeError:
            let exitedAsExpected = run.signal == nil && run.exitCode == test.expect.exitCode
            guard exitedAsExpected else {
                if run.verdict == .accepted {
                    result.verdict = .wrongAnswer
                    result.detail =
                        "exit code \(run.exitCode.map(String.init) ?? "none"), expected \(test.expect.exitCode)"
                }
                return result
            }
        default:
            return result
        }
        let outcome = await check()
        result.verdict = outcome.checkerFailed ? .internalError : outcome.passed ? .accepted : .wrongAnswer
        result.detail = outcome.detail
        result.diff = outcome.diff
        result.score = Points.rounded(test.points * min(max(outcome.fraction, 0), 1))
        return result
    }

    static func excerpt(_ bytes: [UInt8], truncated: Bool) -> String {
        let cut = bytes.count > excerptBytes
        var text = String(decoding: bytes.prefix(excerptBytes), as: UTF8.self)
        if cut || truncated { text += "\n[... output truncated]" }
        return text
    }

    /// Every test of a submission that never ran, with the same verdict and reason.
    static func unrun(_ tests: [PlannedTest], verdict: Verdict, detail: String) -> [TestResult] {
        tests.map { planned in
            TestResult(
                id: planned.test.id, name: planned.test.name, verdict: verdict, detail: detail,
                score: 0, maxScore: planned.test.points, hidden: planned.test.hidden, covers: planned.test.covers)
        }
    }
}
