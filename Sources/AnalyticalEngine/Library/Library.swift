/// The Engine's library of card decks, which `A include from library cards for NAME` draws on.
///
/// The decks are the project's own (not Walker's), each documented in its first cards and
/// in docs/analytical-engine.md; by convention they take arguments and leave results in the
/// 900s of the Store.
enum Library {
    /// The deck a name (already lower-cased) stands for, e.g. `factorial`.
    static func deck(named name: String) -> String? {
        decks[name]
    }

    /// Every deck by name.
    static let decks: [String: String] = [
        "factorial": factorial,
        "gcd": gcd,
    ]
}
