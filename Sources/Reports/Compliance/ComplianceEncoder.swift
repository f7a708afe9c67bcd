import Execution
import Foundation
import Results
import SpecModel

/// Writes a `GradeRun` as `compliance.json` with `JSONWriter`, under the keys of the
/// `...Document` types that read it back; fields in a fixed order, pinned ones first.
enum ComplianceEncoder {
    /// Keys of the small model types that are decoded as they are (`Coverage`, `Suggestion`,
    /// `RequirementStatus.Evidence`, `DiffExcerpt`, `SourceLocation`): their Swift names are
    /// already the JSON names.
    private enum Plain: String, CodingKey {
        case total, covered, met, missing, requirement, test, message, verdict, line, expected, actual, token,
            path, column, id, status, evidence
    }

    /// Streams the report into `sink`, a submission at a time.
    static func encode(_ run: GradeRun, into sink: ByteSink) throws {
        typealias Key = ComplianceDocument.CodingKeys
        var json = JSONWriter(capacity: 2 << 20)
        try json.object {
            $0.field(Key.schema, ComplianceReport.schema)
            $0.field(Key.spec) { spec(run.spec, &$0) }
            try $0.field(Key.submissions) { json in
                try json.array(run.submissions) {
                    submission($1, &$0)
                    try $0.flush(to: sink)
                }
            }
            $0.field(Key.toolVersion, run.toolVersion)
            $0.field(Key.startedAt, run.startedAt)
            $0.field(Key.finishedAt, run.finishedAt)
            $0.field(Key.shard, ifPresent: run.shard)
        }
        try json.finished().withUnsafeBytes(sink)
    }

    private static func spec(_ spec: Spec, _ json: inout JSONWriter) {
        typealias Key = SpecDocument.CodingKeys
        json.object {
            $0.field(Key.id, spec.id)
            $0.field(Key.title, spec.title)
            $0.field(Key.requirements) { json in json.array(spec.requirements) { requirement($1, &$0) } }
            $0.field(Key.tests) { json in json.array(spec.tests) { testCase($1, &$0) } }
            $0.field(Key.languages, spec.languages)
            $0.field(Key.scoring, spec.scoring.rawValue)
            $0.field(Key.limits) { limits(spec.limits, &$0) }
            $0.field(Key.compare) { comparison(spec.compare, &$0) }
            if !spec.allowMissing.isEmpty { $0.field(Key.allowMissing, spec.allowMissing.map(\.rawValue)) }
            if let unitTests = spec.unitTests {
                // As in the front matter: the module, then each suite by language.
                $0.field(
                    Key.unitTests,
                    Dictionary(
                        [("module", unitTests.module)] + unitTests.suites.map { ($0.language.rawValue, $0.path) },
                        uniquingKeysWith: { first, _ in first }))
            }
            $0.field(Key.description, spec.description)
            $0.field(Key.path, spec.path)
            $0.field(Key.baseDirectory, spec.baseDirectory)
        }
    }

    private static func requirement(_ requirement: Requirement, _ json: inout JSONWriter) {
        typealias Key = RequirementDocument.CodingKeys
        json.object {
            $0.field(Key.id, requirement.id)
            $0.field(Key.title, requirement.title)
            $0.field(Key.kind, requirement.kind.rawValue)
            $0.field(Key.parent, ifPresent: requirement.parent)
            $0.field(Key.weight, requirement.weight)
            $0.field(Key.text, requirement.text)
            $0.field(Key.location) { location(requirement.location, &$0) }
        }
    }

