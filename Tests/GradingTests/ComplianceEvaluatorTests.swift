import Execution
import Results
import SpecModel
import Testing

@testable import Grading

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
        let results = [
            Self.result("T1", .accepted, score: 1, max: 1), failing, Self.result("T3", .accepted, score: 3, max: 3),
        ]
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

    /// One rounding at the source: sums and weighted means are kept to the thousandth, so the
    /// Double every report writes reads 0.3 and 6.5, never 0.30000000000000004 or 6.4999.
    @Test func scoresAreRoundedOnceToTheThousandth() {
        let here = SourceLocation(path: "spec.md", line: 1)
        let spec = Spec(
            id: "sums", title: "Sums", scoring: .tests,
            requirements: [Requirement(id: "REQ-1", title: "One", kind: .requirement, weight: 6.5, location: here)],
            tests: [
                TestCase(id: "T1", covers: ["REQ-1"], points: 0.1, location: here),
                TestCase(id: "T2", covers: ["REQ-1"], points: 0.2, location: here),
            ],
            path: "spec.md", baseDirectory: ".")
        let byTests = Scorer(spec: spec, tree: RequirementTree(spec: spec))
        let results = [
            Self.result("T1", .accepted, score: 0.1, max: 0.1), Self.result("T2", .accepted, score: 0.2, max: 0.2),
        ]
        #expect(byTests.maximum().description == "0.3")
        #expect(byTests.score(results).description == "0.3")
        var weighted = spec
        weighted.scoring = .requirements
        let byRequirements = Scorer(spec: weighted, tree: RequirementTree(spec: weighted))
        // A checker's 0.99997 and a full mark average to 0.999985 of 6.5: 6.4999025 before rounding.
        let nearly = [
            Self.result("T1", .accepted, score: 0.099997, max: 0.1), Self.result("T2", .accepted, score: 0.2, max: 0.2),
        ]
        #expect(byRequirements.score(nearly).description == "6.5")
        #expect(Points.rounded(2.5 * 0.99996).description == "2.5")
    }

    /// A submission that could not be graded has requirements `not_gradable`, not `unmet`, and
    /// no suggestion per requirement; untested ones stay untested.
    @Test func notGradableRequirementsHaveTheirOwnStatus() {
        let evaluator = ComplianceEvaluator(spec: Self.spec)
        let results = ["T1", "T2", "T3"].map { Self.result($0, .notGradable, score: 0, max: 1) }
        for statuses in [
            evaluator.statuses(for: results),
            evaluator.statuses(
                for: results.map {
                    var r = $0; r.verdict = .internalError; return r
                }, gradable: false),
        ] {
            let byID = Dictionary(uniqueKeysWithValues: statuses.map { ($0.id, $0.status) })
            #expect(
                byID == [
                    "REQ-1": .notGradable, "AC-1.1": .notGradable, "AC-1.2": .notGradable, "REQ-2": .notGradable,
                    "REQ-3": .untested,
                ])
            #expect(evaluator.suggestions(for: statuses, results: results).isEmpty)
        }
    }
}

@Suite struct ClassMeanTests {
    static func submission(_ status: SubmissionStatus, _ score: Double, of max: Double) -> SubmissionResult {
        SubmissionResult(
            student: "s", language: nil, status: status, score: score, maxScore: max, requirements: [],
            coverage: Coverage(total: 0, covered: 0, met: 0, missing: []), tests: [], suggestions: [],
            contentHash: "", isolation: Isolation())
    }

    /// Not-gradable submissions are left out of the mean and counted beside it, never averaged as 0%.
    @Test func leavesNotGradableSubmissionsOutAndCountsThem() {
        let mean = ClassMean([
            Self.submission(.passed, 10, of: 10), Self.submission(.partial, 5, of: 10),
            Self.submission(.notGradable, 0, of: 10),
        ])
        #expect(mean == ClassMean(percent: 75, graded: 2, notGradable: 1))
        #expect(
            ClassMean([Self.submission(.notGradable, 0, of: 10)]) == ClassMean(percent: nil, graded: 0, notGradable: 1))
    }
}
