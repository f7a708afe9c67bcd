extension WideDecimal: CustomStringConvertible {
    /// Parses an optional `-` and up to 207 decimal digits.
    init?(digits text: String) {
        var digits = Substring(text)
        if digits.first == "-" {
            isNegative = true
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 9 * (WideDecimal.limbCount - 1),
            digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        let scalars = Array(digits.utf8)
        withLimbs { limbs in
            var end = scalars.count
            var limb = 0
            while end > 0 {
                let start = max(0, end - 9)
                limbs[limb] = scalars[start..<end].reduce(0) { $0 * 10 + UInt64($1 - 48) }
                limb += 1
                end = start
            }
        }
    }

    /// Decimal digits with a `-` when the sign flag is set and the value is not zero.
    var description: String {
        let count = significantCount
        guard count > 0 else { return "0" }
        return readLimbs { limbs in
            var text = isNegative ? "-" : ""
            text += String(limbs[count - 1])
            for index in stride(from: count - 2, through: 0, by: -1) {
                let digits = String(limbs[index])
                text += String(repeating: "0", count: 9 - digits.count) + digits
            }
            return text
        }
    }
}
