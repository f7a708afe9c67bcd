import Execution
import Results
import SpecModel

/// Turns a submission's test results into requirement compliance, coverage and suggestions.
///
/// A node is `met` when every test covering it (directly or through its children) is
/// accepted, `unmet` when none is, `partial` in between, `untested` when no test covers it, and
/// `not_gradable` when no covering test could be graded (or the whole submission could not).
struct ComplianceEvaluator: Sendable {
    let spec: Spec
    let tree: RequirementTree

    init(spec: Spec) {
        self.spec = spec
        self.tree = RequirementTree(spec: spec)
    }

    /// `gradable: false` for a submission that could not be graded: every covered node is
    /// `not_gradable`, whatever its tests' verdicts.
    func statuses(for results: [TestResult], gradable: Bool = true) -> [RequirementStatus] {
        let verdicts = Dictionary(results.map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        return tree.nodes.map { node in
            let evidence = (tree.evidence[node.id] ?? []).map {
                RequirementStatus.Evidence(test: $0, verdict: verdicts[$0] ?? .notGradable)
            }
            let status = Self.status(of: evidence)
            return RequirementStatus(
                id: node.id, status: gradable || status == .untested ? status : .notGradable, evidence: evidence)
        }
    }

    static func status(of evidence: [RequirementStatus.Evidence]) -> ComplianceStatus {
        guard !evidence.isEmpty else { return .untested }
        if evidence.allSatisfy({ $0.verdict == .notGradable }) { return .notGradable }
        let accepted = evidence.filter { $0.verdict == .accepted }.count
        if accepted == evidence.count { return .met }
        return accepted == 0 ? .unmet : .partial
    }

    func coverage(of statuses: [RequirementStatus]) -> Coverage {
        Coverage(
            total: statuses.count,
            covered: statuses.filter { $0.status != .untested }.count,
            met: statuses.filter { $0.status == .met }.count,
            missing: statuses.filter { $0.status != .met }.map(\.id))
    }

    /// One hint per requirement or criterion that is partial or unmet: its first failing test,
    /// what was expected and what came out. Hidden tests are named but their data is not shown.
    func suggestions(for statuses: [RequirementStatus], results: [TestResult]) -> [Suggestion] {
        let byID = Dictionary(results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return statuses.compactMap { status in
            guard status.status == .partial || status.status == .unmet,
                let failing = status.evidence.first(where: { $0.verdict != .accepted }),
                let result = byID[failing.test]
            else { return nil }
            return Suggestion(requirement: status.id, test: result.id, message: Self.hint(for: result))
        }
    }

    static func hint(for result: TestResult) -> String {
        let label = result.name.isEmpty ? result.id : "\(result.id) (\(result.name))"
        if result.hidden {
            return "hidden test \(label) failed: \(result.verdict.rawValue.replacingOccurrences(of: "_", with: " "))"
        }
        switch result.verdict {
        case .wrongAnswer:
            guard let diff = result.diff else { return "\(label): \(result.detail ?? "wrong answer")" }
            let expected = diff.expected.map(ExpectationChecker.quoted) ?? "no more output"
            let actual = diff.actual.map(ExpectationChecker.quoted) ?? "no more output"
            return "\(label): \(result.detail ?? "wrong answer"); expected \(expected), got \(actual)"
        default:
            let verdict = result.verdict.rawValue.replacingOccurrences(of: "_", with: " ")
            return "\(label): \(verdict)" + (result.detail.map { " (\($0))" } ?? "")
        }
    }
}
