import Execution
import Foundation
import FoundationXML
import Results

/// `junit.xml`, valid against the Jenkins xunit plugin's `junit-10.xsd` (pytest's xunit2):
/// one `testsuite` per submission, one `testcase` per test.
///
///     <testsuite name="alice" tests="2" failures="1" errors="0" skipped="0" time="0.040" ...>
///       <properties>
///         <property name="requirement:REQ-1" value="partial; T-one accepted, T-two wrong_answer"/>
///         <property name="hidden_tests" value="T-secret"/>
///       </properties>
///       <testcase classname="word-count.alice" name="[alice] T-two: two words" time="0.020">
///         <failure type="wrong_answer" message="wrong_answer: line 1: expected &quot;2&quot;, got &quot;3&quot;">...
///           at Specs/word-count.md:48 (alice, T-two)</failure>
///
/// 1. Verdicts the student caused (wrong answer, limits, crashes, compile errors, blocked system
///    calls) are `failure`; `internal_error` is `error`; `not_gradable` is `skipped`.
/// 2. Requirement links sit in suite `properties`, since the schema allows none on a testcase.
/// 3. Output appears only for tests that did not pass, keeping a class's file small; a failed
///    testcase's own text carries the compiler's first lines (compile errors) or stderr's
///    (runtime errors), since CI test views read testcases, not the suite's output.
/// 4. The XML is built with FoundationXML one suite at a time and each suite serialized on its
///    own, so a class of 5,000 never holds 100,000 testcase nodes in memory at once; `write`
///    builds blocks of suites on every core.
/// 5. Names say who failed what: the testcase name starts with `[student]`, and the failure
///    text ends with the test's place in the spec (` path:line`), where annotation actions
///    look for a line when the testcase has none.
public enum JUnitReport {
    public static func render(_ run: GradeRun) -> Data {
        var document = header(run)
        document += suites(run, range: run.submissions.indices, classNames: classNames(run))
        document += footer
        return Data(document.utf8)
    }

    /// Writes the report to `path` atomically. Suites are built on every core, a block of
    /// students per task, then written in order.
    public static func write(_ run: GradeRun, to path: String) async throws {
        let classNames = classNames(run)
        let blockSize = max(64, run.submissions.count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let blocks = stride(from: 0, to: run.submissions.count, by: blockSize).map {
            $0..<min($0 + blockSize, run.submissions.count)
        }
        let rendered = await withTaskGroup(of: (Int, String).self) { group in
            for (index, block) in blocks.enumerated() {
                group.addTask { (index, suites(run, range: block, classNames: classNames)) }
            }
            return await group.reduce(into: [Int: String]()) { $0[$1.0] = $1.1 }
        }
        let pieces = [header(run)] + blocks.indices.map { rendered[$0] ?? "" } + [footer]
        try AtomicFile.write(to: path) { emit in
            for var piece in pieces { try piece.withUTF8 { try emit(UnsafeRawBufferPointer($0)) } }
        }
    }

    /// `<spec>.<student>` with dots made `_` (readers split packages at dots), unique per run.
    private static func classNames(_ run: GradeRun) -> [String] {
        var names = UniqueNames()
        return run.submissions.map {
            names.claim("\(run.spec.id).\($0.student.replacingOccurrences(of: ".", with: "_"))")
        }
    }

    /// The suites of the submissions in `range`, serialized one at a time so that FoundationXML
    /// never holds more than one suite's nodes.
    private static func suites(_ run: GradeRun, range: Range<Int>, classNames: [String]) -> String {
        let lines = Dictionary(
            run.spec.tests.map { ($0.id, $0.location.line) }, uniquingKeysWith: { first, _ in first })
        var text = ""
        for index in range {
            let suite = suite(run.submissions[index], id: index, className: classNames[index], run: run, lines: lines)
            // In a UTF-8 document libxml2 writes non-ASCII as is; alone, as `&#xEB;`.
            let document = XMLDocument(rootElement: suite)
            document.characterEncoding = "UTF-8"
            text += "\n" + suite.xmlString(options: [.nodePrettyPrint])
        }
        return text
    }

    private static func header(_ run: GradeRun) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + openingTag(run)
    }

