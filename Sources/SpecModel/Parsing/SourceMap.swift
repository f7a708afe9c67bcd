/// Where each field of a parsed spec was written, for diagnostics that point at the field
/// itself rather than at the block holding it (the second item of a test's `covers`, the
/// `Parent:` line of a requirement).
///
/// Kept beside the model rather than in it: reports and grading need only the model.
struct SourceMap: Sendable {
    /// A field of the spec, of one requirement or of one test, by its index in document order.
    struct Key: Hashable, Sendable {
        enum Owner: Hashable, Sendable {
            case spec
            case requirement(Int)
            case test(Int)
        }

        var owner: Owner
        /// The field's name as written: `covers`, `stdout_regex`, `Parent`.
        var field: String
        /// The item of a list field.
        var item: Int?

        init(_ owner: Owner, _ field: String, item: Int? = nil) {
            self.owner = owner
            self.field = field
            self.item = item
        }
    }

    private var entries: [Key: SourceLocation] = [:]

    subscript(key: Key) -> SourceLocation? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    /// The field's position, or `fallback` (the block or heading it stands in).
    func location(_ key: Key, or fallback: SourceLocation) -> SourceLocation {
        entries[key] ?? fallback
    }

    /// Entries of `other` added; the maps of different blocks hold different keys.
    mutating func merge(_ other: SourceMap) {
        entries.merge(other.entries) { _, new in new }
    }
}
