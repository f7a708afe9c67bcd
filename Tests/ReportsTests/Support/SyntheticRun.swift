import Execution
import Results
import SpecModel

/// Grading runs made by hand for report tests: a small spec with a requirement, two criteria,
/// a parent-linked requirement, an untested one and a hidden test, and students whose verdicts
/// and names are chosen to stress every report.
enum SyntheticRun {
    static let specPath = "Specs/word-count.md"

    static let spec = Spec(
        id: "word-count", title: "Word Count", languages: ["python", "c"], scoring: .tests,
        limits: LimitOverrides(cpuMs: 2_000, memoryBytes: 256 << 20), compare: Comparison(mode: .lines),
        description: "Count words.",
        requirements: [
            Requirement(
                id: "REQ-1", title: "Count words", kind: .requirement, text: "Prints the count.", weight: 3,
                location: SourceLocation(path: specPath, line: 12)),
            Requirement(
                id: "AC-1.1", title: "Empty input", kind: .criterion, parent: "REQ-1",
                location: SourceLocation(path: specPath, line: 16)),
            Requirement(
                id: "AC-1.2", title: "One word", kind: .criterion, parent: "REQ-1",
                location: SourceLocation(path: specPath, line: 19)),
            Requirement(
                id: "REQ-2", title: "Punctuation, quotes: \"and\" more", kind: .requirement, parent: "REQ-1",
                location: SourceLocation(path: specPath, line: 22, column: 1)),
            Requirement(
                id: "REQ-3", title: "Unicode", kind: .requirement,
                location: SourceLocation(path: specPath, line: 26)),
        ],
        tests: [
            TestCase(
                id: "T-empty", name: "empty input", covers: ["AC-1.1"], stdin: .text(""),
                expect: Expectation(stdout: .text("0\n")), location: SourceLocation(path: specPath, line: 40)),
            TestCase(
                id: "T-one", name: "one word", covers: ["AC-1.2"], stdin: .file("one.txt"),
                expect: Expectation(stdout: .file("one.out")), points: 2,
                location: SourceLocation(path: specPath, line: 48)),
            TestCase(
                id: "T-punct", name: "punctuation", covers: ["REQ-2"], stdin: .text("a, b.\n"),
                expect: Expectation(stdout: .contains(["2"]), exitCode: 0, stderrContains: ["ok"]),
                compare: Comparison(mode: .tokens, caseInsensitive: true, floatAbsolute: 1e-6),
                location: SourceLocation(path: specPath, line: 56)),
            TestCase(
                id: "T-secret", name: "large input", covers: ["REQ-1"], args: ["--fast"], files: ["a.txt": "x y"],
                expect: Expectation(stdout: .regex("^[0-9]+$")), points: 2, hidden: true,
                limits: LimitOverrides(wallMs: 5_000), checker: "checker.py",
                location: SourceLocation(path: specPath, line: 64)),
        ],
        path: specPath, baseDirectory: "Specs")

