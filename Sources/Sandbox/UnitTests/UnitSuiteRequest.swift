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
    /// The suite's host path.
    public var suitePath: String

    public init(
        framework: UnitFramework, studentDirectory: String, module: String, moduleFile: String, suitePath: String
    ) {
        self.framework = framework
        self.studentDirectory = studentDirectory
        self.module = module
        self.moduleFile = moduleFile
        self.suitePath = suitePath
    }
}
