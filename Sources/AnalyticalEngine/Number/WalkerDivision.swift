/// Long division exactly as Walker's `BigInt.divide_unsigned_large_denominator` does it, in
/// base 2^30, flaws included — so that the Engine's quotients and remainders match the
/// reference's digit for digit.
///
/// The reference's quotient-digit estimate is off in two places: when the top digits are
/// equal it adds the divisor's top digit to the comparand unshifted, and its refinement loop
/// stops after one step (`comparand > RADIX*RADIX` overflows to `> 0` in Java `int`). Some
/// quotients therefore come out one too small, with a remainder past the divisor:
/// `(10^49 - 1)^2 / 10^50` gives `10^48 - 2` and `18 * 10^49 + 1`.
/// Divisors below 2^30 take the reference's exact short-division path and never come here.
enum WalkerDivision {
    static let bits = 30
    static let radix: Int64 = 1 << 30
    static let mask: Int64 = (1 << 30) - 1
    /// Digits of 30 bits; enough for the 216 decimal digits of a `WideDecimal`.
    static let capacity = 32

    /// `(|x| / |y|, |x| mod |y|)` the reference's way, for `|x| > |y| >= 2^30`.
    static func divide(_ x: WideDecimal, by y: WideDecimal) -> (quotient: WideDecimal, remainder: WideDecimal) {
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: 4 * capacity) { scratch in
            scratch.initialize(repeating: 0)
            let numerator = UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity])
            let denominator = UnsafeMutableBufferPointer(rebasing: scratch[capacity..<(2 * capacity)])
            let u = UnsafeMutableBufferPointer(rebasing: scratch[(2 * capacity)..<(3 * capacity)])
            let q = UnsafeMutableBufferPointer(rebasing: scratch[(3 * capacity)..<(4 * capacity)])
            let numeratorLast = toBinary(x, into: numerator)
            let denominatorLast = toBinary(y, into: denominator)
            let lastN = numeratorLast + 1
            let lastD = denominatorLast
            var shift = 0
            var top = denominator[lastD]
            while top < radix / 2 {
                top <<= 1
                shift += 1
            }
            // u has digits 0...lastN; v is the denominator shifted in place.
            normalise(numerator, last: numeratorLast, into: u, targetLast: lastN, shift: shift)
            normalise(denominator, last: lastD, into: denominator, targetLast: lastD, shift: shift)
            divideNormalised(u, uLast: lastN, v: denominator, vLast: lastD, q: q, qLast: lastN - lastD - 1)
            unnormalise(u, last: lastN, shift: shift)
            return (fromBinary(q, last: lastN - lastD - 1), fromBinary(u, last: lastN))
        }
    }

    private static func divideNormalised(
        _ u: UnsafeMutableBufferPointer<Int64>, uLast: Int, v: UnsafeMutableBufferPointer<Int64>, vLast: Int,
        q: UnsafeMutableBufferPointer<Int64>, qLast: Int
    ) {
        var qi = qLast
        let v1 = v[vLast]
        let v2 = v[vLast - 1]
        var j = uLast
        while j > vLast {
            let uj = u[j]
            let uj1 = u[j - 1]
            let uj2 = u[j - 2]
            var guess: Int64
            var comparand: Int64
            if uj == v1 {
                guess = radix - 1
                comparand = (uj1 &<< bits) &+ uj2 &+ v1  // sic: v1 unshifted, as the reference
            } else {
                let ujL = (uj &<< bits) &+ uj1
                guess = ujL / v1
                comparand = ((ujL % v1) &<< bits) &+ uj2
            }
            while true {
                if comparand >= v2 &* guess { break }
                guess -= 1
                comparand = comparand &+ (v1 &<< bits)
                if comparand > 0 { break }  // `comparand > RADIX*RADIX` with RADIX*RADIX == 0 in Java int
            }
            q[qi] = Int64(
                Int32(truncatingIfNeeded: subtract(v, vLast: vLast, guess: guess, from: u, start: j - vLast - 1)))
            qi -= 1
            j -= 1
        }
    }

    /// `divide_subtract`: u[start...] -= guess * v, adding v back once if that went negative.
    private static func subtract(
        _ v: UnsafeMutableBufferPointer<Int64>, vLast: Int, guess: Int64, from u: UnsafeMutableBufferPointer<Int64>,
        start: Int
    ) -> Int64 {
        if guess == 0 { return 0 }
        var ui = start
        var carry: Int64 = 0
        for vi in 0...vLast {
            let product = v[vi] &* guess &+ carry
            let difference = Int32(truncatingIfNeeded: u[ui]) &- Int32(truncatingIfNeeded: product & mask)
            if difference < 0 {
                u[ui] = Int64(difference &+ Int32(radix))
                carry = (product >> bits) &+ 1
            } else {
                u[ui] = Int64(difference)
                carry = product >> bits
            }
            ui += 1
        }
        if carry == 0 { return guess }
        let difference = Int32(truncatingIfNeeded: u[ui]) &- Int32(truncatingIfNeeded: carry)
        if difference < 0 {
            u[ui] = Int64(difference &+ Int32(radix))
        } else {
            u[ui] = Int64(difference)
            return guess
        }
        var sumCarry: Int32 = 0
        ui = start
        for vi in 0...vLast {
            let sum = Int32(truncatingIfNeeded: v[vi]) &+ Int32(truncatingIfNeeded: u[ui]) &+ sumCarry
            u[ui] = Int64(sum & Int32(mask))
            sumCarry = sum >> Int32(bits)
            ui += 1
        }
        if sumCarry == 1 { u[ui] = (u[ui] + 1) & mask }
        return guess &- 1
    }

    /// `destructive_normalization`; the top carry goes to `target[last + 1]` when it exists.
    private static func normalise(
        _ source: UnsafeMutableBufferPointer<Int64>, last: Int, into target: UnsafeMutableBufferPointer<Int64>,
        targetLast: Int, shift: Int
    ) {
        let shiftRight = bits - shift
        let keep: Int64 = (1 << shiftRight) - 1
        var carry: Int64 = 0
        for index in 0...last {
            let digit = source[index]
            target[index] = ((digit & keep) << shift) | carry
            carry = shiftRight >= bits ? 0 : digit >> shiftRight
        }
        if last + 1 <= targetLast { target[last + 1] = carry }
    }

    private static func unnormalise(_ digits: UnsafeMutableBufferPointer<Int64>, last: Int, shift: Int) {
        guard shift > 0 else { return }
        let keep: Int64 = (1 << shift) - 1
        var carry: Int64 = 0
        for index in stride(from: last, through: 0, by: -1) {
            let digit = digits[index]
            digits[index] = (digit >> shift) | carry
            carry = (digit & keep) << (bits - shift)
        }
    }

    /// Writes the magnitude in base 2^30; returns the index of the top non-zero digit.
    private static func toBinary(_ value: WideDecimal, into digits: UnsafeMutableBufferPointer<Int64>) -> Int {
        var last = 0
        value.readLimbs { limbs in
            for index in stride(from: value.significantCount - 1, through: 0, by: -1) {
                var carry = Int64(limbs[index])
                for position in 0...last {
                    let total = digits[position] * Int64(WideDecimal.base) + carry
                    digits[position] = total & mask
                    carry = total >> bits
                }
                while carry != 0 {
                    last += 1
                    digits[last] = carry & mask
                    carry >>= bits
                }
            }
        }
        return last
    }

    /// Reads base-2^30 digits 0...last back into decimal limbs (the digits are consumed).
    private static func fromBinary(_ digits: UnsafeMutableBufferPointer<Int64>, last: Int) -> WideDecimal {
        var result = WideDecimal()
        var top = last
        result.withLimbs { limbs in
            var limb = 0
            while top >= 0 && limb < WideDecimal.limbCount {
                var remainder: Int64 = 0
                for index in stride(from: top, through: 0, by: -1) {
                    let current = (remainder << bits) | digits[index]
                    digits[index] = current / Int64(WideDecimal.base)
                    remainder = current % Int64(WideDecimal.base)
                }
                limbs[limb] = UInt64(remainder)
                limb += 1
                while top >= 0 && digits[top] == 0 { top -= 1 }
            }
        }
        return result
    }
}
