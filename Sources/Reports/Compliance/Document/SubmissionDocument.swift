import Execution
import Results

/// One entry of `submissions`: the pinned fields (schemas/, docs/reports.md) plus what a report needs to be read
/// back into an identical `SubmissionResult`.
///
/// `requirements` is the pinned map `{"REQ-1": "met", "AC-1.1": "partial"}`; the same statuses
/// with their evidence and in spec order are in `requirement_evidence`, which wins on reading.
struct SubmissionDocument: Decodable {
    var student: String
    var language: String?
    var status: SubmissionStatus
    var score: Double
    var maxScore: Double
    var requirements: [String: ComplianceStatus]
    var requirementEvidence: [RequirementStatus]?
    var coverage: Coverage
    var tests: [TestResultDocument]
    var suggestions: [Suggestion]
    var message: String?
    var contentHash: String
    var isolation: IsolationDocument

    enum CodingKeys: String, CodingKey {
        case student, language, status, score, requirements, coverage, tests, suggestions, message, isolation
        case maxScore = "max_score"
        case requirementEvidence = "requirement_evidence"
        case contentHash = "content_hash"
    }

    /// The model; a report holding only the pinned map gets its statuses in spec order,
    /// without evidence.
    func model(requirementOrder: [String]) -> SubmissionResult {
        let statuses =
            requirementEvidence
            ?? {
                let rank = Dictionary(requirementOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
                return
                    requirements
                    .sorted { (rank[$0.key] ?? .max, $0.key) < (rank[$1.key] ?? .max, $1.key) }
                    .map { RequirementStatus(id: $0.key, status: $0.value, evidence: []) }
            }()
        return SubmissionResult(
            student: student, language: language, status: status, score: score, maxScore: maxScore,
            requirements: statuses, coverage: coverage, tests: tests.map { $0.model() },
            suggestions: suggestions, message: message, contentHash: contentHash, isolation: isolation.model())
    }
}
