extension Comparison {
    /// True for a token tolerances apply to: a decimal number with a `.` or an exponent
    /// (`3.14`, `-0.5`, `.5`, `2.`, `1e-6`, `6.02E23`); `42`, `nan` and `1,5` are not.
    public static func isFloatLiteral<S: StringProtocol>(_ token: S) -> Bool {
        var scalars = Substring(token).unicodeScalars[...]
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let integer = scalars.prefix(while: isDigit)
        scalars = scalars.dropFirst(integer.count)
        var fraction = Substring.UnicodeScalarView.SubSequence()
        var hasPoint = false
        if scalars.first == "." {
            hasPoint = true
            scalars = scalars.dropFirst()
            fraction = scalars.prefix(while: isDigit)
            scalars = scalars.dropFirst(fraction.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return false }
        var hasExponent = false
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            let digits = scalars.prefix(while: isDigit)
            guard !digits.isEmpty else { return false }
            scalars = scalars.dropFirst(digits.count)
            hasExponent = true
        }
        return scalars.isEmpty && (hasPoint || hasExponent)
    }

    /// True when some whitespace-separated token of `text` is a float literal.
    public static func containsFloatLiteral(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).contains { isFloatLiteral($0) }
    }
}
