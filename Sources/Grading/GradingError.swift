/// Errors that stop a grading run before or outside any one submission.
public enum GradingError: Error, Sendable, CustomStringConvertible {
    /// The submissions directory cannot be used: path, and why.
    case unusableDirectory(String, String)
    /// A spec file the tests need (stdin_file, stdout_file, checker) cannot be read.
    case unreadableSpecFile(String, String)
    /// The sandbox cannot run programs here, and what to do about it.
    case sandboxUnavailable(String)
    /// `--shard` was not `I/N` with 1 <= I <= N.
    case invalidShard(String)

    public var description: String {
        switch self {
        case .unusableDirectory(let path, let why):
            return
                "\(path): cannot grade this directory: \(why). Pass a folder holding one folder or one source file per student."
        case .unreadableSpecFile(let path, let why):
            return "\(path): \(why)"
        case .sandboxUnavailable(let why):
            return "the sandbox cannot run here: \(why)"
        case .invalidShard(let text):
            return "--shard \(text): expected I/N with 1 <= I <= N, for example --shard 2/8"
        }
    }
}
