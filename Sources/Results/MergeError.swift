/// Shard reports that cannot be combined into one run, and why.
public struct MergeError: Error, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { "cannot merge: \(reason)" }
}