    /// A student's result from one verdict per spec test (in spec order), with statuses rolled up
    /// the way the grader does: a criterion from its tests, a requirement from its own tests and
    /// its children's.
    static func submission(
        _ student: String, verdicts: [Verdict], language: String? = "python", message: String? = nil,
        output: String = "", diff: DiffExcerpt? = DiffExcerpt(line: 1, expected: "2", actual: "3")
    ) -> SubmissionResult {
        let tests = zip(spec.tests, verdicts).map { test, verdict in
            TestResult(
                id: test.id, name: test.name, verdict: verdict, detail: verdict == .accepted ? nil : "line 1 differs",
                score: verdict == .accepted ? test.points : 0, maxScore: test.points, hidden: test.hidden,
                covers: test.covers, cpuMs: 12, wallMs: 1_234, memoryKB: 9_000,
                diff: verdict == .wrongAnswer ? diff : nil,
                stdoutExcerpt: verdict == .accepted ? "" : output,
                stderrExcerpt: verdict == .accepted ? "" : "trace: " + output)
        }
        let statuses = spec.requirements.map { requirement in
            let ids = Set([requirement.id] + spec.requirements.filter { $0.parent == requirement.id }.map(\.id))
            let evidence = tests.filter { !ids.isDisjoint(with: $0.covers) }
                .map { RequirementStatus.Evidence(test: $0.id, verdict: $0.verdict) }
            let accepted = evidence.filter { $0.verdict == .accepted }.count
            let status: ComplianceStatus =
                evidence.isEmpty
                ? .untested
                : verdicts.contains(.notGradable)
                    ? .notGradable
                    : accepted == evidence.count ? .met : accepted == 0 ? .unmet : .partial
            return RequirementStatus(id: requirement.id, status: status, evidence: evidence)
        }
        let score = tests.reduce(0) { $0 + $1.score }
        let maxScore = tests.reduce(0) { $0 + $1.maxScore }
        let status: SubmissionStatus =
            verdicts.contains(.notGradable)
            ? .notGradable
            : score == maxScore ? .passed : score == 0 ? .failed : .partial
        let missing = statuses.filter { $0.status != .met }.map(\.id)
        let suggestions = tests.filter { $0.verdict != .accepted && $0.verdict != .notGradable }.flatMap { test in
            test.covers.map { Suggestion(requirement: $0, test: test.id, message: "expected \"2\", got \"3\"") }
        }
        return SubmissionResult(
            student: student, language: language, status: status, score: score, maxScore: maxScore,
            requirements: statuses,
            coverage: Coverage(
                total: statuses.count, covered: statuses.filter { $0.status != .untested }.count,
                met: statuses.count - missing.count, missing: missing),
            tests: tests, suggestions: suggestions, message: message, contentHash: "sha256:\(student.utf8.count)",
            isolation: Isolation(
                layers: [.pidNamespace, .seccomp, .userNamespace], missing: ["cgroup": "no cgroup v2"],
                notes: ["rlimits only"]))
    }

    static func run(_ submissions: [SubmissionResult], shard: String? = nil) -> GradeRun {
        GradeRun(
            spec: spec, submissions: submissions, startedAt: "2025-03-01T10:00:00Z",
            finishedAt: "2025-03-01T10:01:30Z", shard: shard, toolVersion: "0.1.0")
    }

    /// Program output no report may pass through raw: markup, an ANSI escape, NUL, a bell,
    /// U+FFFE, and invalid UTF-8 as grading decodes it (U+FFFD).
    static let hostileOutput =
        "</script><script>alert(1)</script> <b>&amp; \u{1B}[31mred\u{0}\u{7}\u{FFFE} "
        + String(decoding: [0xFF, 0xFE, 0x41, 0xC3], as: UTF8.self)

    /// A class of five: a pass, a partial with a hidden failure, a crash-everything, one that
    /// could not be graded, and names with commas, quotes, spaces, non-ASCII and a formula.
    static var hostileClass: GradeRun {
        run([
            submission("Lovelace, Ada", verdicts: [.accepted, .accepted, .accepted, .accepted]),
            submission(
                "Zoë \"Z\" Ng", verdicts: [.accepted, .wrongAnswer, .accepted, .timeLimit], output: hostileOutput),
            submission(
                "李雷 \u{1B}[2J", verdicts: [.runtimeError, .wrongAnswer, .securityViolation, .internalError],
                output: hostileOutput, diff: DiffExcerpt(line: 3, expected: nil, actual: hostileOutput)),
            submission(
                "=HYPERLINK(\"x\")", verdicts: Array(repeating: .notGradable, count: 4), language: nil,
                message: "language 'ruby' is not allowed by this spec"),
            submission(
                "bob", verdicts: [.compileError, .compileError, .compileError, .compileError],
                language: "c", message: "main.c:1: error: expected ';' \u{1B}[0m"),
        ])
    }
}
