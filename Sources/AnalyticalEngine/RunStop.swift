/// How a run in the Engine ended.
enum RunStop: Equatable {
    /// A halt card or instruction, or the end of the program.
    case halted
    /// An abnormality: what, and where (`deck.ae:12`), with the card or line text.
    case abnormality(String, place: String)
    /// The card budget or the wall clock ran out; the text says which.
    case timeLimit(String)
    case outputLimit
}
