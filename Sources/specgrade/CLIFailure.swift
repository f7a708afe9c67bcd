import Execution
import Results

/// An error the command line reports as a message and an exit code, without a stack trace.
///
/// Codes (README.md, "Exit codes"): 1 grading ran but a threshold was not met (or a single run failed),
/// 2 bad usage or unusable input, 3 internal error.
struct CLIFailure: Error {
    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 2) }
    static func unmet(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 1) }
    static func internalError(_ message: String) -> CLIFailure {
        CLIFailure(message: "internal error: \(message)", exitCode: 3)
    }

    /// Submissions SpecGrade or its sandbox failed to grade (reported `not_gradable`, never
    /// cached): exit 3 once the reports are written, saying what to do.
    static func internallyFailed(_ submissions: [SubmissionResult]) -> CLIFailure? {
        guard !submissions.isEmpty else { return nil }
        let names = submissions.map { VisibleText.line($0.student) }.joined(separator: ", ")
        let count = submissions.count == 1 ? "1 submission" : "\(submissions.count) submissions"
        return internalError(
            "\(count) could not be graded because SpecGrade or its sandbox failed, twice (not the "
                + "students' doing): \(names). They are reported not_gradable and were not cached. Run "
                + "`specgrade doctor`, then the same command again to grade them; if it keeps failing, "
                + "please report it with the message in their reports.")
    }
}
