import Execution

/// The spec-wide fields: a Markdown spec's front matter, the top of a YAML spec.
///
/// `id: word-count`, `title: Word Count`, `languages: [python, c]`, `scoring: tests`,
/// `limits: { cpu: 2s }`, `compare: lines`, `sandbox: { allow_missing: [cgroup] }`,
/// `unit_tests: { module: stats, python: tests/test_stats.py }`, `engine: { library: lib/ }`.
struct SpecHeader {
    var id = ""
    var title: String?
    var languages: [String] = []
    var scoring = Spec.Scoring.tests
    var limits = LimitOverrides()
    var compare = Comparison()
    var allowMissing: [IsolationLayer] = []
    var unitTests: UnitTestSuites?
    var engineLibrary: String?

    static let keys = [
        "id", "title", "languages", "scoring", "limits", "compare", "sandbox", "unit_tests", "engine",
    ]
}
