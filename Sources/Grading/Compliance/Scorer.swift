import Execution
import Results
import SpecModel

/// Computes a submission's score under the spec's `scoring`, to the thousandth (`Points`).
///
/// 1. `tests`: the sum of each test's earned points (points times the checker's fraction).
/// 2. `requirements`: each requirement (not criterion) that some test covers contributes its
///    weight times the mean fraction earned by the tests that prove it; untested requirements
///    count toward neither score nor maximum (lint warns about them).
struct Scorer: Sendable {
    let spec: Spec
    let tree: RequirementTree

    /// Rounded once, like every score (`Points`).
    func maximum() -> Double {
        Points.rounded(exactMaximum())
    }

    /// Rounded once, like every score (`Points`).
    func score(_ results: [TestResult]) -> Double {
        Points.rounded(exactScore(results))
    }

    private func exactMaximum() -> Double {
        switch spec.scoring {
        case .tests:
            return spec.tests.reduce(0) { $0 + $1.points }
        case .requirements:
            return scoredRequirements.reduce(0) { $0 + $1.weight }
        }
    }

    private func exactScore(_ results: [TestResult]) -> Double {
        switch spec.scoring {
        case .tests:
            return results.reduce(0) { $0 + $1.score }
        case .requirements:
            let fractions = Dictionary(
                results.map { ($0.id, $0.maxScore > 0 ? $0.score / $0.maxScore : ($0.verdict == .accepted ? 1 : 0)) },
                uniquingKeysWith: { first, _ in first })
            return scoredRequirements.reduce(0) { total, requirement in
                let tests = tree.evidence[requirement.id] ?? []
                let earned = tests.reduce(0) { $0 + (fractions[$1] ?? 0) }
                return total + requirement.weight * earned / Double(tests.count)
            }
        }
    }

    private var scoredRequirements: [Requirement] {
        spec.requirements.filter { $0.kind == .requirement && !(tree.evidence[$0.id] ?? []).isEmpty }
    }
}
