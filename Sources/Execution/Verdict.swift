/// The outcome of one test or one run, as docs/reports.md names them.
///
/// The raw values are the strings every report writes (`"wrong_answer"`, not `"wrongAnswer"`).
public enum Verdict: String, Codable, Sendable, CaseIterable, Hashable {
    case accepted
    case wrongAnswer = "wrong_answer"
    case compileError = "compile_error"
    /// CPU or wall; `ExecutionResult.detail` says which.
    case timeLimit = "time_limit"
    case memoryLimit = "memory_limit"
    case outputLimit = "output_limit"
    /// A non-zero exit or a signal; `ExecutionResult.detail` names it.
    case runtimeError = "runtime_error"
    /// A system call the seccomp filter blocks.
    case securityViolation = "security_violation"
    /// Not the student's fault: a language the spec does not allow, a missing toolchain.
    case notGradable = "not_gradable"
    case internalError = "internal_error"
}
