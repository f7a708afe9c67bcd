import Execution

/// One command to run confined, with everything it gets.
///
/// Inside the sandbox the program sees: the system directories read-only, `programDirectory`
/// read-only at `/program`, a fresh private writable working directory `/work` (its cwd)
/// holding `files`, a private writable `/tmp`, and nothing else of the host.
public struct RunRequest: Sendable, Hashable {
    /// argv; `argv[0]` without a slash is searched on the sandbox's PATH
    /// (`/usr/local/bin:/usr/bin:/bin` unless `environment` sets another).
    public var command: [String]
    /// A host directory mounted read-only at `/program` (e.g. compiled artifacts).
    public var programDirectory: String?
    /// Files placed in `/work` before the program starts (name relative to `/work`).
    public var files: [String: [UInt8]]
    public var stdin: [UInt8]
    /// Added to the sandbox's base environment (PATH, HOME=/work, TMPDIR=/tmp, LANG=C.UTF-8).
    public var environment: [String: String]
    public var limits: ResourceLimits

    public init(
        command: [String], programDirectory: String? = nil, files: [String: [UInt8]] = [:],
        stdin: [UInt8] = [], environment: [String: String] = [:], limits: ResourceLimits = ResourceLimits()
    ) {
        self.command = command
        self.programDirectory = programDirectory
        self.files = files
        self.stdin = stdin
        self.environment = environment
        self.limits = limits
    }

    /// Where `programDirectory` appears inside the sandbox.
    public static let programMount = "/program"
    /// The working directory inside the sandbox.
    public static let workDirectory = "/work"
}
