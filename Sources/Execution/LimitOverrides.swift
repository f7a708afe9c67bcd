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

    /// One limit: its `limits:` key, its kind of quantity, and where it lives here and in
    /// `ResourceLimits`. Every member below is written over `fields`, so a limit is added in
    /// one place.
    public struct Field: Sendable {
        public let key: String
        public let kind: Quantity.Kind
        let override: WritableKeyPath<LimitOverrides, Int?> & Sendable
        let limit: WritableKeyPath<ResourceLimits, Int> & Sendable
    }

    public static let fields: [Field] = [
        Field(key: "cpu", kind: .time, override: \.cpuMs, limit: \.cpuMs),
        Field(key: "wall", kind: .time, override: \.wallMs, limit: \.wallMs),
        Field(key: "memory", kind: .bytes, override: \.memoryBytes, limit: \.memoryBytes),
        Field(key: "output", kind: .bytes, override: \.outputBytes, limit: \.outputBytes),
        Field(key: "processes", kind: .count, override: \.processes, limit: \.processes),
        Field(key: "file_size", kind: .bytes, override: \.fileSizeBytes, limit: \.fileSizeBytes),
        Field(key: "open_files", kind: .count, override: \.openFiles, limit: \.openFiles),
        Field(key: "stack", kind: .bytes, override: \.stackBytes, limit: \.stackBytes),
    ]

    /// The keys a `limits:` mapping accepts, and the kind of quantity each holds.
    public static var keys: [(key: String, kind: Quantity.Kind)] { fields.map { ($0.key, $0.kind) } }

    /// Sets the limit named by a `limits:` key (see `keys`) to an already parsed amount.
    /// Returns false for an unknown key.
    public mutating func set(_ key: String, to amount: Int) -> Bool {
        guard let field = LimitOverrides.fields.first(where: { $0.key == key }) else { return false }
        self[keyPath: field.override] = amount
        return true
    }

    /// `self` laid over `other`: where both set a limit, `self` wins.
    public func over(_ other: LimitOverrides) -> LimitOverrides {
        var laid = other
        for field in LimitOverrides.fields where self[keyPath: field.override] != nil {
            laid[keyPath: field.override] = self[keyPath: field.override]
        }
        return laid
    }

    /// Concrete limits: these overrides applied to `base`.
    public func applied(to base: ResourceLimits) -> ResourceLimits {
        var limits = base
        for field in LimitOverrides.fields {
            if let value = self[keyPath: field.override] { limits[keyPath: field.limit] = value }
        }
        return limits
    }
}
