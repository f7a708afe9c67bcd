/// Compiler output as a student should read it: sandbox paths made relative, trimmed.
enum CompilerDiagnostics {
    /// Longest diagnostics kept, in bytes; the rest is cut at a line end.
    static let maximumBytes = 8 << 10

    /// `/work/main.c:3:5: error: ...` becomes `main.c:3:5: error: ...`; at most `maximumBytes`.
    static func tidy(_ output: [UInt8]) -> [UInt8] {
        var text = String(decoding: output, as: UTF8.self)
        for prefix in ["/work/", "/program/"] { text = text.replacingOccurrences(of: prefix, with: "") }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var bytes = Array(text.utf8)
        if bytes.count > maximumBytes {
            let cut = bytes[..<maximumBytes].lastIndex(of: UInt8(ascii: "\n")) ?? maximumBytes
            bytes = Array(bytes[..<cut]) + Array("\n... (diagnostics cut)".utf8)
        }
        return bytes.isEmpty ? [] : bytes + [UInt8(ascii: "\n")]
    }
}
