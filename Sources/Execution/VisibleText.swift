/// Text with every character that could act on its reader written as a visible escape, so that
/// program output and names a student chose can go anywhere SpecGrade writes them: onto a
/// terminal (where ESC moves the cursor or retitles the window, CR overwrites the line, and a
/// bidi override makes text read backwards), into XML 1.0 (which cannot hold most controls even
/// as `&#27;`), into a CSV an LMS imports, onto Gradescope's pages.
///
///     VisibleText.line("evil\u{1B}]0;pwned\u{07}")    // evil\x1B]0;pwned\x07
///     VisibleText.lines("a\u{1B}[31mb\r\nc\td")        // a\x1B[31mb, a line break, c, tab, d
///
/// One notation everywhere: a character below U+0100 is `\x` and two uppercase hex digits
/// (`\x1B`, `\x07`, `\x7F`, `\x85`), any other is `\u{` hex `}` (`\u{202E}`). Escaped: the C0
/// controls, DEL, the C1 controls, the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) and the non-characters U+FFFE and U+FFFF. A backslash is
/// left as it is: the escapes make text safe to show, not reversible. Invalid UTF-8 never
/// gets this far: grading decodes output with U+FFFD in place of every invalid sequence.
/// Both functions live here, in the lowest module, so that every report and every line a
/// command prints escapes the same characters the same way.
public enum VisibleText {
    /// One line: tab, LF and CR are escaped too (`\x09`, `\x0A`, `\x0D`). For names, table
    /// cells, attribute-like fields and progress lines.
    public static func line(_ text: String) -> String {
        escaped(text, keepingLineBreaks: false)
    }

    /// Text of several lines: LF and tab stay, CRLF reads as LF, and a CR on its own is
    /// escaped, since on a terminal it sends the cursor back over the line just written.
    public static func lines(_ text: String) -> String {
        escaped(text, keepingLineBreaks: true)
    }

    private static func escaped(_ text: String, keepingLineBreaks: Bool) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) })
        else { return text }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            let crBeforeLF = scalar == "\r" && index != scalars.endIndex && scalars[index] == "\n"
            if keepingLineBreaks, crBeforeLF { continue }
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x9, 0xA: return !keepingLineBreaks
        case 0x0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// `\x1B` below U+0100, `\u{202E}` above.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        guard scalar.value < 0x100 else { return "\\u{" + hex + "}" }
        return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
