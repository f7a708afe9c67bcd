/// Text made safe for XML 1.0, which cannot hold most control characters even as `&#27;`:
/// every character outside XML's `Char` production is written as a visible escape, so
/// `"a\u{1B}[31mb"` becomes `"a\x1B[31mb"` and `"\u{FFFE}"` becomes `"\u{FFFE}"`.
///
/// Invalid UTF-8 from a program never reaches a report as raw bytes: grading decodes output
/// with U+FFFD in place of every invalid sequence, and U+FFFD is a valid XML character.
enum XMLText {
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) {
                result.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let escape = scalar.value < 0x100
                    ? "\\x" + (hex.count < 2 ? "0" + hex : hex)
                    : "\\u{" + hex + "}"
                result.append(contentsOf: escape.unicodeScalars)
            }
        }
        return String(result)
    }

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