    private static func testCase(_ test: TestCase, _ json: inout JSONWriter) {
        typealias Key = TestCaseDocument.CodingKeys
        json.object {
            $0.field(Key.id, test.id)
            $0.field(Key.name, test.name)
            $0.field(Key.covers, test.covers)
            switch test.stdin {
            case .text(let text): $0.field(Key.stdin, text)
            case .file(let path): $0.field(Key.stdinFile, path)
            }
            $0.field(Key.args, test.args)
            $0.field(Key.files, test.files)
            $0.field(Key.expect) { expectation(test.expect, &$0) }
            if let compare = test.compare { $0.field(Key.compare) { comparison(compare, &$0) } }
            $0.field(Key.points, test.points)
            $0.field(Key.hidden, test.hidden)
            $0.field(Key.limits) { limits(test.limits, &$0) }
            $0.field(Key.checker, ifPresent: test.checker)
            switch test.unit {
            case .everySuite(let name)?: $0.field(Key.unit, name)
            case .perLanguage(let names)?:
                $0.field(
                    Key.unit,
                    Dictionary(names.map { ($0.language.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first }))
            case nil: break
            }
            $0.field(Key.location) { location(test.location, &$0) }
        }
    }

    private static func expectation(_ expectation: Expectation, _ json: inout JSONWriter) {
        typealias Key = ExpectationDocument.CodingKeys
        json.object {
            switch expectation.stdout {
            case .text(let text): $0.field(Key.stdout, text)
            case .file(let path): $0.field(Key.stdoutFile, path)
            case .contains(let parts): $0.field(Key.stdoutContains, parts)
            case .regex(let pattern): $0.field(Key.stdoutRegex, pattern)
            case nil: break
            }
            $0.field(Key.exitCode, Int(expectation.exitCode))
            $0.field(Key.stderrContains, expectation.stderrContains)
        }
    }

    private static func limits(_ limits: LimitOverrides, _ json: inout JSONWriter) {
        typealias Key = LimitsDocument.CodingKeys
        json.object {
            $0.field(Key.cpuMs, ifPresent: limits.cpuMs)
            $0.field(Key.wallMs, ifPresent: limits.wallMs)
            $0.field(Key.memoryBytes, ifPresent: limits.memoryBytes)
            $0.field(Key.outputBytes, ifPresent: limits.outputBytes)
            $0.field(Key.processes, ifPresent: limits.processes)
            $0.field(Key.fileSizeBytes, ifPresent: limits.fileSizeBytes)
            $0.field(Key.openFiles, ifPresent: limits.openFiles)
            $0.field(Key.stackBytes, ifPresent: limits.stackBytes)
        }
    }

    private static func comparison(_ comparison: Comparison, _ json: inout JSONWriter) {
        typealias Key = ComparisonDocument.CodingKeys
        json.object {
            $0.field(Key.mode, comparison.mode.rawValue)
            $0.field(Key.caseInsensitive, comparison.caseInsensitive)
            $0.field(Key.floatAbs, ifPresent: comparison.floatAbsolute)
            $0.field(Key.floatRel, ifPresent: comparison.floatRelative)
        }
    }

    private static func location(_ location: SourceLocation, _ json: inout JSONWriter) {
        json.object {
            $0.field(Plain.path, location.path)
            $0.field(Plain.line, location.line)
            $0.field(Plain.column, location.column)
        }
    }

    private static func submission(_ submission: SubmissionResult, _ json: inout JSONWriter) {
        typealias Key = SubmissionDocument.CodingKeys
        json.object {
            $0.field(Key.student, submission.student)
            $0.field(Key.language, ifPresent: submission.language)
            $0.field(Key.status, submission.status.rawValue)
            $0.field(Key.score, submission.score)
            $0.field(Key.maxScore, submission.maxScore)
            $0.field(
                Key.requirements,
                Dictionary(
                    submission.requirements.map { ($0.id, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first }
                ))
            $0.field(Key.coverage) { json in
                json.object {
                    $0.field(Plain.total, submission.coverage.total)
                    $0.field(Plain.covered, submission.coverage.covered)
                    $0.field(Plain.met, submission.coverage.met)
                    $0.field(Plain.missing, submission.coverage.missing)
                }
            }
            $0.field(Key.tests) { json in json.array(submission.tests) { testResult($1, &$0) } }
            $0.field(Key.suggestions) { json in
                json.array(submission.suggestions) { json, suggestion in
                    json.object {
                        $0.field(Plain.requirement, suggestion.requirement)
                        $0.field(Plain.test, suggestion.test)
                        $0.field(Plain.message, suggestion.message)
                    }
                }
            }
            $0.field(Key.requirementEvidence) { json in
                json.array(submission.requirements) { json, status in
                    json.object {
                        $0.field(Plain.id, status.id)
                        $0.field(Plain.status, status.status.rawValue)
                        $0.field(Plain.evidence) { json in
                            json.array(status.evidence) { json, evidence in
                                json.object {
                                    $0.field(Plain.test, evidence.test)
                                    $0.field(Plain.verdict, evidence.verdict.rawValue)
                                }
                            }
                        }
                    }
                }
            }
            $0.field(Key.message, ifPresent: submission.message)
            $0.field(Key.contentHash, submission.contentHash)
            $0.field(Key.isolation) { isolation(submission.isolation, &$0) }
        }
    }

    private static func testResult(_ test: TestResult, _ json: inout JSONWriter) {
        typealias Key = TestResultDocument.CodingKeys
        json.object {
            $0.field(Key.id, test.id)
            $0.field(Key.name, test.name)
            $0.field(Key.verdict, test.verdict.rawValue)
            $0.field(Key.detail, ifPresent: test.detail)
            $0.field(Key.score, test.score)
            $0.field(Key.maxScore, test.maxScore)
            $0.field(Key.hidden, test.hidden)
            $0.field(Key.covers, test.covers)
            $0.field(Key.cpuMs, test.cpuMs)
            $0.field(Key.wallMs, test.wallMs)
            $0.field(Key.memoryKB, test.memoryKB)
            if let diff = test.diff {
                $0.field(Key.diff) { json in
                    json.object {
                        $0.field(Plain.line, diff.line)
                        $0.field(Plain.expected, ifPresent: diff.expected)
                        $0.field(Plain.actual, ifPresent: diff.actual)
                        $0.field(Plain.token, ifPresent: diff.token)
                    }
                }
            }
            $0.field(Key.stdoutExcerpt, test.stdoutExcerpt)
            $0.field(Key.stderrExcerpt, test.stderrExcerpt)
        }
    }

    private static func isolation(_ isolation: Isolation, _ json: inout JSONWriter) {
        typealias Key = IsolationDocument.CodingKeys
        json.object {
            $0.field(Key.layers, isolation.layers.sorted().map(\.rawValue))
            $0.field(Key.missing, isolation.missing)
            $0.field(Key.notes, isolation.notes)
        }
    }
}
