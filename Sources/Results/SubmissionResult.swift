import Execution

/// Everything grading found out about one student's submission.
public struct SubmissionResult: Codable, Sendable, Hashable {
    public var student: String
    /// The language it was graded as (`python`, `babbage`, ...); nil when none could be told.
    public var language: String?
    public var status: SubmissionStatus
    public var score: Double
    public var maxScore: Double
    /// Status of every requirement and criterion, by id, in spec order.
    public var requirements: [RequirementStatus]
    public var coverage: Coverage
    public var tests: [TestResult]
    public var suggestions: [Suggestion]
    /// Why the submission is `not_gradable`, or the compiler's trimmed diagnostics.
    public var message: String?
    /// SHA-256 of the submission's files, for the history cache.
    public var contentHash: String
    /// The isolation the submission's processes ran under.
    public var isolation: Isolation

    /// Whether SpecGrade or its sandbox failed on a test: then the result says nothing of the
    /// student's work, is never cached, and `grade` exits 3.
    public var hasInternalError: Bool {
        tests.contains { $0.verdict == .internalError }
    }

    public init(
        student: String, language: String?, status: SubmissionStatus, score: Double,
        maxScore: Double, requirements: [RequirementStatus], coverage: Coverage,
        tests: [TestResult], suggestions: [Suggestion], message: String? = nil,
        contentHash: String, isolation: Isolation
    ) {
        self.student = student
        self.language = language
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.requirements = requirements
        self.coverage = coverage
        self.tests = tests
        self.suggestions = suggestions
        self.message = message
        self.contentHash = contentHash
        self.isolation = isolation
    }
}

/// `passed` when every test is accepted, `failed` when none scores, `partial` between.
public enum SubmissionStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case passed
    case partial
    case failed
    case notGradable = "not_gradable"
}

/// Compliance of one requirement or criterion.
public enum ComplianceStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Every test covering it (directly or through its criteria) is accepted.
    case met
    /// Some are accepted, some not.
    case partial
    /// None is accepted.
    case unmet
    /// No test covers it.
    case untested
    /// The submission could not be graded (nothing built or ran for reasons not the
    /// student's), or every test covering it was not gradable: no judgement either way.
    case notGradable = "not_gradable"
}

/// One requirement's status with its evidence: the tests that decided it.
public struct RequirementStatus: Codable, Sendable, Hashable {
    public var id: String
    public var status: ComplianceStatus
    /// Ids of the tests covering it directly or through its children, with their verdicts.
    public var evidence: [Evidence]

    public init(id: String, status: ComplianceStatus, evidence: [Evidence]) {
        self.id = id
        self.status = status
        self.evidence = evidence
    }

    public struct Evidence: Codable, Sendable, Hashable {
        public var test: String
        public var verdict: Verdict

        public init(test: String, verdict: Verdict) {
            self.test = test
            self.verdict = verdict
        }
    }
}

/// `{total, covered, met, missing}`: how much of the spec a submission was shown to meet.
public struct Coverage: Codable, Sendable, Hashable {
    /// Requirements and criteria in the spec.
    public var total: Int
    /// Those covered by at least one test.
    public var covered: Int
    /// Those met.
    public var met: Int
    /// Ids of those not met (partial, unmet or untested), in spec order.
    public var missing: [String]

    public init(total: Int, covered: Int, met: Int, missing: [String]) {
        self.total = total
        self.covered = covered
        self.met = met
        self.missing = missing
    }
}

/// A short, specific hint about a failed requirement: which test, expected against actual.
public struct Suggestion: Codable, Sendable, Hashable {
    public var requirement: String
    public var test: String
    public var message: String

    public init(requirement: String, test: String, message: String) {
        self.requirement = requirement
        self.test = test
        self.message = message
    }
}
