/// A mounted chain of cards, compiled: the instructions the card reader steps through, the
/// tables they refer to, and where each card came from for messages.
struct Chain: Sendable {
    var instructions: [Instruction] = []
    /// Each instruction's card, for messages ("deck.ae:12: card chain fell on floor").
    var cards: [Card] = []
    var numbers: [Decimal50] = []
    var texts: [String] = []
    /// Number pictures as `PrintingApparatus` reads them.
    var pictures: [NumberPicture] = []
}
