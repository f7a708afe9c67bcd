/// The few `java.lang.String` behaviours the reference's card handling leans on, so that a
/// card means here exactly what it means there.
extension StringProtocol {
    /// `String.trim()`: drops every character at or below U+0020 from both ends
    /// (`"  L001\t"` becomes `"L001"`).
    var javaTrimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
            let last = scalars.lastIndex(where: { $0.value > 0x20 })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// `Integer.parseInt`: an optional `+` or `-`, then ASCII digits, within 32 bits
    /// (`"+007"` is 7; `" 7"` and `"7 "` are not numbers).
    var javaInt: Int? {
        var digits = Substring(self)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        var value = 0
        for digit in digits.utf8 {
            value = value * 10 + Int(digit - 48)
            if value > Int(Int32.max) + 1 { return nil }
        }
        let signed = negative ? -value : value
        return signed >= Int(Int32.min) && signed <= Int(Int32.max) ? signed : nil
    }

    /// `new StringTokenizer(s)`: the pieces between runs of space, tab, newline, return and
    /// form feed.
    var javaTokens: [Substring] {
        Substring(self).split(whereSeparator: { " \t\n\r\u{0C}".contains($0) })
    }

    /// `s.substring(n)` by characters, empty when `s` is shorter.
    func javaSubstring(from offset: Int) -> String {
        String(dropFirst(offset))
    }
}
