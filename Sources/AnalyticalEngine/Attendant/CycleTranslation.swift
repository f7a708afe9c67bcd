/// The attendant's translation of cycles into combinatorial cards, as `translateCycle` in
/// `Attendant.java` does it with comment cards kept:
///
/// - `(` … `)` becomes `. ( Translated by attendant` … `CB+n` `. ) Translated by attendant`,
///   a loop back to the first card of the body; `(?` gives `CB?n`, repeating only while the
///   run-up lever is raised.
/// - `{?` … `}` inserts `CF?n` after the opening card: the body is skipped when the lever is
///   raised (`{` skips it always); `{?` A `}{` B `}` runs B when the lever is raised, else A,
///   with a `CF+n` after the `}{` card jumping over B.
/// - Cycles nest; the skip counts include the comment cards, exactly as in the reference.
enum CycleTranslation {
    /// Cycles nest at most this deep: the translation recurses, and a hostile deck of
    /// thousands of `(` cards must not exhaust a grading task's stack.
    static let maximumDepth = 200

    static func isCycleStart(_ card: Card) -> Bool {
        card.text.hasPrefix("(") || card.text.hasPrefix("{")
    }

    static func isCycleEnd(_ card: Card) -> Bool {
        card.text.hasPrefix(")") || card.text.hasPrefix("}")
    }

    static func translate(_ cards: inout [Card], start: Int, depth: Int = 0) throws(Attendant.Complaint) {
        let opening = cards[start]
        guard depth < maximumDepth else {
            throw Attendant.Complaint(origin: opening.origin, message: "Cycles nest more than \(maximumDepth) deep.")
        }
        let isLoop = opening.text.hasPrefix("(")
        let conditional = opening.text.dropFirst().first == "?"
        let kind = conditional ? "?" : "+"
        cards[start].text = ". \(opening.text) Translated by attendant"
        var index = start + 1
        while index < cards.count {
            if isCycleStart(cards[index]) { try translate(&cards, start: index, depth: depth + 1) }
            let closing = cards[index]
            if isCycleEnd(closing) {
                let isElse = closing.text.hasPrefix("}{")
                guard closing.text.hasPrefix(isLoop ? ")" : "}") else {
                    throw Attendant.Complaint(
                        origin: closing.origin,
                        message: "End of cycle does not match \(isLoop ? "(" : "{") beginning on card \(start)")
                }
                cards[index].text = ". \(closing.text) Translated by attendant"
                if isLoop {
                    cards.insert(Card(text: "CB\(kind)\(index - start)", origin: .attendant), at: index)
                } else {
                    cards.insert(
                        Card(text: "CF\(kind)\((isElse ? 1 : 0) + index - start)", origin: .attendant), at: start + 1)
                    if isElse { try translateElse(&cards, elseCard: index, depth: depth) }
                }
                return
            }
            index += 1
        }
        throw Attendant.Complaint(origin: opening.origin, message: "No matching end of cycle.")
    }

    /// The `}{ … }` branch whose `}{` card was at `elseCard` before the `CF` card went in.
    /// Without a closing `}` the reference quietly leaves the branch as it is; so does this.
    private static func translateElse(_ cards: inout [Card], elseCard: Int, depth: Int) throws(Attendant.Complaint) {
        var index = elseCard + 1
        while index < cards.count {
            if isCycleStart(cards[index]) { try translate(&cards, start: index, depth: depth + 1) }
            let closing = cards[index]
            if isCycleEnd(closing) {
                guard closing.text.hasPrefix("}") else {
                    throw Attendant.Complaint(
                        origin: closing.origin,
                        message: "End of else cycle does not match { beginning on card \(elseCard)")
                }
                cards[index].text = ". \(closing.text) Translated by attendant"
                cards.insert(Card(text: "CF+\(index - elseCard - 1)", origin: .attendant), at: elseCard + 2)
                return
            }
            index += 1
        }
    }
}
