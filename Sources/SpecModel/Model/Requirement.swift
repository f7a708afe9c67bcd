/// A requirement (`### REQ-1: Count words`) or an acceptance criterion under one
/// (`#### AC-1.1: Empty input`).
///
/// Criteria are requirements too, with `kind == .criterion` and `parent` set to the requirement
/// they stand under. A requirement may name a parent requirement with a `Parent:` line; its
/// status then rolls up into that parent's.
public struct Requirement: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: Kind
    /// The prose of the requirement, metadata lines removed.
    public var text: String
    /// `Weight: N`; used by `scoring: requirements`. Defaults to 1.
    public var weight: Double
    /// The requirement this one belongs to: the heading above a criterion, or `Parent:`.
    public var parent: String?
    public var location: SourceLocation

    public init(
        id: String, title: String, kind: Kind, text: String = "", weight: Double = 1,
        parent: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.text = text
        self.weight = weight
        self.parent = parent
        self.location = location
    }

    public enum Kind: String, Codable, Sendable, Hashable {
        case requirement
        case criterion
    }
}
