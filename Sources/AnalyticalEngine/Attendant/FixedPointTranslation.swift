/// The attendant's fixed-point expansions, as `translateFixedPoint` in `Attendant.java`:
///
/// - `A set decimal places to 5` (or `+2`, `-1` after an absolute setting) sets the places
///   and becomes a comment card;
/// - `A write numbers with decimal point` becomes `A write numbers as 9.99999`;
/// - a bare `<` or `>` becomes `<5 . Step count added by attendant`;
/// - `N010 3.14159` becomes `N010 314159 . Decimal expansion by attendant` — digits past the
///   places are dropped, rounding up on a first dropped digit of 5 or more by adding one to
///   the kept digits as an integer (so `0.0049` at three places becomes `0.500`, as the
///   reference has it).
struct FixedPointTranslation {
    /// The places set so far; -1 before any `A set decimal places`.
    private var decimalPlaces = -1

    private static let unsetPlaces = """
        I cannot add the number of decimal places because
        you have not instructed me how many decimal
        places to use in a prior "A set decimal places" instruction.
        """

    mutating func translate(_ cards: inout [Card]) throws(Attendant.Complaint) {
        for index in cards.indices {
            let card = cards[index]
            let lowered = card.text.lowercased()
            if lowered.hasPrefix("a set decimal places to ") {
                decimalPlaces = try places(in: lowered.javaSubstring(from: 24).javaTrimmed, card: card)
                cards[index].text = ". " + card.text
            } else if lowered.hasPrefix("a write numbers with decimal point") {
                guard decimalPlaces >= 0 else {
                    throw Attendant.Complaint(origin: card.origin, message: Self.unsetPlaces)
                }
                cards[index].text = "A write numbers as 9." + String(repeating: "9", count: decimalPlaces)
            } else if (lowered.hasPrefix("<") || lowered.hasPrefix(">")) && lowered.javaTrimmed.count == 1 {
                guard decimalPlaces >= 0 else {
                    throw Attendant.Complaint(origin: card.origin, message: Self.unsetPlaces)
                }
                cards[index].text += "\(decimalPlaces) . Step count added by attendant"
            } else if lowered.hasPrefix("n") {
                let tokens = lowered.dropFirst().javaTokens
                guard tokens.count == 2, let point = tokens[1].firstIndex(of: ".") else { continue }
                guard decimalPlaces >= 0 else {
                    throw Attendant.Complaint(origin: card.origin, message: Self.unsetPlaces)
                }
                let fraction = try scaledFraction(String(tokens[1][tokens[1].index(after: point)...]), card: card)
                cards[index].text = "N\(tokens[0]) \(tokens[1][..<point])\(fraction) . Decimal expansion by attendant"
            }
        }
    }

    /// The new setting an `A set decimal places to` card asks for.
    private func places(in specification: String, card: Card) throws(Attendant.Complaint) -> Int {
        var text = Substring(specification)
        var direction = 0
        if let sign = text.first, sign == "+" || sign == "-" {
            guard decimalPlaces >= 0 else {
                throw Attendant.Complaint(
                    origin: card.origin,
                    message: "I cannot accept a relative decimal place setting\nwithout a prior absolute setting.")
            }
            direction = sign == "+" ? 1 : -1
            text = text.dropFirst()
        }
        guard let amount = text.javaInt else {
            throw Attendant.Complaint(
                origin: card.origin, message: "I cannot find the number of decimal places you wish to use.")
        }
        let places = direction == 0 ? amount : decimalPlaces + amount * direction
        guard (0...50).contains(places) else {
            throw Attendant.Complaint(
                origin: card.origin, message: "I can only set the decimal place between 0 and 50 digits.")
        }
        return places
    }

    /// The digits after the point, cut or padded to the places set.
    private func scaledFraction(_ digits: String, card: Card) throws(Attendant.Complaint) -> String {
        var fraction = digits
        let characters = Array(digits)
        if characters.count > decimalPlaces {
            let kept = String(characters[..<decimalPlaces])
            if decimalPlaces > 0, let next = characters[decimalPlaces].wholeNumberValue, next >= 5,
                characters[decimalPlaces].isASCII
            {
                guard let value = Decimal50(referenceText: kept),
                    let bumped = Decimal50.referenceSum(value, Decimal50(1))
                else {
                    throw Attendant.Complaint(
                        origin: card.origin, message: "Bad number card: \(digits) is not a decimal fraction")
                }
                fraction = bumped.description
            } else {
                fraction = kept
            }
        }
        return fraction + String(repeating: "0", count: max(0, decimalPlaces - fraction.count))
    }
}
