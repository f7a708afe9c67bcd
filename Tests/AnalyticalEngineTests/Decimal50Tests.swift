import BigInt
import Testing

@testable import AnalyticalEngine

/// The number type against attaswift/BigInt on random values biased to the edges.
@Suite struct Decimal50Tests {
    /// Values of every length up to 50 digits, with runs of nines and powers of ten.
    static func edgeValues(count: Int, seed: UInt64) -> [BigInt] {
        var generator = SeededGenerator(seed: seed)
        var values: [BigInt] = [0, 1, -1, BigInt(1) << 30, (BigInt(1) << 30) - 1]
        let ten = BigInt(10)
        for _ in 0..<count {
            let digits = Int.random(in: 1...50, using: &generator)
            let magnitude: BigInt
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: magnitude = ten.power(digits) - 1
            case 1: magnitude = ten.power(digits - 1)
            case 2: magnitude = ten.power(digits - 1) + BigInt(Int.random(in: 0..<1000, using: &generator))
            default: magnitude = BigInt(BigUInt.randomInteger(lessThan: BigUInt(ten.power(digits)), using: &generator))
            }
            values.append(Bool.random(using: &generator) ? -magnitude : magnitude)
        }
        return values
    }

    static func decimal(_ value: BigInt) -> Decimal50 {
        Decimal50(referenceText: String(value)) ?? .zero
    }

    static func big(_ value: Decimal50) -> BigInt {
        BigInt(value.description) ?? -1
    }

    @Test func parsesAndPrintsLikeBigInt() {
        for value in Self.edgeValues(count: 400, seed: 1) {
            #expect(Self.decimal(value).description == String(value))
        }
        #expect(Decimal50(referenceText: "-0")?.isNegative == true)
        #expect(Decimal50(referenceText: "-0")?.description == "0")
        #expect(
            Decimal50(referenceText: "000000000000000000000000000000000000000000000000000000000042")?.description
                == "42")
        for bad in ["", "-", "+5", "1.5", "12a", " 1", String(repeating: "9", count: 55)] {
            #expect(Decimal50(referenceText: bad) == nil, "\(bad)")
        }
    }

    @Test func sumsAndDifferencesAreExact() {
        let values = Self.edgeValues(count: 120, seed: 2)
        for x in values {
            for y in values.prefix(60) {
                let (a, b) = (Self.decimal(x), Self.decimal(y))
                #expect(Decimal50.referenceSum(a, b).map(Self.big) == x + y)
                #expect(Decimal50.referenceDifference(a, b).map(Self.big) == x - y)
                let order = x < y ? -1 : (x == y ? 0 : 1)
                #expect(Decimal50.referenceCompare(a, b) == order)
            }
        }
    }

    @Test func productsAndExactDivisionAreExact() {
        let values = Self.edgeValues(count: 80, seed: 3)
        for x in values {
            for y in values.prefix(50) {
                let (a, b) = (WideDecimal(Self.decimal(x)), WideDecimal(Self.decimal(y)))
                #expect(WideDecimal.referenceProduct(a, b)?.description == String(x * y))
                guard y != 0 else { continue }
                let (quotient, remainder) = WideDecimal.referenceQuotientAndRemainder(a, b, exact: true)
                let expected = x.quotientAndRemainder(dividingBy: y)
                #expect(quotient.description == String(expected.quotient), "\(x) / \(y)")
                #expect(remainder.description == String(expected.remainder), "\(x) % \(y)")
            }
        }
    }

    @Test func hundredDigitDividendsDivideExactly() {
        var generator = SeededGenerator(seed: 4)
        let limit = BigUInt(10).power(100)
        for _ in 0..<300 {
            let x = BigInt(BigUInt.randomInteger(lessThan: limit, using: &generator))
            let y =
                BigInt(
                    BigUInt.randomInteger(
                        lessThan: BigUInt(10).power(Int.random(in: 1...50, using: &generator)), using: &generator)) + 1
            guard let a = WideDecimal(digits: String(x)), let b = WideDecimal(digits: String(y)) else {
                Issue.record("unparsable \(x) or \(y)")
                continue
            }
            let (quotient, remainder) = WideDecimal.referenceQuotientAndRemainder(a, b, exact: true)
            #expect(quotient.description == String(x / y))
            #expect(remainder.description == String(x % y))
        }
    }

    /// Sign flags the reference leaves: -0 + -0 is -0, 0 - -0 is -0, -0 - -0 is +0.
    @Test func negativeZeroFollowsTheReference() {
        let negativeZero = Decimal50(referenceText: "-0") ?? .zero
        #expect(Decimal50.referenceSum(negativeZero, negativeZero)?.isNegative == true)
        #expect(Decimal50.referenceSum(.zero, negativeZero)?.isNegative == true)
        #expect(Decimal50.referenceDifference(.zero, negativeZero)?.isNegative == true)
        #expect(Decimal50.referenceDifference(negativeZero, negativeZero)?.isNegative == false)
        #expect(Decimal50.referenceCompare(negativeZero, .zero) == -1)
        #expect(Decimal50.referenceSum(Decimal50(5), Decimal50(-5))?.isNegative == false)
    }

    @Test func largeDivisorsDivideAsWalkersBigInt() {
        for (dividend, divisor, quotient, remainder) in WalkerDivisionGolden.rows {
            guard let x = WideDecimal(digits: dividend), let y = WideDecimal(digits: divisor) else {
                Issue.record("unparsable row \(dividend) / \(divisor)")
                continue
            }
            let result = WideDecimal.referenceQuotientAndRemainder(x, y)
            #expect(result.quotient.description == quotient, "\(dividend) / \(divisor)")
            #expect(result.remainder.description == remainder, "\(dividend) % \(divisor)")
        }
    }
}

/// A deterministic generator (SplitMix64), so failures repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
