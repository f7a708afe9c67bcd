import Execution
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
    /// `sandbox.allow_missing`: absent in reports of specs that waive nothing.
    var allowMissing: [IsolationLayer]?
    /// `unit_tests` as in the front matter (`module`, then a suite path per language).
    var unitTests: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id, title, languages, scoring, limits, compare, description, requirements, tests, path
        case baseDirectory = "base_directory"
        case allowMissing = "allow_missing"
        case unitTests = "unit_tests"
    }

    func model() -> Spec {
        Spec(
            id: id, title: title, languages: languages, scoring: scoring, limits: limits.model(),
            compare: compare.model(), allowMissing: allowMissing ?? [], unitTests: unitTestSuites(),
            description: description,
            requirements: requirements.map { $0.model() }, tests: tests.map { $0.model() },
            path: path, baseDirectory: baseDirectory)
    }

    private func unitTestSuites() -> UnitTestSuites? {
        guard let unitTests, let module = unitTests["module"] else { return nil }
        let suites = Language.allCases.compactMap { language in
            unitTests[language.rawValue].map { UnitTestSuite(language: language, path: $0) }
        }
        return UnitTestSuites(module: module, suites: suites)
    }
}
