import Execution

/// The outcome of preparing a submission.
public enum Preparation: Sendable {
    case ready(PreparedProgram)
    /// The compiler (or syntax check) rejected it: verdict `.compileError`, stderr trimmed,
    /// sandbox paths made relative. A compile that could not even start (the sandbox failed)
    /// comes back here too, with verdict `.internalError`.
    case compileError(ExecutionResult)
    /// The toolchain is missing, or the language is not the sandbox's: the message names what
    /// to install, and the grader reports `not_gradable`.
    case unavailable(String)
}
