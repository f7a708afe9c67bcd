/// A program the Engine can run: a mounted card deck (`.ae`) or an assembled register
/// program (`.bab`). A plain value, safe to share between concurrent runs.
public enum EngineProgram: Sendable {
    case deck(Deck)
    case registers(RegisterProgram)

    /// A card deck as compiled: its cards with every include in place (remounted behind a
    /// test's input deck), the library folders an input deck may draw on, and its chain.
    public struct Deck: Sendable {
        let cards: [Card]
        let libraries: [String]
        let chain: Chain
    }
}
