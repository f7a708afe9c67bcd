import Execution

/// A parsed specification: what an assignment requires and the tests that prove it.
public struct Spec: Codable, Sendable, Hashable {
    /// `[a-z0-9][a-z0-9-]*`; names the report folder.
    public var id: String
    public var title: String
    /// Languages a submission may be written in; empty means any language of `catalog`.
    public var languages: [String]
    /// The course's own language definitions (`languages.yaml` beside the spec, then
    /// `--languages FILE`), laid over the built-in ones in `catalog`.
    public var courseLanguages: [LanguageDefinition] = []
    public var scoring: Scoring
    /// Limits for every test; a test's own `limits` lie over these.
    public var limits: LimitOverrides
    /// The comparison every test uses unless it names its own.
    public var compare: Comparison
    /// Isolation layers grading may go without on a machine that lacks them, written
    /// `sandbox: { allow_missing: [cgroup] }`; never one of `Isolation.unwaivable`.
    /// Every result still records what was missing.
    public var allowMissing: [IsolationLayer]
    /// The module under test and the instructor's suites (`unit_tests:`), when tests name
    /// unit tests with `unit:`.
    public var unitTests: UnitTestSuites?
    /// The folder of the spec's own Analytical Engine library decks (`engine: { library: lib/ }`),
    /// relative to the spec: `A include from library cards for NAME` reads `NAME.ae` there when
    /// the shipped library has no such deck.
    public var engineLibrary: String?
    /// The prose between the front matter and `## Requirements`, for students.
    public var description: String
    /// Requirements and criteria, flat, in document order: each requirement followed by its
    /// criteria (`kind == .criterion`, `parent` = that requirement).
    public var requirements: [Requirement]
    public var tests: [TestCase]
    /// The file the spec was read from.
    public var path: String
    /// The folder relative paths in the spec (`stdin_file`, `checker`, ...) resolve against.
    public var baseDirectory: String

    public init(
        id: String, title: String, languages: [String] = [], scoring: Scoring = .tests,
        limits: LimitOverrides = LimitOverrides(), compare: Comparison = Comparison(),
        allowMissing: [IsolationLayer] = [], unitTests: UnitTestSuites? = nil, engineLibrary: String? = nil,
        description: String = "", requirements: [Requirement] = [], tests: [TestCase] = [],
        path: String, baseDirectory: String
    ) {
        self.id = id
        self.title = title
        self.languages = languages
        self.scoring = scoring
        self.limits = limits
        self.compare = compare
        self.allowMissing = allowMissing
        self.unitTests = unitTests
        self.engineLibrary = engineLibrary
        self.description = description
        self.requirements = requirements
        self.tests = tests
        self.path = path
        self.baseDirectory = baseDirectory
    }

    /// The languages this spec is graded with: SpecGrade's and the course's.
    public var catalog: LanguageCatalog { LanguageCatalog.builtIn.overlaid(with: courseLanguages) }

    /// The languages a submission may be written in: `languages`, or the whole catalog.
    public var allowedLanguages: [Language] {
        languages.isEmpty ? catalog.languages : languages.map(Language.init(rawValue:))
    }

    /// How a submission's score is computed.
    public enum Scoring: String, Codable, Sendable, Hashable {
        /// The sum of the points of accepted tests (partial credit from checker scores).
        case tests
        /// Each requirement's weight times the fraction of its tests accepted.
        case requirements
    }
}
