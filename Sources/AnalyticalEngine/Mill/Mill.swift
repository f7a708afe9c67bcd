/// The Mill: two ingress axes and a primed one, the main and primed egress axes, the run-up
/// lever and the operation the last operation card set, behaving as Walker's `Mill.java`.
///
/// 1. Every second unprimed load cranks the mill (`+`, `L001`, `L002` adds), even with no
///    operation set (then the result is the value last loaded).
/// 2. The first unprimed load clears the primed ingress axis, so `L'` comes after it.
/// 3. Addition past 10^50 wraps and raises the lever, as does a change of the first
///    operand's sign; negative overflow of addition (and positive of subtraction) is not
///    checked, leaving a value past 50 digits in the egress axis, as the reference does.
/// 4. Multiplication leaves the digits above 10^50 on the primed egress axis (a product of
///    exactly 10^50 stays whole on the main one); division puts the quotient on the primed
///    egress axis and the remainder on the main one, truncating toward zero; division by zero
///    or a quotient past 10^50 raises the lever and leaves zeros.
struct Mill {
    enum Operation: UInt8 {
        case none, add, subtract, multiply, divide
    }

    /// Why the mill cannot go on, where the reference would have crashed or needed digits
    /// the Engine's columns do not have.
    enum Fault: Error, Equatable {
        /// A value reached 10^54, past what a column holds.
        case capacity
        /// The divisor was a negative zero: the reference's `BigInt` throws.
        case divisionByNegativeZero
    }

    var ingress = Decimal50.zero
    var secondIngress = Decimal50.zero
    var primedIngress = Decimal50.zero
    /// After a step up, the digits above 10^50 may be more than a column holds; then they
    /// are here and `primedIngressIsWide` is set. Only division and stepping read them.
    var widePrimedIngress = WideDecimal()
    var primedIngressIsWide = false
    var egress = Decimal50.zero
    var primedEgress = Decimal50.zero
    /// The axes a value can be read from.
    enum Axis: UInt8 {
        case ingress, secondIngress, primedIngress, egress, primedEgress
    }

    /// The axis the printer reads: the one a value was last moved into, out of or produced
    /// on. A tag rather than a copy, which saves a copy on every load and store.
    var current = Axis.egress
    var operation = Operation.none
    var loadsSinceCrank = 0
    var runUp = false

    mutating func setOperation(_ newOperation: Operation) {
        operation = newOperation
        loadsSinceCrank = 0
    }

    /// The value of the current axis, what `P` prints.
    var currentAxis: Decimal50 {
        switch current {
        case .ingress: return ingress
        case .secondIngress: return secondIngress
        case .primedIngress: return primedIngress
        case .egress: return egress
        case .primedEgress: return primedEgress
        }
    }

    mutating func transferIn(_ value: Decimal50, primed: Bool) throws(Fault) {
        if primed {
            primedIngress = value
            primedIngressIsWide = false
            current = .primedIngress
        } else if loadsSinceCrank == 0 {
            ingress = value
            primedIngress = .zero
            primedIngressIsWide = false
            loadsSinceCrank = 1
            current = .ingress
        } else {
            secondIngress = value
            current = .secondIngress
            try crank(ingress, value)
        }
    }

    mutating func transferOut(primed: Bool) -> Decimal50 {
        current = primed ? .primedEgress : .egress
        return primed ? primedEgress : egress
    }

    /// `op`, `L a`, `L b` in one go, returning the result (also on the egress axis) so that a
    /// fused `S` stores it without reading the axis back. The operands travel as arguments:
    /// reading back a value just written field by field stalls the processor.
    mutating func statement(_ newOperation: Operation, first: Decimal50, second: Decimal50) throws(Fault) -> Decimal50 {
        operation = newOperation
        return try loadBoth(first, second)
    }

    /// Two unprimed loads when none is pending: both ingress axes, then the crank.
    @discardableResult
    mutating func loadBoth(_ first: Decimal50, _ second: Decimal50) throws(Fault) -> Decimal50 {
        ingress = first
        primedIngress = .zero
        primedIngressIsWide = false
        secondIngress = second
        current = .secondIngress
        return try crank(first, second)
    }

    /// Cranks with `x` on the ingress axis and `y` on the second.
    @discardableResult
    private mutating func crank(_ x: Decimal50, _ y: Decimal50) throws(Fault) -> Decimal50 {
        runUp = false
        var result: Decimal50
        switch operation {
        case .add:
            if let small = x.smallInteger, let other = y.smallInteger {
                // Counters and small numbers: no sign-flag cases, no wrap (below 2 * 10^18).
                let sum = small + other
                runUp = small >= 0 && sum < 0
                primedEgress = .zero
                return finishCrank(Decimal50(smallInteger: sum))
            }
            guard let sum = Decimal50.referenceSum(x, y) else { throw .capacity }
            result = sum
            if !result.isNegative && result.reaches10e50 {
                runUp = true
                result.high -= Decimal50.topOf10e50
            } else if !x.isNegative && result.isNegative {
                runUp = true
            }
            primedEgress = .zero
        case .subtract:
            if let small = x.smallInteger, let other = y.smallInteger {
                let difference = small - other
                runUp = small >= 0 && difference < 0
                primedEgress = .zero
                return finishCrank(Decimal50(smallInteger: difference))
            }
            guard let difference = Decimal50.referenceDifference(x, y) else { throw .capacity }
            result = difference
            if result.isNegative && result.reaches10e50 {
                runUp = true
                result.high -= Decimal50.topOf10e50
                result.isNegative = false
            } else if !x.isNegative && result.isNegative {
                runUp = true
            }
            primedEgress = .zero
        case .multiply:
            result = try multiply()
        case .divide:
            result = try divide()
        case .none:
            result = currentAxis
        }
        return finishCrank(result)
    }