    private static let footer = "\n</testsuites>\n"

    /// The `<testsuites ...>` opening tag, cut from a serialized empty element so that libxml2
    /// does the attribute escaping.
    private static func openingTag(_ run: GradeRun) -> String {
        let tests = run.submissions.flatMap(\.tests)
        let root = XMLElement(name: "testsuites")
        root.set("name", run.spec.id)
        root.set("tests", tests.count)
        root.set("failures", tests.filter { Outcome($0.verdict) == .failure }.count)
        root.set("errors", tests.filter { Outcome($0.verdict) == .error }.count)
        root.set("time", Figures.seconds(milliseconds: tests.reduce(0) { $0 + $1.wallMs }))
        // An empty element serializes as `<testsuites ...></testsuites>` (or `.../>`).
        let empty = root.xmlString(options: [])
        let closing = "</testsuites>"
        guard empty.hasSuffix(closing) else { return String(empty.dropLast(2)) + ">" }
        return String(empty.dropLast(closing.count))
    }

    /// `[alice] T-one: one word`: annotation actions title a failure with the testcase name
    /// (after the file, or the suite), so the name says whose it is.
    static func name(_ test: TestResult, student: String) -> String {
        "[\(student)] \(test.title)"
    }

    private static func suite(
        _ submission: SubmissionResult, id: Int, className: String, run: GradeRun, lines: [String: Int]
    ) -> XMLElement {
        let outcomes = submission.tests.map { Outcome($0.verdict) }
        let suite = XMLElement(name: "testsuite")
        suite.set("name", submission.student)
        suite.set("tests", submission.tests.count)
        suite.set("failures", outcomes.filter { $0 == .failure }.count)
        suite.set("errors", outcomes.filter { $0 == .error }.count)
        suite.set("skipped", outcomes.filter { $0 == .skipped }.count)
        suite.set("time", Figures.seconds(milliseconds: submission.tests.reduce(0) { $0 + $1.wallMs }))
        suite.set("timestamp", run.startedAt)
        suite.set("id", id)
        suite.set("package", run.spec.id)
        suite.set("file", run.spec.path)
        suite.addChild(properties(submission))
        var names = UniqueNames()
        for (test, outcome) in zip(submission.tests, outcomes) {
            suite.addChild(
                testcase(
                    test, outcome: outcome, className: className,
                    name: names.claim(Self.name(test, student: submission.student)),
                    submission: submission, run: run, lines: lines))
        }
        if let message = submission.message, !message.isEmpty {
            suite.addChild(XMLElement(name: "system-out", stringValue: VisibleText.lines(message)))
        }
        return suite
    }

    private static func properties(_ submission: SubmissionResult) -> XMLElement {
        let properties = XMLElement(name: "properties")
        func add(_ name: String, _ value: String) {
            let property = XMLElement(name: "property")
            property.set("name", name)
            property.set("value", value)
            properties.addChild(property)
        }
        add("student", submission.student)
        add("language", submission.language ?? "unknown")
        add("status", submission.status.rawValue)
        add("score", Figures.score(submission.score))
        add("max_score", Figures.score(submission.maxScore))
        add("coverage", "\(submission.coverage.met) of \(submission.coverage.total) met")
        for requirement in submission.requirements {
            let evidence = requirement.evidence.map { "\($0.test) \($0.verdict.rawValue)" }.joined(separator: ", ")
            add(
                "requirement:\(requirement.id)",
                evidence.isEmpty ? requirement.status.rawValue : "\(requirement.status.rawValue); \(evidence)")
        }
        let hidden = submission.tests.filter(\.hidden).map(\.id)
        if !hidden.isEmpty { add("hidden_tests", hidden.joined(separator: " ")) }
        return properties
    }

