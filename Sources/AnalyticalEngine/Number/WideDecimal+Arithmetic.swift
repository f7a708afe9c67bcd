/// The Mill's long operations, each signed exactly as Walker's `BigInt` signs its result.
extension WideDecimal {
    /// `x * y` as `BigInt.multiply`: +0 when either magnitude is zero, else the sign flags
    /// exclusive-or'ed. Nil when the product passes 216 digits.
    static func referenceProduct(_ x: WideDecimal, _ y: WideDecimal) -> WideDecimal? {
        if x.isZero || y.isZero { return WideDecimal() }
        guard var product = multiplyMagnitudes(x, y) else { return nil }
        product.isNegative = x.isNegative != y.isNegative
        return product
    }

    /// `x + y` as `BigInt.add` (see `Decimal50.referenceSum`). Nil past 216 digits.
    static func referenceSum(_ x: WideDecimal, _ y: WideDecimal) -> WideDecimal? {
        if x.isNegative == y.isNegative {
            return addMagnitudes(x, y)?.withSign(x.isNegative)
        }
        let (positive, negative) = x.isNegative ? (y, x) : (x, y)
        if positive.isZero { return negative }
        switch compareMagnitudes(positive, negative) {
        case 0: return WideDecimal()
        case 1: return subtractMagnitudes(positive, negative).withSign(false)
        default: return subtractMagnitudes(negative, positive).withSign(true)
        }
    }

    /// `BigInt.divide(x, y)` for a non-zero `y`: the quotient truncated toward zero and the
    /// remainder with the dividend's sign flag, with the reference's special cases
    /// (a zero dividend gives +0 and +0; equal magnitudes give ±1 and +0; a remainder of
    /// zero is +0 only when `|y| < 2^30`, else it keeps the dividend's flag).
    ///
    /// `exact: false` divides by `|y| >= 2^30` as the reference does, off by one now and then
    /// (see `WalkerDivision`); `exact: true` is true long division, for the register dialect.
    static func referenceQuotientAndRemainder(
        _ x: WideDecimal, _ y: WideDecimal, exact: Bool = false
    )
        -> (quotient: WideDecimal, remainder: WideDecimal)
    {
        if x.isZero { return (WideDecimal(), WideDecimal()) }
        let remainderNegative = x.isNegative
        let quotientNegative = y.isNegative ? !remainderNegative : remainderNegative
        switch compareMagnitudes(x, y) {
        case 0:
            var one = powerOf10(0)
            one.isNegative = quotientNegative
            return (one, WideDecimal())
        case -1:
            return (WideDecimal(), x)
        default:
            var (quotient, remainder) =
                exact || y.isSmallDenominator ? divideMagnitudes(x, y) : WalkerDivision.divide(x, by: y)
            quotient.isNegative = quotientNegative
            remainder.isNegative = remainder.isZero && y.isSmallDenominator ? false : remainderNegative
            return (quotient, remainder)
        }
    }

    /// Magnitude comparison: -1, 0 or 1.
    static func compareMagnitudes(_ x: WideDecimal, _ y: WideDecimal) -> Int {
        x.readLimbs { a in
            y.readLimbs { b in
                for index in stride(from: limbCount - 1, through: 0, by: -1) where a[index] != b[index] {
                    return a[index] < b[index] ? -1 : 1
                }
                return 0
            }
        }
    }

    private static func addMagnitudes(_ x: WideDecimal, _ y: WideDecimal) -> WideDecimal? {
        var sum = x
        let carry = sum.withLimbs { s in
            y.readLimbs { b in
                var carry: UInt64 = 0
                for index in 0..<limbCount {
                    let total = s[index] + b[index] + carry
                    s[index] = total % base
                    carry = total / base
                }
                return carry
            }
        }
        return carry == 0 && sum.readLimbs({ $0[limbCount - 1] }) == 0 ? sum : nil
    }

    /// |x| - |y| for |x| >= |y|, positive.
    private static func subtractMagnitudes(_ x: WideDecimal, _ y: WideDecimal) -> WideDecimal {
        var difference = x
        difference.isNegative = false
        difference.withLimbs { d in
            y.readLimbs { b in
                var borrow: UInt64 = 0
                for index in 0..<limbCount {
                    let taken = b[index] + borrow
                    if d[index] >= taken {
                        d[index] -= taken
                        borrow = 0
                    } else {
                        d[index] = d[index] + base - taken
                        borrow = 1
                    }
                }
            }
        }
        return difference
    }

