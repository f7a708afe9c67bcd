import Execution
@testable import Grading
import SpecModel
import Testing

@Suite struct ComplianceEvaluatorTests {
    /// REQ-1 with criteria AC-1.1 and AC-1.2; REQ-2 whose parent is REQ-1; REQ-3 untested.
    static let spec: Spec = {
        let here = SourceLocation(path: "spec.md", line: 1)
        return Spec(
            id: "demo", title: "Demo", scoring: .tests,
            requirements: [
                Requirement(id: "REQ-1", title: "One", kind: .requirement, weight: 3, location: here),
                Requirement(id: "AC-1.1", title: "a", kind: .criterion, parent: "REQ-1", location: here),
                Requirement(id: "AC-1.2", title: "b", kind: .criterion, parent: "REQ-1", location: here),
                Requirement(id: "REQ-2", title: "Two", kind: .requirement, weight: 1, parent: "REQ-1", location: here),
                Requirement(id: "REQ-3", title: "Three", kind: .requirement, location: here),
            ],
            tests: [
                TestCase(id: "T1", covers: ["AC-1.1"], points: 1, location: here),
                TestCase(id: "T2", covers: ["AC-1.2"], points: 2, location: here),
                TestCase(id: "T3", covers: ["REQ-2"], points: 3, location: here),
            ],
            path: "spec.md", baseDirectory: ".")
    }()

    static func result(_ id: String, _ verdict: Verdict, score: Double, max: Double) -> TestResult {
        TestResult(id: id, name: "", verdict: verdict, score: score, maxScore: max)
    }

    @Test func parentsRollUpFromChildren() {
        let evaluator = ComplianceEvaluator(spec: Self.spec)
        let statuses = evaluator.statuses(for: [
            Self.result("T1", .accepted, score: 1, max: 1),
            Self.result("T2", .wrongAnswer, score: 0, max: 2),
            Self.result("T3", .accepted, score: 3, max: 3),
        ])
        let byID = Dictionary(uniqueKeysWithValues: statuses.map { ($0.id, $0.status) })
        #expect(byID == ["REQ-1": .partial, "AC-1.1": .met, "AC-1.2": .unmet, "REQ-2": .met, "REQ-3": .untested])
        #expect(statuses.first?.evidence.map(\.test) == ["T1", "T2", "T3"])
        let coverage = evaluator.coverage(of: statuses)
        #expect(coverage == Coverage(total: 5, covered: 4, met: 2, missing: ["REQ-1", "AC-1.2", "REQ-3"]))
    }

    @Test func suggestionsNameTheFailingTestWithExpectedAndActual() {
        let evaluator = ComplianceEvaluator(spec: Self.spec)
        var failing = Self.result("T2", .wrongAnswer, score: 0, max: 2)
        failing.name = "two words"
        failing.detail = "line 1 differs"
        failing.diff = DiffExcerpt(line: 1, expected: "2", actual: "1")
        let results = [Self.result("T1", .accepted, score: 1, max: 1), failing, Self.result("T3", .accepted, score: 3, max: 3)]
        let suggestions = evaluator.suggestions(for: evaluator.statuses(for: results), results: results)
        #expect(suggestions.map(\.requirement) == ["REQ-1", "AC-1.2"])
        #expect(suggestions.first?.message == "T2 (two words): line 1 differs; expected \"2\", got \"1\"")
    }

    @Test func hiddenTestsKeepTheirDataHidden() {
        var hidden = Self.result("T2", .wrongAnswer, score: 0, max: 2)
        hidden.hidden = true
        hidden.diff = DiffExcerpt(line: 1, expected: "secret", actual: "guess")
        let message = ComplianceEvaluator.hint(for: hidden)
        #expect(!message.contains("secret"))
        #expect(message.contains("hidden test T2"))
    }

    @Test func scoringByTestsAndByRequirements() {
        let results = [
            Self.result("T1", .accepted, score: 1, max: 1),
            Self.result("T2", .wrongAnswer, score: 0, max: 2),
            Self.result("T3", .accepted, score: 3, max: 3),
        ]
        let tree = RequirementTree(spec: Self.spec)
        let byTests = Scorer(spec: Self.spec, tree: tree)
        #expect(byTests.maximum() == 6)
        #expect(byTests.score(results) == 4)
        var weighted = Self.spec
        weighted.scoring = .requirements
        let byRequirements = Scorer(spec: weighted, tree: RequirementTree(spec: weighted))
        // REQ-1 (weight 3) has T1, T2, T3 of which 2 pass; REQ-2 (weight 1) has T3; REQ-3 untested.
        #expect(byRequirements.maximum() == 4)
        #expect(byRequirements.score(results) == 3 * 2.0 / 3.0 + 1)
    }
}
