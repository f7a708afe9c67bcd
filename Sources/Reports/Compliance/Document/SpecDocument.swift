import SpecModel

/// The `spec` object of `compliance.json`: the whole spec, so a report stands on its own.
struct SpecDocument: Codable {
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

    init(_ spec: Spec) {
        id = spec.id
        title = spec.title
        languages = spec.languages
        scoring = spec.scoring
        limits = LimitsDocument(spec.limits)
        compare = ComparisonDocument(spec.compare)
        description = spec.description
        requirements = spec.requirements.map(RequirementDocument.init)
        tests = spec.tests.map(TestCaseDocument.init)
        path = spec.path
        baseDirectory = spec.baseDirectory
    }

    func model() -> Spec {
        Spec(
            id: id, title: title, languages: languages, scoring: scoring, limits: limits.model(),
            compare: compare.model(), description: description,
            requirements: requirements.map { $0.model() }, tests: tests.map { $0.model() },
            path: path, baseDirectory: baseDirectory)
    }
}