    private static func testcase(
        _ test: TestResult, outcome: Outcome, className: String, name: String, submission: SubmissionResult,
        run: GradeRun,
        lines: [String: Int]
    ) -> XMLElement {
        let testcase = XMLElement(name: "testcase")
        testcase.set("classname", className)
        testcase.set("name", name)
        testcase.set("time", Figures.seconds(milliseconds: test.wallMs))
        guard let element = outcome.elementName else { return testcase }
        let evidence = Self.evidence(test, compilerMessage: submission.message)
        var body = test.outcome
        if let diff = test.diff {
            body +=
                "\n\(diff.position)\n  expected: \(diff.expected.map(Quoted.text) ?? "(output ended)")"
                + "\n  actual:   \(diff.actual.map(Quoted.text) ?? "(output ended)")"
        }
        if let evidence { body += "\n\(evidence.label):\n\(evidence.lines)" }
        // Annotation actions look for ` <file>:<line>` in the failure text when the testcase
        // has no line of its own (the schema allows none): this points at the test in the spec.
        if let line = lines[test.id] { body += "\nat \(run.spec.path):\(line) (\(submission.student), \(test.id))" }
        let child = XMLElement(name: element, stringValue: VisibleText.lines(body))
        child.set("type", test.verdict.rawValue)
        child.set("message", evidence.map { "\(test.failureMessage): \($0.headline)" } ?? test.failureMessage)
        testcase.addChild(child)
        if !test.stdoutExcerpt.isEmpty {
            testcase.addChild(XMLElement(name: "system-out", stringValue: VisibleText.lines(test.stdoutExcerpt)))
        }
        if !test.stderrExcerpt.isEmpty {
            testcase.addChild(XMLElement(name: "system-err", stringValue: VisibleText.lines(test.stderrExcerpt)))
        }
        return testcase
    }

    /// What a CI test view needs to see in the testcase itself (GitLab reads nothing else): the
    /// compiler's first lines for a compile error, the start of stderr for a runtime error.
    private static func evidence(
        _ test: TestResult, compilerMessage: String?
    ) -> (label: String, lines: String, headline: String)? {
        let text: String
        let label: String
        switch test.verdict {
        case .compileError:
            guard let compilerMessage else { return nil }
            (text, label) = (compilerMessage, "compiler")
        case .runtimeError:
            (text, label) = (test.stderrExcerpt, "stderr")
        default:
            return nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("[... ") }
        guard !lines.isEmpty else { return nil }
        let shown = lines.prefix(excerptLines)
        // The line that names the problem: a compiler's first error; a runtime's last line
        // naming an error or exception (Python and Node print it below or above the trace).
        let naming = { (line: String) in ["Error", "Exception", "error:", "panic"].contains { line.contains($0) } }
        let headline =
            (test.verdict == .compileError ? lines.first(where: naming) : lines.last(where: naming))
            ?? lines[0]
        let more = lines.count > shown.count ? "\n[... \(lines.count - shown.count) more lines]" : ""
        return (label, shown.joined(separator: "\n") + more, headline.trimmingCharacters(in: .whitespaces))
    }

    /// Lines of compiler output or stderr a failed testcase carries.
    static let excerptLines = 10

    /// How JUnit readers count a verdict.
    private enum Outcome {
        case passed, failure, error, skipped

        init(_ verdict: Verdict) {
            switch verdict {
            case .accepted: self = .passed
            case .internalError: self = .error
            case .notGradable: self = .skipped
            case .wrongAnswer, .compileError, .timeLimit, .memoryLimit, .outputLimit, .runtimeError,
                .securityViolation:
                self = .failure
            }
        }

        var elementName: String? {
            switch self {
            case .passed: return nil
            case .failure: return "failure"
            case .error: return "error"
            case .skipped: return "skipped"
            }
        }
    }
}
