/// A program the Engine can run: a mounted card deck (`.ae`) or an assembled register
/// program (`.bab`). A plain value, safe to share between concurrent runs.
public enum EngineProgram: Sendable {
    case deck(Deck)
    case registers(RegisterProgram)

    /// A card deck as compiled: its text (remounted behind a test's input deck) and its chain.
    public struct Deck: Sendable {
        let source: String
        let path: String
        let chain: Chain
    }
}
