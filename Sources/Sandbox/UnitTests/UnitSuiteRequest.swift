/// A submission to stage with its instructor's suite (docs/unit-tests.md): the submission's
/// files under `student/`, the suite and SpecGrade's harness under `suite/`.
public struct UnitSuiteRequest: Sendable {
    public var framework: UnitFramework
    /// The folder holding the submission's files, copied as they are to `student/` (a
    /// one-file submission already named `moduleFile`).
    public var studentDirectory: String
    /// The module under test (`stats`) and its file in this language (`stats.py`, `Stats.java`).
    public var module: String
    public var moduleFile: String
    /// The suite's file name (`test_stats.py`) and text, as the grading plan read them once.
    public var suiteFile: String
    public var suite: [UInt8]

    public init(
        framework: UnitFramework, studentDirectory: String, module: String, moduleFile: String, suiteFile: String,
        suite: [UInt8]
    ) {
        self.framework = framework
        self.studentDirectory = studentDirectory
        self.module = module
        self.moduleFile = moduleFile
        self.suiteFile = suiteFile
        self.suite = suite
    }
}
