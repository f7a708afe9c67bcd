import Execution

/// A `limits` object: `{"cpu_ms": 2000, "memory_bytes": 268435456}`; absent keys are unset.
struct LimitsDocument: Decodable {
    var cpuMs: Int?
    var wallMs: Int?
    var memoryBytes: Int?
    var outputBytes: Int?
    var processes: Int?
    var fileSizeBytes: Int?
    var openFiles: Int?
    var stackBytes: Int?

    enum CodingKeys: String, CodingKey {
        case processes
        case cpuMs = "cpu_ms"
        case wallMs = "wall_ms"
        case memoryBytes = "memory_bytes"
        case outputBytes = "output_bytes"
        case fileSizeBytes = "file_size_bytes"
        case openFiles = "open_files"
        case stackBytes = "stack_bytes"
    }

    func model() -> LimitOverrides {
        LimitOverrides(
            cpuMs: cpuMs, wallMs: wallMs, memoryBytes: memoryBytes, outputBytes: outputBytes,
            processes: processes, fileSizeBytes: fileSizeBytes, openFiles: openFiles, stackBytes: stackBytes)
    }
}
