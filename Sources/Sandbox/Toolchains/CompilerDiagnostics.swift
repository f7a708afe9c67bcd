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

    /// Diagnostics of a submission compiled with its instructor's suite, without the suite's
    /// source lines: a suite's hidden tests hold expected values, and a compiler quotes the
    /// line it complains about (gcc's `12 | ...` and caret lines, javac's source and caret
    /// lines). The diagnostic itself stays ("suite/StatsTest.java:12: error: cannot find
    /// symbol", javac's `symbol:` and `location:`), which names what the submission lacks.
    static func hidingSuiteSource(_ output: [UInt8]) -> [UInt8] {
        var inSuite = false
        var kept: [Substring] = []
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.firstMatch(of: /^[^\s:][^:]*:\d+:/) != nil {
                inSuite = line.hasPrefix("suite/")
                kept.append(line)
            } else if !inSuite || line.hasPrefix("  symbol:") || line.hasPrefix("  location:") {
                kept.append(line)
            }
        }
        return Array(kept.joined(separator: "\n").utf8)
    }
}
