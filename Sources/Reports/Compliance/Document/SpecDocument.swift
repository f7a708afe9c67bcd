import SpecModel

/// The `spec` object of `compliance.json`: the whole spec, so a report stands on its own.
struct SpecDocument: Decodable {
    var id: String
    var title: String
    var languages: [String]
    var scoring: Spec.Scoring
    var limits: LimitsDocument
    var compare: ComparisonDocument
    var description: String
    var requirements: [RequirementDocument]
    var tests: [TestCaseDocument]
    var path: String
    var baseDirectory: String

    enum CodingKeys: String, CodingKey {
        case id, title, languages, scoring, limits, compare, description, requirements, tests, path
        case baseDirectory = "base_directory"
    }

    func model() -> Spec {
        Spec(
            id: id, title: title, languages: languages, scoring: scoring, limits: limits.model(),
            compare: compare.model(), description: description,
            requirements: requirements.map { $0.model() }, tests: tests.map { $0.model() },
            path: path, baseDirectory: baseDirectory)
    }
}
