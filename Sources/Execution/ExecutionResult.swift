/// What one run of a program produced, whether in the sandbox or in the Engine.
///
/// `verdict` here is one of `accepted` (the program ran and exited 0; whether its output is
/// right is the checker's business), `time_limit`, `memory_limit`, `output_limit`,
/// `runtime_error`, `security_violation`, `compile_error` (a deck that does not parse) or
/// `internal_error`.
public struct ExecutionResult: Codable, Sendable, Hashable {
    public var verdict: Verdict
    /// Why, in a few words: "cpu time limit 2000 ms", "wall time limit", "killed by SIGSEGV",
    /// "exit code 3", "blocked system call ptrace", "card chain fell on floor at line 12".
    public var detail: String?
    public var exitCode: Int32?
    /// The signal's name ("SIGKILL") when a signal ended the program.
    public var signal: String?
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    public var stdoutTruncated: Bool
    public var stderrTruncated: Bool
    public var cpuMs: Int
    public var wallMs: Int
    public var memoryKB: Int
    public var isolation: Isolation

    public init(
        verdict: Verdict, detail: String? = nil, exitCode: Int32? = nil, signal: String? = nil,
        stdout: [UInt8] = [], stderr: [UInt8] = [], stdoutTruncated: Bool = false,
        stderrTruncated: Bool = false, cpuMs: Int = 0, wallMs: Int = 0, memoryKB: Int = 0,
        isolation: Isolation = Isolation()
    ) {
        self.verdict = verdict
        self.detail = detail
        self.exitCode = exitCode
        self.signal = signal
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutTruncated = stdoutTruncated
        self.stderrTruncated = stderrTruncated
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryKB = memoryKB
        self.isolation = isolation
    }

    /// Standard output as text; invalid UTF-8 becomes U+FFFD rather than failing.
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    /// Standard error as text; invalid UTF-8 becomes U+FFFD rather than failing.
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
