/// The attendant who mounts a chain of cards, as Walker's `Attendant.java` does before the
/// Engine starts (with comment cards kept, the reference's default):
///
/// 1. `A include from library cards for NAME` is replaced by the library deck, between two
///    comment cards (`. Begin interpolation of NAME from library by attendant`).
/// 2. `A set decimal places to n` (or `+n`/`-n`) becomes a comment; `A write numbers with
///    decimal point` becomes a picture; a bare `<` or `>` gets the step count; a number
///    card with a decimal point is scaled (and rounded, with the reference's quirks).
/// 3. Cycles `( … )`, `(? … )`, `{ … }`, `{? … }` and `{? … }{ … }` become combinatorial
///    cards, the cycle cards staying as comments that count in the skips.
///
/// File inclusion (`@file`, `A include cards file`) is not offered: a deck may not read files.
struct Attendant {
    /// A complaint that stops the mounting, at the card it concerns.
    struct Complaint: Error, Sendable, Hashable {
        var origin: CardOrigin
        var message: String
    }

    /// Library decks nest at most this deep, so that a deck including itself stops.
    static let maximumIncludeDepth = 16
    /// A chain holds at most this many cards, and at most `maximumCycles` cycles: translating
    /// a cycle inserts into the chain, so a hostile deck of many cycles would otherwise take
    /// quadratic time before a single card ran.
    static let maximumCards = 100_000
    static let maximumCycles = 2_000

    /// The cards of `text`, with library requests replaced by the library's cards.
    static func load(_ text: String, source: String, depth: Int = 0) throws(Complaint) -> [Card] {
        var chain: [Card] = []
        for card in Card.cards(of: text, source: source) {
            let prefix = "a include from library cards for "
            guard card.text.lowercased().hasPrefix(prefix) else {
                chain.append(card)
                continue
            }
            let requested = card.text.javaSubstring(from: prefix.count).javaTrimmed
            let name = requested.lowercased()
            guard depth < maximumIncludeDepth, let deck = Library.deck(named: name) else {
                throw Complaint(
                    origin: card.origin,
                    message: "I could not find a chain of cards named \(requested) in the library"
                        + (depth < maximumIncludeDepth ? "" : " (library decks nest too deeply)"))
            }
            chain.append(Card(text: ". Begin interpolation of \(requested) from library by attendant", origin: card.origin))
            chain += try load(deck, source: "library \(name)", depth: depth + 1)
            chain.append(Card(text: ". End interpolation of \(requested) from library by attendant", origin: card.origin))
        }
        return chain
    }

    /// Prepares a loaded chain for the card reader: decimal places, then cycles.
    static func examine(_ cards: inout [Card]) throws(Complaint) {
        if cards.count > maximumCards {
            throw Complaint(origin: cards[maximumCards].origin, message: "A chain may hold at most \(maximumCards) cards.")
        }
        if let extra = cards.filter(CycleTranslation.isCycleStart).dropFirst(maximumCycles).first {
            throw Complaint(origin: extra.origin, message: "A chain may hold at most \(maximumCycles) cycles.")
        }
        var fixedPoint = FixedPointTranslation()
        try fixedPoint.translate(&cards)
        var index = 0
        while index < cards.count {
            if CycleTranslation.isCycleStart(cards[index]) {
                try CycleTranslation.translate(&cards, start: index)
            }
            index += 1
        }
    }
}
