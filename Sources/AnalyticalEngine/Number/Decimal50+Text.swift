extension Decimal50: CustomStringConvertible {
    /// Parses what the reference's `BigInt.valueOf` accepts: an optional `-`, then one or more
    /// ASCII digits (`"-0042"` is -42, `"-0"` is negative zero). Nil for anything else, or for
    /// a magnitude of 10^54 or more.
    public init?<Text: StringProtocol>(referenceText text: Text) {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if utf8.first == UInt8(ascii: "-") {
            negative = true
            utf8 = utf8.dropFirst()
        }
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let significant = utf8.drop { $0 == UInt8(ascii: "0") }
        guard significant.count <= 54 else { return nil }
        var limbs: [UInt64] = [0, 0, 0]
        var position = 0
        for digit in significant.reversed() {
            limbs[position / 18] += UInt64(digit - 48) * Decimal50.powerOf10(position % 18)
            position += 1
        }
        self.init(low: limbs[0], middle: limbs[1], high: limbs[2], negative: negative)
    }

    /// 10^n for n in 0..<19.
    static func powerOf10(_ n: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// As the reference's `toString` writes it: `0` for either zero, otherwise an optional `-`
    /// and the digits without leading zeros.
    public var description: String {
        var bytes: [UInt8] = []
        appendDecimal(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `description` as ASCII, without building a String.
    func appendDecimal(to bytes: inout [UInt8]) {
        if isZero {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if isNegative { bytes.append(UInt8(ascii: "-")) }
        appendMagnitudeDigits(to: &bytes)
    }

    /// Appends the digits of the magnitude, without sign or leading zeros (`0` for zero).
    func appendMagnitudeDigits(to bytes: inout [UInt8]) {
        if high != 0 {
            Decimal50.appendUnpadded(high, to: &bytes)
            Decimal50.appendPadded(middle, to: &bytes)
            Decimal50.appendPadded(low, to: &bytes)
        } else if middle != 0 {
            Decimal50.appendUnpadded(middle, to: &bytes)
            Decimal50.appendPadded(low, to: &bytes)
        } else {
            Decimal50.appendUnpadded(low, to: &bytes)
        }
    }

    private static func appendUnpadded(_ limb: UInt64, to bytes: inout [UInt8]) {
        var divisor = base / 10
        while divisor > 1 && divisor > limb { divisor /= 10 }
        appendDigits(limb, divisor: divisor, to: &bytes)
    }

    private static func appendPadded(_ limb: UInt64, to bytes: inout [UInt8]) {
        appendDigits(limb, divisor: base / 10, to: &bytes)
    }

    private static func appendDigits(_ limb: UInt64, divisor start: UInt64, to bytes: inout [UInt8]) {
        var divisor = start
        var rest = limb
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
