import Execution
import Foundation
import Results

/// Grades one submission: stage its files, compile once, run every test, check, score, comply.
struct SubmissionGrader: Sendable {
    let plan: GradingPlan
    let runner: ProgramRunner
    let checkers: [String: CustomChecker]
    let staging: StagingArea
    let evaluator: ComplianceEvaluator
    let scorer: Scorer

    init(plan: GradingPlan, runner: ProgramRunner, checkers: [String: CustomChecker], staging: StagingArea) {
        self.plan = plan
        self.runner = runner
        self.checkers = checkers
        self.staging = staging
        evaluator = ComplianceEvaluator(spec: plan.spec)
        scorer = Scorer(spec: plan.spec, tree: evaluator.tree)
    }

    func grade(_ submission: Submission, contentHash: String) async -> SubmissionResult {
        guard case .gradable(let language, let entry) = submission.plan else {
            let message: String
            if case .notGradable(let why) = submission.plan { message = why } else { message = "" }
            return notGradable(submission, language: nil, message, contentHash: contentHash)
        }
        if let unitTests = plan.spec.unitTests {
            return await gradeUnitTests(submission, language: language, unitTests: unitTests, contentHash: contentHash)
        }
        let folder: String
        do {
            folder = try staging.stage(submission.files, from: submission.sourceDirectory)
        } catch {
            return notGradable(
                submission, language: language, "its files could not be read: \(error.localizedDescription)",
                contentHash: contentHash)
        }
        let preparation = await runner.prepare(language: language, sourceDirectory: folder, entry: entry)
        staging.remove(folder)
        switch preparation {
        case .notGradable(let message):
            return notGradable(submission, language: language, message, contentHash: contentHash)
        case .compileError(let result):
            return compileFailure(submission, language: language, result, contentHash: contentHash)
        case .ready(let program):
            defer { runner.discard(program) }
            var results: [TestResult] = []
            var isolation: Isolation?
            var syntaxChecked = false
            for planned in plan.tests {
                let run = await runner.run(
                    program, stdin: planned.stdin, arguments: planned.test.args, files: planned.files,
                    limits: planned.limits)
                isolation = isolation ?? run.isolation
                // An interpreter's syntax error is confirmed once by the language's check, and
                // then the submission does not compile: every test says so, not just this one.
                if !syntaxChecked, run.verdict == .runtimeError, Self.reportsSyntaxError(run.stderrText) {
                    syntaxChecked = true
                    if let failure = await runner.syntaxCheck(program) {
                        return compileFailure(submission, language: language, failure, contentHash: contentHash)
                    }
                }
                results.append(
                    await TestJudge.judge(planned, run: run) {
                        await check(planned, run: run)
                    })
            }
            return finish(
                submission, language: language, tests: results, message: nil,
                contentHash: contentHash, isolation: isolation ?? Isolation(), gradable: true)
        }
    }

    /// Every test unrun and the submission `not_gradable`, saying why: not the student's doing.
    func notGradable(
        _ submission: Submission, language: Language?, _ message: String, contentHash: String
    ) -> SubmissionResult {
        finish(
            submission, language: language, tests: TestJudge.unrun(plan.tests, verdict: .notGradable, detail: message),
            message: message, contentHash: contentHash, isolation: Isolation(), gradable: false)
    }

    /// Every test fails with the compiler's verdict; a compile the sandbox itself failed is an
    /// internal error, not the student's.
    func compileFailure(
        _ submission: Submission, language: Language, _ result: ExecutionResult, contentHash: String
    ) -> SubmissionResult {
        if result.verdict == .internalError {
            let detail = result.detail ?? "the sandbox failed"
            return finish(
                submission, language: language,
                tests: TestJudge.unrun(plan.tests, verdict: .internalError, detail: detail),
                message: nil, contentHash: contentHash, isolation: result.isolation, gradable: true)
        }
        let message = result.stderrText.isEmpty ? result.stdoutText : result.stderrText
        return finish(
            submission, language: language,
            tests: TestJudge.unrun(plan.tests, verdict: .compileError, detail: result.detail ?? "compilation failed"),
            message: message, contentHash: contentHash, isolation: result.isolation, gradable: true)
    }

    /// Python's `SyntaxError` and its subclasses, as a traceback's last line names them.
    static func reportsSyntaxError(_ stderr: String) -> Bool {
        ["SyntaxError:", "IndentationError:", "TabError:"].contains { stderr.contains($0) }
    }

    private func check(_ planned: PlannedTest, run: ExecutionResult) async -> CheckOutcome {
        if let path = planned.test.checker {
            guard let checker = checkers[path] else {
                return CheckOutcome(passed: false, detail: "checker \(path) could not be prepared", checkerFailed: true)
            }
            let outcome = await checker.check(
                input: planned.stdin, expected: planned.expectedStdout, actual: run.stdout, runner: runner)
            guard outcome.passed, !planned.test.expect.stderrContains.isEmpty else { return outcome }
            // A checker judges stdout; stderr expectations still hold.
            let stderr = ExpectationChecker(comparison: planned.comparison)
                .check(
                    nil, expectedText: nil, stdout: "", stderr: run.stderrText,
                    stderrContains: planned.test.expect.stderrContains)
            return stderr.passed ? outcome : stderr
        }
        return ExpectationChecker(comparison: planned.comparison).check(
            planned.test.expect.stdout, expectedText: planned.expectedStdout,
            stdout: run.stdoutText, stderr: run.stderrText, stderrContains: planned.test.expect.stderrContains)
    }

    func finish(
        _ submission: Submission, language: Language?, tests: [TestResult], message: String?,
        contentHash: String, isolation: Isolation, gradable: Bool
    ) -> SubmissionResult {
        let score = scorer.score(tests)
        var notes = submission.notes
        let status: SubmissionStatus
        if let failed = tests.first(where: { $0.verdict == .internalError }) {
            // Not the student's doing: no score stands, whatever the other tests gave.
            status = .notGradable
            notes.insert(
                "SpecGrade could not grade this submission (internal error in \(failed.id): "
                    + "\(failed.detail ?? "no detail")). This is not a judgement of the work.", at: 0)
        } else if !gradable {
            status = .notGradable
        } else if tests.allSatisfy({ $0.verdict == .accepted }) {
            status = .passed
        } else {
            status = score > 0 || tests.contains { $0.verdict == .accepted } ? .partial : .failed
        }
        if let message { notes.insert(message, at: 0) }
        // A submission that could not be graded says nothing of any requirement: no unmet, no hints.
        let statuses = evaluator.statuses(for: tests, gradable: status != .notGradable)
        return SubmissionResult(
            student: submission.student, language: language?.rawValue, status: status, score: score,
            maxScore: scorer.maximum(), requirements: statuses, coverage: evaluator.coverage(of: statuses),
            tests: tests, suggestions: evaluator.suggestions(for: statuses, results: tests),
            message: notes.isEmpty ? nil : notes.joined(separator: "\n"), contentHash: contentHash, isolation: isolation
        )
    }
}
