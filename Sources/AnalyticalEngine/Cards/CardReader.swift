/// Reads each card of a mounted chain into an `Instruction`, checking it the way the
/// reference's `processCard` does — but before the run, so that a card the reference would
/// reject only when reached (`Bad number card`, `Bad variable card`, a column past 999, a
/// stepping card past 100, an attendant request it does not understand) rejects the deck.
///
/// As in the reference, text after `. ` (from the second character on) is a comment, and the
/// first character decides the card: `+ - * x × / ÷` operations, `L Z S` variables, `N`
/// numbers, `< >` stepping, `C` combinatorial, `P B H` actions, `A` attendant requests,
/// `D` curve drawing, `T` trace, blank or `.` comments. Any other first character is kept
/// as an unknown card: an abnormality only if the Engine reaches it.
enum CardReader {
    static func compile(_ cards: [Card]) throws(Attendant.Complaint) -> Chain {
        var chain = Chain()
        chain.instructions.reserveCapacity(cards.count)
        for card in cards {
            chain.instructions.append(try read(card, into: &chain))
            chain.cards.append(card)
        }
        Fusion.fuse(&chain.instructions)
        return chain
    }

    private static func read(_ card: Card, into chain: inout Chain) throws(Attendant.Complaint) -> Instruction {
        let raw = card.text
        guard let first = raw.first else { return Instruction(kind: .nothing) }
        let text = withoutComment(raw)
        func complain(_ message: String) -> Attendant.Complaint {
            Attendant.Complaint(origin: card.origin, message: message)
        }
        switch first {
        case "+": return operation(.add)
        case "-": return operation(.subtract)
        case "*", "x", "×": return operation(.multiply)
        case "/", "÷": return operation(.divide)
        case "<", ">":
            guard let places = text.dropFirst().javaInt, (0...100).contains(places) else {
                throw complain("Bad stepping up/down card: the step count must be a whole number from 0 to 100")
            }
            // The reference shifts right for a negative count only, so `>0` steps the ingress up.
            return Instruction(kind: first == "<" || places == 0 ? .stepUp : .stepDown, operand: Int32(places))
        case "L", "Z", "S":
            var column = text.javaSubstring(from: 1).javaTrimmed
            let primed = column.hasSuffix("'")
            if primed { column = String(column.dropLast()).javaTrimmed }
            guard let number = column.javaInt, number >= 0 else {
                throw complain("Bad variable card: expected a column number such as \(first)001 or \(first)001'")
            }
            guard number <= 999 else {
                throw complain("Bad variable card: column \(number) is past the Store's 1000 columns (0-999)")
            }
            let kind: Instruction.Kind
            switch first {
            case "L": kind = primed ? .loadPrimed : .load
            case "Z": kind = .loadAndZero
            default: kind = primed ? .storePrimed : .store
            }
            return Instruction(kind: kind, primed: primed, operand: Int32(number))
        case "N":
            return try number(text, into: &chain, complain: complain)
        case "C":
            return try combinatorial(text, complain: complain)
        case "B": return Instruction(kind: .bell)
        case "P": return Instruction(kind: .print)
        case "H":
            let message = text.dropFirst().javaTrimmed
            if message.isEmpty { return Instruction(kind: .halt) }
            chain.texts.append(message)
            return Instruction(kind: .halt, table: Int32(chain.texts.count - 1))
        case "D":
            guard text.count < 2 || "XY+-".contains(text.dropFirst().first ?? " ") else {
                throw complain("Bad curve drawing card: expected DX, DY, D+ or D-")
            }
            return Instruction(kind: .nothing)
        case "A":
            return try attendantRequest(raw, into: &chain, complain: complain)
        case "T", " ", ".": return Instruction(kind: .nothing)
        default: return Instruction(kind: .unknown)
        }
    }

    /// The card up to a `. ` found from its second character on, trimmed; the whole card
    /// otherwise (untrimmed, as the reference leaves it).
    private static func withoutComment(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var index = 1
        while index + 1 < scalars.count {
            if scalars[index] == "." && scalars[index + 1] == " " {
                return String(String.UnicodeScalarView(scalars[..<index])).javaTrimmed
            }
            index += 1
        }
        return text
    }

    private static func operation(_ operation: Mill.Operation) -> Instruction {
        Instruction(kind: .operation, operand: Int32(operation.rawValue))
    }

    private static func number(
        _ text: String, into chain: inout Chain, complain: (String) -> Attendant.Complaint
    ) throws(Attendant.Complaint) -> Instruction {
        let tokens = text.dropFirst().javaTokens
        guard tokens.count == 2, let column = tokens[0].javaInt else {
            throw complain("Bad number card: expected a column and a number, such as N001 -42")
        }
        guard (0...999).contains(column) else {
            throw complain("Bad number card: column \(column) is past the Store's 1000 columns (0-999)")
        }
        let digits = tokens[1].hasPrefix("+") ? tokens[1].dropFirst() : tokens[1]
        guard let value = Decimal50(referenceText: digits), !value.reaches10e50 else {
            throw complain("Bad number card: \(tokens[1]) is not a whole number of at most 50 digits")
        }
        chain.numbers.append(value)
        return Instruction(kind: .number, operand: Int32(column), table: Int32(chain.numbers.count - 1))
    }

    private static func combinatorial(
        _ text: String, complain: (String) -> Attendant.Complaint
    ) throws(Attendant.Complaint) -> Instruction {
        let characters = Array(text)
        guard characters.count >= 4, characters[1] == "F" || characters[1] == "B",
            "?1+".contains(characters[2])
        else {
            throw complain("Bad combinatorial card: expected CF+n, CB+n, CF?n or CB?n")
        }
        guard let count = String(characters[3...]).javaTrimmed.javaInt else {
            throw complain("Bad combinatorial card cycle length: \(String(characters[3...])) is not a whole number")
        }
        let conditional = characters[2] == "?"
        let kind: Instruction.Kind =
            characters[1] == "F"
            ? (conditional ? .forwardIfRunUp : .forward) : (conditional ? .backwardIfRunUp : .backward)
        return Instruction(kind: kind, operand: Int32(count))
    }

    /// `A write …` requests, read from the whole card (comments included, as the reference
    /// reads them): `numbers as PICTURE`, `annotation TEXT`, `in columns`, `in rows`,
    /// `new line`.
    private static func attendantRequest(
        _ raw: String, into chain: inout Chain, complain: (String) -> Attendant.Complaint
    ) throws(Attendant.Complaint) -> Instruction {
        let lowered = raw.lowercased()
        guard lowered.dropFirst().hasPrefix(" write ") else {
            throw complain("I do not understand this request for attendant action.")
        }
        let request = lowered.dropFirst(8)
        if request.hasPrefix("numbers as ") {
            let picture = raw.javaSubstring(from: 19)
            if picture.isEmpty { return Instruction(kind: .picture) }
            chain.pictures.append(NumberPicture(picture))
            return Instruction(kind: .picture, table: Int32(chain.pictures.count - 1))
        }
        if request.hasPrefix("annotation ") {
            chain.texts.append(raw.javaSubstring(from: 19))
            return Instruction(kind: .annotation, table: Int32(chain.texts.count - 1))
        }
        if request.hasPrefix("in columns") { return Instruction(kind: .writeInColumns) }
        if request.hasPrefix("in rows") { return Instruction(kind: .writeInRows) }
        if request.hasPrefix("new line") { return Instruction(kind: .newLine) }
        throw complain("I do not understand this request for attendant action.")
    }
}
