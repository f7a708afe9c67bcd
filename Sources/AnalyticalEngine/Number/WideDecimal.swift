/// A signed decimal integer of up to 216 digits, the Mill's scratch for what does not fit a
/// column: a 100-digit product, a dividend `L' * 10^50 + L`, an axis stepped up 100 places.
///
/// Twenty-four base-10^9 limbs in a fixed tuple, so every product of two limbs and every
/// partial remainder fits a `UInt64` and nothing is allocated. The sign is a flag, as in
/// `Decimal50`, and the operations follow Walker's `BigInt` in where they leave it.
struct WideDecimal {
    static let limbCount = 24
    static let base: UInt64 = 1_000_000_000

    typealias Limbs = (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    )

    var limbs: Limbs = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var isNegative = false

    init() {}

    /// A column's value, widened.
    init(_ value: Decimal50) {
        isNegative = value.isNegative
        withLimbs { limbs in
            limbs[0] = value.low % WideDecimal.base
            limbs[1] = value.low / WideDecimal.base
            limbs[2] = value.middle % WideDecimal.base
            limbs[3] = value.middle / WideDecimal.base
            limbs[4] = value.high % WideDecimal.base
            limbs[5] = value.high / WideDecimal.base
        }
    }

    /// 10^n for n in 0...200.
    static func powerOf10(_ n: Int) -> WideDecimal {
        var result = WideDecimal()
        result.withLimbs { limbs in
            var unit: UInt64 = 1
            for _ in 0..<(n % 9) { unit *= 10 }
            limbs[n / 9] = unit
        }
        return result
    }

    /// The value back in a column, or nil when its magnitude reaches 10^54.
    var narrowed: Decimal50? {
        readLimbs { limbs -> Decimal50? in
            for index in 6..<WideDecimal.limbCount where limbs[index] != 0 { return nil }
            return Decimal50(
                low: limbs[0] + limbs[1] * WideDecimal.base,
                middle: limbs[2] + limbs[3] * WideDecimal.base,
                high: limbs[4] + limbs[5] * WideDecimal.base,
                negative: isNegative)
        }
    }

    var isZero: Bool { significantCount == 0 }

    /// Limbs up to the highest non-zero one.
    var significantCount: Int {
        readLimbs { limbs in
            var count = WideDecimal.limbCount
            while count > 0 && limbs[count - 1] == 0 { count -= 1 }
            return count
        }
    }

    /// True when the magnitude is below 2^30: the reference divides by such a "small
    /// denominator" on a path that never leaves a negative zero remainder.
    var isSmallDenominator: Bool {
        significantCount <= 1 || (significantCount == 2 && readLimbs { $0[0] + $0[1] * WideDecimal.base } < 1 << 30)
    }

    func withSign(_ negative: Bool) -> WideDecimal {
        var copy = self
        copy.isNegative = negative
        return copy
    }

    mutating func withLimbs<R>(_ body: (UnsafeMutablePointer<UInt64>) -> R) -> R {
        withUnsafeMutablePointer(to: &limbs) {
            $0.withMemoryRebound(to: UInt64.self, capacity: WideDecimal.limbCount) { body($0) }
        }
    }

    func readLimbs<R>(_ body: (UnsafePointer<UInt64>) -> R) -> R {
        withUnsafePointer(to: limbs) {
            $0.withMemoryRebound(to: UInt64.self, capacity: WideDecimal.limbCount) { body($0) }
        }
    }
}
