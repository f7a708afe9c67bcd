/// Limits applied to one run of a student program (or to one compile).
///
/// Times are milliseconds and sizes bytes, so that a limit reads the same in the C launcher,
/// in the Engine and in reports. The defaults are those of a typical exercise.
public struct ResourceLimits: Codable, Sendable, Hashable {
    /// CPU time (user + system) of every process of the run together.
    public var cpuMs: Int
    /// Wall-clock time, enforced from outside the sandbox.
    public var wallMs: Int
    /// Peak memory of the whole run (cgroup), or of each process (RLIMIT_DATA) without one.
    public var memoryBytes: Int
    /// Captured bytes of stdout, and separately of stderr; past it the run is `output_limit`.
    public var outputBytes: Int
    /// Processes and threads the run may have at once.
    public var processes: Int
    /// Largest file the run may write (RLIMIT_FSIZE).
    public var fileSizeBytes: Int
    /// Open file descriptors per process (RLIMIT_NOFILE).
    public var openFiles: Int
    /// Stack per process (RLIMIT_STACK).
    public var stackBytes: Int

    public init(
        cpuMs: Int = 2_000,
        wallMs: Int = 10_000,
        memoryBytes: Int = 256 << 20,
        outputBytes: Int = 1 << 20,
        processes: Int = 32,
        fileSizeBytes: Int = 16 << 20,
        openFiles: Int = 64,
        stackBytes: Int = 64 << 20
    ) {
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
        self.processes = processes
        self.fileSizeBytes = fileSizeBytes
        self.openFiles = openFiles
        self.stackBytes = stackBytes
    }

    /// Limits for a compiler: compilers are trusted less than nothing, but need more room.
    public static let compile = ResourceLimits(
        cpuMs: 30_000, wallMs: 60_000, memoryBytes: 1 << 30, outputBytes: 1 << 20,
        processes: 64, fileSizeBytes: 64 << 20, openFiles: 256, stackBytes: 64 << 20)
}
