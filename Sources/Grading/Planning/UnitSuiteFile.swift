/// An instructor's unit-test suite as read when the plan was made.
public struct UnitSuiteFile: Sendable, Hashable {
    /// The host path (what the spec names, resolved against its folder).
    public var path: String
    public var bytes: [UInt8]

    /// `test_stats.py`
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
}
