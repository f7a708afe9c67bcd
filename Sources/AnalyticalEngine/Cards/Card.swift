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
    /// The cards of a deck's text, one per line as the reference reads them: lines end at
    /// `\n`, a last line without one still counts, an empty line is a (blank) comment card.
    /// A `\r` before the `\n` is dropped, so decks saved with CRLF line ends read the same.
    static func cards(of text: String, source: String) -> [Card] {
        // By scalars: as Characters, "\r\n" is one grapheme and would not split at "\n".
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.enumerated().map { index, line in
            let trimmed = line.last == "\r" ? line.dropLast() : line
            return Card(text: String(trimmed), origin: CardOrigin(source: source, line: index + 1))
        }
    }
}
