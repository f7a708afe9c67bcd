/// Where a deck's attendant may fetch more cards: `A include cards PATH` (or `@PATH`) from
/// files in the deck's own folder, `A include from library cards for NAME` from library
/// folders after the shipped library.
///
///     DeckSources(folder: "/stage/alice", libraries: ["/course/engine-spec/lib"])
public struct DeckSources: Sendable, Hashable {
    /// The folder the compiled deck lies in (its path is relative to it): includes resolve
    /// against the including deck's folder and may not leave this one. Nil: a deck may not
    /// include files.
    public var folder: String?
    /// Folders searched in order for `NAME.ae` when the shipped library has no deck `NAME`.
    /// A library deck's own file includes stay within its library folder.
    public var libraries: [String]

    public init(folder: String? = nil, libraries: [String] = []) {
        self.folder = folder
        self.libraries = libraries
    }
}
