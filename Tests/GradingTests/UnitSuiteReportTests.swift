import Execution
import Foundation
import Results
import SpecModel
import Testing

@testable import Grading

/// What a unit-test harness reports becomes verdicts (docs/unit-tests.md), and nothing but the
/// harness's own nonce'd lines counts.
@Suite struct UnitSuiteReportTests {
    static let nonce = "0123456789abcdef0123456789abcdef"

    static func planned(_ id: String, points: Double = 2, wallMs: Int = 1_500) -> PlannedTest {
        var limits = ResourceLimits()
        limits.wallMs = wallMs
        return PlannedTest(
            test: TestCase(
                id: id, covers: ["REQ-1"], points: points, unit: .everySuite("test_" + id),
                location: SourceLocation(path: "spec.md", line: 1)),
            stdin: [], expectedStdout: nil, files: [:], limits: limits, comparison: Comparison())
    }

    static func line(_ json: String, nonce: String = nonce) -> String { "@@specgrade:\(nonce) \(json)\n" }

    @Test func onlyLinesWithTheRunsNonceAreEvents() {
        let stdout =
            Self.line(#"{"event":"start","test":"a"}"#)
            + Self.line(#"{"event":"result","test":"a","outcome":"passed"}"#, nonce: "ffffffffffffffffffffffffffffffff")
            + "@@specgrade:\(Self.nonce){\"event\":\"done\"}\n"
            + "print from the submission\n"
            + Self.line("not json")
            + Self.line(#"{"event":"result","test":"a","outcome":"failed","message":"assert 1 == 2"}"#)
        let events = HarnessEvent.parse(Array(stdout.utf8), nonce: Self.nonce)
        #expect(events.map(\.event) == [.start, .result])
        #expect(events.last?.outcome == "failed")
    }

    @Test func outcomesBecomeVerdicts() {
        let run = ExecutionResult(verdict: .accepted, cpuMs: 10, wallMs: 20, memoryKB: 900)
        func judged(_ json: String) -> TestResult {
            let event = HarnessEvent.parse(Array(Self.line(json).utf8), nonce: Self.nonce)[0]
            return UnitVerdicts.judge(Self.planned("mean"), event, run: run)
        }
        let passed = judged(#"{"event":"result","test":"t","outcome":"passed"}"#)
        #expect(passed.verdict == .accepted && passed.score == 2)
        let failed = judged(
            #"{"event":"result","test":"t","outcome":"failed","message":"assert 2.25 == 2.5","expected":"2.5","actual":"2.25"}"#
        )
        #expect(failed.verdict == .wrongAnswer && failed.score == 0)
        #expect(failed.detail == "assert 2.25 == 2.5 (expected 2.5, actual 2.25)")
        let error = judged(
            #"{"event":"result","test":"t","outcome":"error","exception":"ZeroDivisionError","message":"division by zero","trace":"stats.py:9 in variance"}"#
        )
        #expect(error.verdict == .runtimeError)
        #expect(error.detail == "ZeroDivisionError: division by zero (at stats.py:9 in variance)")
        let named = judged(
            #"{"event":"result","test":"t","outcome":"error","exception":"ValueError","message":"ValueError: empty"}"#)
        #expect(named.detail == "ValueError: empty")
        #expect(judged(#"{"event":"result","test":"t","outcome":"timeout"}"#).verdict == .timeLimit)
        #expect(judged(#"{"event":"result","test":"t","outcome":"missing"}"#).verdict == .internalError)
    }

    @Test func aRunThatEndedFailsTheTestItWasIn() {
        let run = ExecutionResult(verdict: .timeLimit, detail: "wall time limit 12000 ms")
        let ended = UnitVerdicts.ended(Self.planned("median"), run: run)
        #expect(ended.verdict == .timeLimit)
        let exited = UnitVerdicts.ended(Self.planned("median"), run: ExecutionResult(verdict: .accepted, exitCode: 0))
        #expect(exited.verdict == .runtimeError)
        #expect(exited.detail?.contains("exited, crashed or hung") == true)
    }

    @Test func aRunsLimitsAddUpItsTests() {
        let units = [Self.planned("a", wallMs: 1_000), Self.planned("b", wallMs: 2_000)].map {
            UnitSuiteRunner.Unit(planned: $0, name: $0.test.id)
        }
        let limits = UnitSuiteRunner.limits(for: units)
        #expect(limits.wallMs == UnitSuiteRunner.startUpMs + 3_000)
        #expect(UnitSuiteRunner.nonce().count == 32)
        #expect(UnitSuiteRunner.nonce() != UnitSuiteRunner.nonce())
    }
}