    private static func multiplyMagnitudes(_ x: WideDecimal, _ y: WideDecimal) -> WideDecimal? {
        let xCount = x.significantCount
        let yCount = y.significantCount
        // Values keep their top limb clear, so that a division has room to normalise.
        guard xCount + yCount <= limbCount else { return nil }
        var product = WideDecimal()
        let overflow = product.withLimbs { p -> Bool in
            x.readLimbs { a in
                y.readLimbs { b in
                    for i in 0..<xCount {
                        var carry: UInt64 = 0
                        for j in 0..<yCount {
                            let total = a[i] * b[j] + p[i + j] + carry
                            p[i + j] = total % base
                            carry = total / base
                        }
                        if i + yCount < limbCount {
                            p[i + yCount] = carry
                        } else if carry != 0 {
                            return true
                        }
                    }
                    return false
                }
            }
        }
        return overflow || product.readLimbs({ $0[limbCount - 1] }) != 0 ? nil : product
    }

    /// Knuth's algorithm D in base 10^9 on magnitudes; `y` is not zero and `|x| > |y|`.
    private static func divideMagnitudes(_ x: WideDecimal, _ y: WideDecimal) -> (WideDecimal, WideDecimal) {
        let n = y.significantCount
        let m = x.significantCount
        var quotient = WideDecimal()
        if n == 1 {
            let divisor = y.readLimbs { $0[0] }
            var rest: UInt64 = 0
            quotient.withLimbs { q in
                x.readLimbs { u in
                    for index in stride(from: m - 1, through: 0, by: -1) {
                        let current = rest * base + u[index]
                        q[index] = current / divisor
                        rest = current % divisor
                    }
                }
            }
            var remainder = WideDecimal()
            remainder.withLimbs { $0[0] = rest }
            return (quotient, remainder)
        }
        // Normalise so the divisor's top limb is at least base / 2; `u` gets one more limb.
        let factor = base / (y.readLimbs { $0[n - 1] } + 1)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * limbCount + 1) { scratch in
            // `u` is scratch[0...m], `v` is scratch[limbCount + 1 ..< limbCount + 1 + n].
            guard let u = scratch.baseAddress else { return (WideDecimal(), WideDecimal()) }
            let v = u + limbCount + 1
            x.readLimbs { source in scale(source, count: m, by: factor, into: u, top: true) }
            y.readLimbs { source in scale(source, count: n, by: factor, into: v, top: false) }
            return divideNormalised(u, m: m, by: v, n: n, factor: factor)
        }
    }

    /// Algorithm D proper on normalised limbs; the remainder is scaled back by `factor`.
    private static func divideNormalised(
        _ u: UnsafeMutablePointer<UInt64>, m: Int, by v: UnsafeMutablePointer<UInt64>, n: Int, factor: UInt64
    ) -> (WideDecimal, WideDecimal) {
        var quotient = WideDecimal()
        quotient.withLimbs { q in
            for j in stride(from: m - n, through: 0, by: -1) {
                let numerator = u[j + n] * base + u[j + n - 1]
                var estimate = numerator / v[n - 1]
                var rest = numerator % v[n - 1]
                while estimate >= base || estimate * v[n - 2] > rest * base + u[j + n - 2] {
                    estimate -= 1
                    rest += v[n - 1]
                    if rest >= base { break }
                }
                var carry: UInt64 = 0
                var borrow: UInt64 = 0
                for i in 0..<n {
                    let product = estimate * v[i] + carry
                    carry = product / base
                    let taken = product % base + borrow
                    if u[i + j] >= taken {
                        u[i + j] -= taken
                        borrow = 0
                    } else {
                        u[i + j] = u[i + j] + base - taken
                        borrow = 1
                    }
                }
                let taken = carry + borrow
                if u[j + n] >= taken {
                    u[j + n] -= taken
                } else {
                    // The estimate was one too large: add the divisor back.
                    u[j + n] = u[j + n] + base - taken
                    estimate -= 1
                    var back: UInt64 = 0
                    for i in 0..<n {
                        let total = u[i + j] + v[i] + back
                        u[i + j] = total % base
                        back = total / base
                    }
                    u[j + n] = (u[j + n] + back) % base
                }
                q[j] = estimate
            }
        }
        var remainder = WideDecimal()
        remainder.withLimbs { r in
            var rest: UInt64 = 0
            for index in stride(from: n - 1, through: 0, by: -1) {
                let current = rest * base + u[index]
                r[index] = current / factor
                rest = current % factor
            }
        }
        return (quotient, remainder)
    }

    /// `target[0..<count] = source * factor`, the carry going to `target[count]` when `top`.
    private static func scale(
        _ source: UnsafePointer<UInt64>, count: Int, by factor: UInt64, into target: UnsafeMutablePointer<UInt64>,
        top: Bool
    ) {
        var carry: UInt64 = 0
        for index in 0..<count {
            let total = source[index] * factor + carry
            target[index] = total % base
            carry = total / base
        }
        if top { target[count] = carry }
    }
}
