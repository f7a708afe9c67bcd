import Execution
import Foundation

/// An instructor's checker program, prepared once and run (sandboxed: it reads student
/// output) for every test that names it.
///
/// It is started as `checker input expected actual` with those three files in its working
/// directory, and answers by exit code: 0 pass, 1 fail. Its first stdout line may hold a
/// score in [0, 1] for partial credit. Any other ending is the checker's fault, reported as
/// `internal_error`, never as the student's.
struct CustomChecker: Sendable {
    let path: String
    let program: PreparedSubmission

    /// Limits for a checker run: generous, the program is the instructor's.
    static let limits = ResourceLimits(cpuMs: 10_000, wallMs: 30_000, memoryBytes: 512 << 20)

    func check(input: [UInt8], expected: String?, actual: [UInt8], runner: ProgramRunner) async -> CheckOutcome {
        let files: [String: [UInt8]] = ["input": input, "expected": Array((expected ?? "").utf8), "actual": actual]
        let run = await runner.run(
            program, stdin: [], arguments: ["input", "expected", "actual"], files: files, limits: Self.limits)
        let firstLine = run.stdoutText.split(separator: "\n", maxSplits: 1).first.map(String.init)
        let score = firstLine.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { min(max($0, 0), 1) }
        let message = run.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)
        switch (run.verdict, run.exitCode) {
        case (.accepted, 0?):
            return CheckOutcome(passed: true, fraction: score ?? 1)
        case (.runtimeError, 1?) where run.signal == nil:
            return CheckOutcome(
                passed: false, fraction: score ?? 0,
                detail: message.isEmpty ? "rejected by the checker" : String(message.prefix(200)))
        default:
            return CheckOutcome(
                passed: false, detail: "checker \(path) failed: \(run.detail ?? run.verdict.rawValue)",
                checkerFailed: true)
        }
    }
}
