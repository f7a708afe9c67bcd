import Execution

/// The spec-wide fields: a Markdown spec's front matter, the top of a YAML spec.
///
/// `id: word-count`, `title: Word Count`, `languages: [python, c]`, `scoring: tests`,
/// `limits: { cpu: 2s }`, `compare: lines`.
struct SpecHeader {
    var id = ""
    var title: String?
    var languages: [String] = []
    var scoring = Spec.Scoring.tests
    var limits = LimitOverrides()
    var compare = Comparison()

    static let keys = ["id", "title", "languages", "scoring", "limits", "compare"]
}
