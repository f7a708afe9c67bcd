/// An error the command line reports as a message and an exit code, without a stack trace.
///
/// Codes follow DESIGN.md: 1 grading ran but a threshold was not met (or a single run failed),
/// 2 bad usage or unusable input, 3 internal error.
struct CLIFailure: Error {
    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 2) }
    static func unmet(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 1) }
    static func internalError(_ message: String) -> CLIFailure {
        CLIFailure(message: "internal error: \(message)", exitCode: 3)
    }
}
