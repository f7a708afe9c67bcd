/// What a spec holds, as `specgrade check` prints it:
/// `Specs/word-count.md: 4 requirements, 6 criteria, 12 tests, 20 points`.
public struct SpecSummary: Codable, Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var requirements: Int
    public var criteria: Int
    public var tests: Int
    public var hiddenTests: Int
    /// The sum of the tests' points.
    public var points: Double

    public init(_ spec: Spec) {
        id = spec.id
        requirements = spec.requirements.filter { $0.kind == .requirement }.count
        criteria = spec.requirements.filter { $0.kind == .criterion }.count
        tests = spec.tests.count
        hiddenTests = spec.tests.filter(\.hidden).count
        points = spec.tests.reduce(0) { $0 + $1.points }
    }

    /// `4 requirements, 6 criteria, 12 tests (3 hidden), 20 points`.
    public var description: String {
        var parts = [
            Self.count(requirements, "requirement"), Self.count(criteria, "criterion", plural: "criteria"),
            Self.count(tests, "test"),
        ]
        if hiddenTests > 0 { parts[2] += " (\(hiddenTests) hidden)" }
        parts.append(points == 1 ? "1 point" : "\(points.formatted) points")
        return parts.joined(separator: ", ")
    }

    private static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
