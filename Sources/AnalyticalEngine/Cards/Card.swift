/// One card of a chain as the attendant holds it: its text (without the line end) and where
/// it came from, e.g. `Card(text: "L001", origin: CardOrigin(source: "deck.ae", line: 4))`.
struct Card: Sendable, Hashable {
    var text: String
    var origin: CardOrigin
}

/// Where a card came from: a line of a file, of the test's input deck, of a library deck, or
/// a card the attendant punched while translating a cycle (line 0).
public struct CardOrigin: Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int

    public init(source: String, line: Int) {
        self.source = source
        self.line = line
    }

    /// The attendant's own cards (the combinatorial cards of a translated cycle).
    static let attendant = CardOrigin(source: "attendant", line: 0)

    /// `deck.ae:12`, or `attendant` for a card the attendant punched.
    public var description: String { line > 0 ? "\(source):\(line)" : source }
}

extension Card {
    /// The cards of a deck file, one per line as the reference reads them (its
    /// `LineNumberInputStream`): a line ends at `\n`, `\r\n` or a lone `\r`; a last line
    /// without one still counts; an empty line is a (blank) comment card.
    ///
    /// A file that is valid UTF-8 is read as UTF-8; any other is read as Latin-1, a byte a
    /// character, as the reference reads every file (so its `×` and `÷`, single bytes D7 and
    /// F7, are the operations they are there).
    static func cards(of bytes: [UInt8], source: String) -> [Card] {
        cards(of: DeckText.decode(bytes), source: source)
    }

    /// The cards of a deck's text, split as `cards(of:source:)` splits a file's.
    static func cards(of text: String, source: String) -> [Card] {
        var cards: [Card] = []
        var line = String.UnicodeScalarView()
        var pendingReturn = false
        func finish() {
            cards.append(Card(text: String(line), origin: CardOrigin(source: source, line: cards.count + 1)))
            line = String.UnicodeScalarView()
        }
        // By scalars: as Characters, "\r\n" is one grapheme.
        for scalar in text.unicodeScalars {
            if pendingReturn {
                pendingReturn = false
                if scalar == "\n" { continue }
            }
            switch scalar {
            case "\n": finish()
            case "\r":
                finish()
                pendingReturn = true
            default: line.append(scalar)
            }
        }
        if !line.isEmpty { finish() }
        return cards
    }
}
