/// Limits a spec or a test sets; `nil` keeps the value it is applied over.
///
/// Written `limits: { cpu: 2s, wall: 10s, memory: 256MiB, output: 1MiB, processes: 32 }`;
/// see `Quantity` for the units.
public struct LimitOverrides: Codable, Sendable, Hashable {
    public var cpuMs: Int?
    public var wallMs: Int?
    public var memoryBytes: Int?
    public var outputBytes: Int?
    public var processes: Int?
    public var fileSizeBytes: Int?
    public var openFiles: Int?
    public var stackBytes: Int?

    public init(
        cpuMs: Int? = nil, wallMs: Int? = nil, memoryBytes: Int? = nil, outputBytes: Int? = nil,
        processes: Int? = nil, fileSizeBytes: Int? = nil, openFiles: Int? = nil, stackBytes: Int? = nil
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

    /// The keys a `limits:` mapping accepts, and the kind of quantity each holds.
    public static let keys: [(key: String, kind: Quantity.Kind)] = [
        ("cpu", .time), ("wall", .time), ("memory", .bytes), ("output", .bytes),
        ("processes", .count), ("file_size", .bytes), ("open_files", .count), ("stack", .bytes),
    ]

    /// Sets the limit named by a `limits:` key (see `keys`) to an already parsed amount.
    /// Returns false for an unknown key.
    public mutating func set(_ key: String, to amount: Int) -> Bool {
        switch key {
        case "cpu": cpuMs = amount
        case "wall": wallMs = amount
        case "memory": memoryBytes = amount
        case "output": outputBytes = amount
        case "processes": processes = amount
        case "file_size": fileSizeBytes = amount
        case "open_files": openFiles = amount
        case "stack": stackBytes = amount
        default: return false
        }
        return true
    }

    /// `self` laid over `other`: where both set a limit, `self` wins.
    public func over(_ other: LimitOverrides) -> LimitOverrides {
        LimitOverrides(
            cpuMs: cpuMs ?? other.cpuMs, wallMs: wallMs ?? other.wallMs,
            memoryBytes: memoryBytes ?? other.memoryBytes, outputBytes: outputBytes ?? other.outputBytes,
            processes: processes ?? other.processes, fileSizeBytes: fileSizeBytes ?? other.fileSizeBytes,
            openFiles: openFiles ?? other.openFiles, stackBytes: stackBytes ?? other.stackBytes)
    }

    /// Concrete limits: these overrides applied to `base`.
    public func applied(to base: ResourceLimits) -> ResourceLimits {
        ResourceLimits(
            cpuMs: cpuMs ?? base.cpuMs, wallMs: wallMs ?? base.wallMs,
            memoryBytes: memoryBytes ?? base.memoryBytes, outputBytes: outputBytes ?? base.outputBytes,
            processes: processes ?? base.processes, fileSizeBytes: fileSizeBytes ?? base.fileSizeBytes,
            openFiles: openFiles ?? base.openFiles, stackBytes: stackBytes ?? base.stackBytes)
    }
}
