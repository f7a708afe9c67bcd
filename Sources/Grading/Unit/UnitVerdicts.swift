import Execution
import Results

/// A unit test's `TestResult` from its harness's report, or from the run it never finished.
enum UnitVerdicts {
    /// The harness reported the test.
    static func judge(_ planned: PlannedTest, _ event: HarnessEvent, run: ExecutionResult) -> TestResult {
        var result = base(planned, run: run)
        result.stdoutExcerpt = TestJudge.excerpt(Array((event.output ?? "").utf8), truncated: false)
        switch event.outcome {
        case "passed":
            result.verdict = .accepted
            result.score = planned.test.points
        case "failed":
            result.verdict = .wrongAnswer
            result.detail = failure(event)
        case "error":
            result.verdict = .runtimeError
            // "ValueError: empty list", whether or not the harness's message names the type.
            let message = event.message ?? ""
            let type = event.exception.flatMap { message.hasPrefix($0) || $0.isEmpty ? nil : $0 }
            let exception = [type, message].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            let frame = event.trace?.split(separator: "\n").first.map { " (at \($0))" } ?? ""
            result.detail = String((exception.isEmpty ? "the submission's code failed" : exception).prefix(300)) + frame
            result.stderrExcerpt = event.trace ?? ""
        case "timeout":
            result.verdict = .timeLimit
            result.detail = "wall time limit \(planned.limits.wallMs) ms (unit test)"
        case "missing":
            result.verdict = .internalError
            result.detail = "the suite has no test named by the spec (run `specgrade check`)"
        default:
            result.verdict = .internalError
            result.detail = "the harness reported \(event.outcome ?? "nothing") for this test"
        }
        return result
    }

    /// The run ended (a limit, an exit, a crash) while the test ran, or before it began.
    static func ended(_ planned: PlannedTest, run: ExecutionResult) -> TestResult {
        var result = base(planned, run: run)
        result.verdict = run.verdict == .accepted ? .runtimeError : run.verdict
        let how = run.detail ?? (run.exitCode.map { "exit code \($0)" } ?? run.verdict.rawValue)
        result.detail = "the suite's run ended during this test (\(how)): the submission's code exited, crashed or hung"
        result.stderrExcerpt = TestJudge.excerpt(run.stderr, truncated: run.stderrTruncated)
        return result
    }

    /// Every test, with one verdict and reason (the module does not load, no result came).
    static func unrun(_ planned: PlannedTest, _ verdict: Verdict, _ detail: String) -> TestResult {
        TestJudge.unrun([planned], verdict: verdict, detail: detail)[0]
    }

    /// "assert 2.25 == 2.5 (expected 2.5, actual 2.25)": the framework's message, then the
    /// values where it gave them.
    static func failure(_ event: HarnessEvent) -> String {
        let message = (event.message ?? "assertion failed").split(separator: "\n").prefix(3).joined(separator: " ")
        var text = String(message.prefix(300))
        if let expected = event.expected, let actual = event.actual {
            text += " (expected \(expected.prefix(120)), actual \(actual.prefix(120)))"
        }
        return text
    }

    private static func base(_ planned: PlannedTest, run: ExecutionResult) -> TestResult {
        let test = planned.test
        return TestResult(
            id: test.id, name: test.name, verdict: .internalError, score: 0, maxScore: test.points, hidden: test.hidden,
            covers: test.covers, cpuMs: run.cpuMs, wallMs: run.wallMs, memoryKB: run.memoryKB)
    }
}
