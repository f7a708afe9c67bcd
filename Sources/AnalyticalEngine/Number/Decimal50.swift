/// An exact signed decimal integer as one column of the Engine holds it, for example
/// `-12345678901234567890123456789012345678901234567890`.
///
/// 1. The magnitude is kept in three base-10^18 limbs, so it may reach 10^54 - 1: the
///    reference lets a few operations leave values past 50 digits in a column (negative
///    overflow of addition is not checked), and those must stay exact.
/// 2. The sign is a flag, as in Walker's `BigInt`: a *negative zero* exists (`N001 -0`, the
///    remainder of an exact negative division by a large divisor) and behaves as the
///    reference's does (`0 + -0` raises the run-up lever, a picture prints `-0`).
/// 3. It is a plain value of four words: copying, adding and comparing allocate nothing.
public struct Decimal50: Sendable, Hashable {
    /// The limb base, 10^18.
    static let base: UInt64 = 1_000_000_000_000_000_000
    /// 10^14: the top limb of 10^50.
    static let topOf10e50: UInt64 = 100_000_000_000_000

    var low: UInt64
    var middle: UInt64
    var high: UInt64
    /// The sign flag; may be set on zero.
    public internal(set) var isNegative: Bool

    init(low: UInt64, middle: UInt64, high: UInt64, negative: Bool) {
        self.low = low
        self.middle = middle
        self.high = high
        self.isNegative = negative
    }

    /// Positive zero, what every column and axis holds at the start.
    public static let zero = Decimal50(low: 0, middle: 0, high: 0, negative: false)

    /// 10^50, the modulus of the Engine's columns.
    public static let tenToThe50 = Decimal50(low: 0, middle: 0, high: topOf10e50, negative: false)

    /// A machine integer, e.g. `Decimal50(-42)`.
    public init(_ value: Int) {
        let magnitude = value.magnitude
        let base = UInt(Decimal50.base)
        self.init(
            low: UInt64(magnitude % base), middle: UInt64(magnitude / base), high: 0, negative: value < 0)
    }

    /// True when the magnitude is zero, whatever the sign flag says.
    public var isZero: Bool { low == 0 && middle == 0 && high == 0 }

    /// True when the magnitude is at least 10^50 (the value no longer fits a 50-digit column).
    var reaches10e50: Bool { high >= Decimal50.topOf10e50 }

    /// The value as a machine integer when it fits, for the register machine's addresses.
    public var intValue: Int? {
        guard high == 0, middle < 9 else { return nil }
        let magnitude = Int(middle) * Int(Decimal50.base) + Int(low)
        return isNegative ? -magnitude : magnitude
    }

    /// The same magnitude with the given sign flag.
    func withSign(_ negative: Bool) -> Decimal50 {
        Decimal50(low: low, middle: middle, high: high, negative: negative)
    }
}

// MARK: - The machine-word fast path

extension Decimal50 {
    /// The value as an `Int64` when its magnitude is below 10^18 and it is not a negative
    /// zero: then `Int64` arithmetic gives exactly what the reference's `BigInt` gives.
    var smallInteger: Int64? {
        guard middle | high == 0, !(isNegative && low == 0) else { return nil }
        return isNegative ? -Int64(low) : Int64(low)
    }

    /// A sum or difference of two `smallInteger`s (below 2 * 10^18 in magnitude).
    init(smallInteger value: Int64) {
        let magnitude = value.magnitude
        self.init(
            low: magnitude % Decimal50.base, middle: magnitude / Decimal50.base, high: 0, negative: value < 0)
    }
}

// MARK: - Magnitude arithmetic (three limbs)

extension Decimal50 {
    /// Compares magnitudes only: -1, 0 or 1.
    static func compareMagnitudes(_ x: Decimal50, _ y: Decimal50) -> Int {
        if x.high != y.high { return x.high < y.high ? -1 : 1 }
        if x.middle != y.middle { return x.middle < y.middle ? -1 : 1 }
        if x.low != y.low { return x.low < y.low ? -1 : 1 }
        return 0
    }

    /// |x| + |y| with the given sign, or nil past 10^54.
    static func addMagnitudes(_ x: Decimal50, _ y: Decimal50, negative: Bool) -> Decimal50? {
        var low = x.low &+ y.low
        var carry: UInt64 = 0
        if low >= base { low &-= base; carry = 1 }
        var middle = x.middle &+ y.middle &+ carry
        carry = 0
        if middle >= base { middle &-= base; carry = 1 }
        let high = x.high &+ y.high &+ carry
        guard high < base else { return nil }
        return Decimal50(low: low, middle: middle, high: high, negative: negative)
    }

    /// |x| - |y| with the given sign; requires |x| >= |y|.
    static func subtractMagnitudes(_ x: Decimal50, _ y: Decimal50, negative: Bool) -> Decimal50 {
        let borrowLow: UInt64 = x.low < y.low ? 1 : 0
        let low = x.low &+ borrowLow &* base &- y.low
        let taken = y.middle &+ borrowLow
        let borrowMiddle: UInt64 = x.middle < taken ? 1 : 0
        let middle = x.middle &+ borrowMiddle &* base &- taken
        let high = x.high &- y.high &- borrowMiddle
        return Decimal50(low: low, middle: middle, high: high, negative: negative)
    }

    /// `subtract_unsigned` of the reference: |x| - |y| signed by which is larger; equal is +0.
    static func differenceOfMagnitudes(_ x: Decimal50, _ y: Decimal50) -> Decimal50 {
        switch compareMagnitudes(x, y) {
        case 0: return .zero
        case 1: return subtractMagnitudes(x, y, negative: false)
        default: return subtractMagnitudes(y, x, negative: true)
        }
    }
}

// MARK: - The reference's signed operations

extension Decimal50 {
    /// `x + y` exactly as Walker's `BigInt.add`, sign flags included; nil past 10^54.
    public static func referenceSum(_ x: Decimal50, _ y: Decimal50) -> Decimal50? {
        if x.isNegative == y.isNegative {
            return addMagnitudes(x, y, negative: x.isNegative)
        }
        let (positive, negative) = x.isNegative ? (y, x) : (x, y)
        // The reference hands back the other operand unchanged when one is +0.
        if positive.isZero { return negative }
        return differenceOfMagnitudes(positive, negative)
    }

    /// `x - y` exactly as Walker's `BigInt.subtract`, sign flags included; nil past 10^54.
    public static func referenceDifference(_ x: Decimal50, _ y: Decimal50) -> Decimal50? {
        if x.isNegative {
            if y.isNegative { return differenceOfMagnitudes(y, x) }
            if y.isZero { return x }
            return addMagnitudes(x, y, negative: true)
        }
        if x.isZero {
            // `negate` leaves any zero, negative or not, as it is.
            return y.isZero ? y : y.withSign(!y.isNegative)
        }
        if y.isNegative { return addMagnitudes(x, y, negative: false) }
        if y.isZero { return x }
        return differenceOfMagnitudes(x, y)
    }

    /// The reference's `compare`: negative zero sorts below positive zero.
    public static func referenceCompare(_ x: Decimal50, _ y: Decimal50) -> Int {
        if x.isNegative {
            return y.isNegative ? compareMagnitudes(y, x) : -1
        }
        if x.isZero {
            return y.isNegative ? 1 : (y.isZero ? 0 : -1)
        }
        return y.isNegative || y.isZero ? 1 : compareMagnitudes(x, y)
    }
}
