import Execution

/// One student's work as found in the submissions directory, before anything runs.
public struct Submission: Sendable, Hashable {
    /// The folder name, or the file name without its extension (`alice`, `José Ñ`).
    public var student: String
    /// The folder (or single file) on the host.
    public var root: String
    /// The files that make up the submission, relative to `sourceDirectory`, sorted.
    public var files: [String]
    /// The folder `files` are relative to: `root` for a folder, its parent for a single file.
    public var sourceDirectory: String
    /// How it will be graded, or why it cannot be.
    public var plan: Plan
    /// Things discovery passed over, for the report ("ignored symlink notes.txt -> /etc/passwd").
    public var notes: [String]

    public init(
        student: String, root: String, files: [String], sourceDirectory: String, plan: Plan, notes: [String] = []
    ) {
        self.student = student
        self.root = root
        self.files = files
        self.sourceDirectory = sourceDirectory
        self.plan = plan
        self.notes = notes
    }

    public enum Plan: Sendable, Hashable {
        /// Graded as `language`, started from `entry` (relative to `sourceDirectory`).
        case gradable(language: Language, entry: String)
        /// Reported `not_gradable` with this message; never run.
        case notGradable(String)
    }

    public var language: Language? {
        if case .gradable(let language, _) = plan { return language }
        return nil
    }

    /// True when grading it starts processes (and so needs the sandbox), not the Engine.
    public var runsInSandbox: Bool {
        guard case .gradable(let language, _) = plan else { return false }
        return !language.runsInEngine
    }
}
