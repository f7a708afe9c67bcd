import Execution

/// A submission ready to run: its sources copied and compiled once in a private build
/// directory, shown read-only at `/program` in every run, which share one sandbox init in turn.
public struct PreparedProgram: Sendable, Hashable {
    public let language: Language
    /// Host path of the build directory (sources and artifacts); `discard` removes it.
    public let buildDirectory: String
    /// The entry as the run command names it (`main.py`, or the Java main class).
    let runEntry: String
    let sources: [String]
    let tool: DetectedTool
    /// The init its runs share (nil when none could be allocated: each run gets its own).
    let session: SandboxSession?
    /// A submission staged with a unit-test suite: how its harness runs.
    var unitSuite: UnitSuiteCommands? = nil

    public static func == (left: PreparedProgram, right: PreparedProgram) -> Bool {
        left.language == right.language && left.buildDirectory == right.buildDirectory
            && left.runEntry == right.runEntry
            && left.sources == right.sources && left.tool == right.tool && left.unitSuite == right.unitSuite
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(buildDirectory)
    }
}
