import Execution

/// A submission ready to run: its sources copied and compiled once in a private build
/// directory, shown read-only at `/program` in every run.
public struct PreparedProgram: Sendable, Hashable {
    public let language: Language
    /// Host path of the build directory (sources and artifacts); `discard` removes it.
    public let buildDirectory: String
    /// The entry as the run command names it (`main.py`, or the Java main class).
    let runEntry: String
    let sources: [String]
    let tool: DetectedTool
}
