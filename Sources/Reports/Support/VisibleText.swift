/// Text with its control characters written as visible escapes, so program output and student
/// names can go anywhere: into XML 1.0 (which cannot hold most controls even as `&#27;`), onto
/// a terminal (where ESC moves the cursor), into a CSV an LMS imports.
///
///     VisibleText.escaped("a\u{1B}[31mb\n", keepingLineBreaks: true)   // "a\\x1B[31mb\n"
///     VisibleText.escaped("a\tb", keepingLineBreaks: false)             // "a\\x09b"
///
/// Escaped: C0 controls (tab, LF and CR only when `keepingLineBreaks` is false), DEL, C1
/// controls, and the non-characters U+FFFE and U+FFFF (`\u{FFFE}`). Invalid UTF-8 never gets
/// this far: grading decodes output with U+FFFD in place of every invalid sequence.
enum VisibleText {
    static func escaped(_ text: String, keepingLineBreaks: Bool) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x9, 0xA, 0xD: return !keepingLineBreaks
            case 0x0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
            default: return false
            }
        }
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escape = scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
            result.append(contentsOf: escape.unicodeScalars)
        }
        return String(result)
    }
}
