/// The attendant who mounts a chain of cards, as Walker's `Attendant.java` does before the
/// Engine starts (with comment cards kept, the reference's default):
///
/// 1. `A include cards PATH` (or `@PATH`) is replaced by the cards of that file, between two
///    comment cards (`. Begin interpolation of PATH by attendant`); `A include from library
///    cards for NAME` by the library deck (`. Begin interpolation of NAME from library by
///    attendant`). Those comment cards count in skips, as the reference's do.
/// 2. `A set decimal places to n` (or `+n`/`-n`) becomes a comment; `A write numbers with
///    decimal point` becomes a picture; a bare `<` or `>` gets the step count; a number
///    card with a decimal point is scaled (and rounded, with the reference's quirks).
/// 3. Cycles `( … )`, `(? … )`, `{ … }`, `{? … }` and `{? … }{ … }` become combinatorial
///    cards, the cycle cards staying as comments that count in the skips.
///
/// A file is included from the including deck's folder and only from within the folder the
/// deck was given in (`DeckSources.folder`), never from beside or above it.
struct Attendant {
    /// A complaint that stops the mounting, at the card it concerns.
    struct Complaint: Error, Sendable, Hashable {
        var origin: CardOrigin
        var message: String
    }

    /// Included decks nest at most this deep, so that a deck including itself stops.
    static let maximumIncludeDepth = 16
    /// A chain holds at most this many cards, and at most `maximumCycles` cycles: translating
    /// a cycle inserts into the chain, so a hostile deck of many cycles would otherwise take
    /// quadratic time before a single card ran.
    static let maximumCards = 100_000
    static let maximumCycles = 2_000

    /// Where the cards being loaded may include more from: the folder of their file (nil for
    /// a deck without one, such as a test's input deck, which may not include files) and the
    /// library folders.
    struct Reach: Sendable {
        var place: CardFile.Place?
        var libraries: [String]
    }

    /// The cards of `cards`, with every include request replaced by the cards it names.
    static func load(_ cards: [Card], reach: Reach, depth: Int = 0) throws(Complaint) -> [Card] {
        var chain: [Card] = []
        for card in cards {
            let lowered = card.text.lowercased()
            let shortForm = card.text.hasPrefix("@")
            let libraryPrefix = "a include from library cards for "
            if card.text.count > 1 && (shortForm || lowered.hasPrefix("a include cards ")) {
                let request = card.text.javaSubstring(from: shortForm ? 1 : 16)
                try checkDepth(depth, at: card)
                chain.append(Card(text: ". Begin interpolation of \(request) by attendant", origin: card.origin))
                chain += try include(request, at: card, reach: reach, depth: depth)
                chain.append(Card(text: ". End interpolation of \(request) by attendant", origin: card.origin))
            } else if lowered.hasPrefix(libraryPrefix) {
                let requested = card.text.javaSubstring(from: libraryPrefix.count).javaTrimmed
                try checkDepth(depth, at: card)
                chain.append(
                    Card(text: ". Begin interpolation of \(requested) from library by attendant", origin: card.origin))
                chain += try includeLibrary(requested, at: card, reach: reach, depth: depth)
                chain.append(
                    Card(text: ". End interpolation of \(requested) from library by attendant", origin: card.origin))
            } else {
                chain.append(card)
            }
            if chain.count > maximumCards {
                throw Complaint(origin: card.origin, message: "A chain may hold at most \(maximumCards) cards.")
            }
        }
        return chain
    }

    private static func checkDepth(_ depth: Int, at card: Card) throws(Complaint) {
        guard depth < maximumIncludeDepth else {
            throw Complaint(
                origin: card.origin,
                message: "Included decks nest more than \(maximumIncludeDepth) deep; does a deck include itself?")
        }
    }

    /// The cards of the file `request` names, relative to the including deck's folder.
    private static func include(_ request: String, at card: Card, reach: Reach, depth: Int) throws(Complaint) -> [Card]
    {
        guard let place = reach.place else {
            throw Complaint(
                origin: card.origin,
                message: "\(card.origin.source == "stdin" ? "A test's input deck" : "This deck") cannot include files "
                    + "(it has no folder); put the cards in the deck itself or in a library deck")
        }
        let bytes: [UInt8]
        let relative: String
        do throws(CardFile.Refusal) {
            relative = try CardFile.relativePath(of: request, in: place)
            bytes = try CardFile.read(relative, root: place.root)
        } catch {
            throw Complaint(origin: card.origin, message: refusal(error, request: request))
        }
        let included = Reach(place: place.folder(of: relative), libraries: reach.libraries)
        return try load(Card.cards(of: bytes, source: relative), reach: included, depth: depth + 1)
    }

    private static func refusal(_ refusal: CardFile.Refusal, request: String) -> String {
        switch refusal {
        case .missing:
            return "I could not find the file of cards named \(request)"
        case .outside:
            return "I may not fetch the file of cards named \(request): it lies outside the deck's folder, "
                + "and a deck may include only files within its own folder"
        case .unreadable(let why):
            return "I could not read the file of cards named \(request): \(why)"
        }
    }

    /// The library deck `requested` names: the shipped library's, else `NAME.ae` in the first
    /// library folder that has it. Names are checked as the reference checks them (letters,
    /// digits, `-` and `_`), so a name never leaves its folder.
    private static func includeLibrary(
        _ requested: String, at card: Card, reach: Reach, depth: Int
    ) throws(Complaint) -> [Card] {
        let name = requested.lowercased()
        let notFound = Complaint(
            origin: card.origin, message: "I could not find a chain of cards named \(requested) in the library")
        if let deck = Library.deck(named: name) {
            return try load(
                Card.cards(of: deck, source: "library \(name)"), reach: Reach(place: nil, libraries: reach.libraries),
                depth: depth + 1)
        }
        let valid =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy { "abcdefghijklmnopqrstuvwxyz-_0123456789".unicodeScalars.contains($0) }
        guard valid else { throw notFound }
        for folder in reach.libraries {
            let bytes: [UInt8]
            do throws(CardFile.Refusal) {
                bytes = try CardFile.read(name + ".ae", root: folder)
            } catch {
                if case .missing = error { continue }
                throw Complaint(
                    origin: card.origin, message: refusal(error, request: "\(name).ae in the library \(folder)"))
            }
            let reach = Reach(place: CardFile.Place(root: folder, directory: ""), libraries: reach.libraries)
            return try load(Card.cards(of: bytes, source: "library \(name)"), reach: reach, depth: depth + 1)
        }
        throw notFound
    }

    /// Prepares a loaded chain for the card reader: decimal places, then cycles.
    static func examine(_ cards: inout [Card]) throws(Complaint) {
        if cards.count > maximumCards {
            throw Complaint(
                origin: cards[maximumCards].origin, message: "A chain may hold at most \(maximumCards) cards.")
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
