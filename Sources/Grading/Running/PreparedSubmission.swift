import AnalyticalEngine
import Execution
import Sandbox

/// A submission ready to run its tests: compiled in the sandbox, or parsed for the Engine.
public enum PreparedSubmission: Sendable {
    case sandboxed(PreparedProgram)
    case engine(EngineProgram)
}

/// What preparing a submission came to.
public enum PreparationOutcome: Sendable {
    case ready(PreparedSubmission)
    /// The compiler (or the deck parser) rejected it; the result carries the diagnostics.
    case compileError(ExecutionResult)
    /// It cannot be graded here; not the student's fault.
    case notGradable(String)
}