    /// The result goes to the main egress axis, which the printer now reads.
    private mutating func finishCrank(_ result: Decimal50) -> Decimal50 {
        egress = result
        current = .egress
        loadsSinceCrank = 0
        return result
    }

    @inline(never)
    private mutating func multiply() throws(Fault) -> Decimal50 {
        guard let product = WideDecimal.referenceProduct(WideDecimal(ingress), WideDecimal(secondIngress)) else {
            throw .capacity
        }
        if WideDecimal.compareMagnitudes(product, Mill.modulus) > 0 {
            let (upper, lower) = try Mill.split(product)
            primedEgress = upper
            return lower
        }
        primedEgress = .zero
        return try Mill.narrow(product)
    }

    @inline(never)
    private mutating func divide() throws(Fault) -> Decimal50 {
        let dividend = try joinedIngress()
        if secondIngress.isZero {
            if secondIngress.isNegative { throw .divisionByNegativeZero }
            primedEgress = .zero
            runUp = true
            return .zero
        }
        let (quotient, remainder) = WideDecimal.referenceQuotientAndRemainder(dividend, WideDecimal(secondIngress))
        if WideDecimal.compareMagnitudes(quotient, Mill.modulus) > 0 {
            primedEgress = .zero
            runUp = true
            return .zero
        }
        primedEgress = try Mill.narrow(quotient)
        return try Mill.narrow(remainder)
    }

    /// `>n`: the egress axes, as one number, divided by 10^n (toward zero) and split again.
    @inline(never)
    mutating func stepDown(_ places: Int) throws(Fault) {
        let value = try Mill.join(lower: egress, upper: primedEgress)
        let (shifted, _) = WideDecimal.referenceQuotientAndRemainder(value, WideDecimal.powerOf10(places))
        if Mill.isExactlyModulus(shifted) {
            egress = .tenToThe50
            primedEgress = .zero
        } else {
            (primedEgress, egress) = try Mill.split(shifted)
        }
        current = .egress
    }

    /// `<n`: the dividend in the ingress axes, as one number, multiplied by 10^n and split again.
    @inline(never)
    mutating func stepUp(_ places: Int) throws(Fault) {
        let value = try joinedIngress()
        guard let shifted = WideDecimal.referenceProduct(value, WideDecimal.powerOf10(places)) else {
            throw .capacity
        }
        primedIngressIsWide = false
        if Mill.isExactlyModulus(shifted) {
            ingress = .tenToThe50
            primedIngress = .zero
        } else {
            let (upper, lower) = WideDecimal.referenceQuotientAndRemainder(shifted, Mill.modulus)
            ingress = try Mill.narrow(lower)
            if let narrowed = upper.narrowed {
                primedIngress = narrowed
            } else {
                widePrimedIngress = upper
                primedIngressIsWide = true
            }
        }
        current = .ingress
    }

    /// The dividend: the ingress axis plus the primed one times 10^50.
    private func joinedIngress() throws(Fault) -> WideDecimal {
        guard primedIngressIsWide else { return try Mill.join(lower: ingress, upper: primedIngress) }
        guard let scaled = WideDecimal.referenceProduct(widePrimedIngress, Mill.modulus),
            let joined = WideDecimal.referenceSum(WideDecimal(ingress), scaled)
        else { throw .capacity }
        return joined
    }

    private static let modulus = WideDecimal(.tenToThe50)

    private static func isExactlyModulus(_ value: WideDecimal) -> Bool {
        !value.isNegative && WideDecimal.compareMagnitudes(value, modulus) == 0
    }

    /// `lower + upper * 10^50` as the reference forms it (an upper axis of either zero is skipped).
    private static func join(lower: Decimal50, upper: Decimal50) throws(Fault) -> WideDecimal {
        if upper.isZero { return WideDecimal(lower) }
        guard let scaled = WideDecimal.referenceProduct(WideDecimal(upper), modulus),
            let joined = WideDecimal.referenceSum(WideDecimal(lower), scaled)
        else { throw .capacity }
        return joined
    }

    /// The digits above and below 10^50, signed as `BigInt.divide(value, 10^50)` signs them.
    private static func split(_ value: WideDecimal) throws(Fault) -> (upper: Decimal50, lower: Decimal50) {
        let (upper, lower) = WideDecimal.referenceQuotientAndRemainder(value, modulus)
        return (try narrow(upper), try narrow(lower))
    }

    private static func narrow(_ value: WideDecimal) throws(Fault) -> Decimal50 {
        guard let narrowed = value.narrowed else { throw .capacity }
        return narrowed
    }
}
