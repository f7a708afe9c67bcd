import Execution
import Foundation
import Results

/// Runs a submission's unit tests through its harness (docs/unit-tests.md): all of them in one
/// run, and again only what a failure forces. A run that ends before reporting `done` fails
/// the test it was in with what ended it, and the tests it never started run again; a run
/// that started none fails them all with its own verdict.
struct UnitSuiteRunner: Sendable {
    let runner: ProgramRunner
    let program: PreparedSubmission

    /// One planned test and the name of its unit test in the submission's language.
    struct Unit: Sendable {
        var planned: PlannedTest
        var name: String
    }

    /// Start-up a run gets on top of its tests' limits (a JVM, pytest's collection).
    static let startUpMs = 10_000

    /// The tests' results in `units`' order, and the isolation their runs had.
    func run(_ units: [Unit]) async -> (results: [TestResult], isolation: Isolation) {
        var results: [String: TestResult] = [:]
        var isolation = Isolation()
        var pending = units
        while !pending.isEmpty {
            let nonce = Self.nonce()
            let input =
                ([nonce] + pending.map { "\($0.planned.limits.wallMs) \($0.name)" }).joined(separator: "\n") + "\n"
            let run = await runner.runUnitSuite(program, input: Array(input.utf8), limits: Self.limits(for: pending))
            isolation = run.isolation
            let events = HarnessEvent.parse(run.stdout, nonce: nonce)
            if let failure = events.first(where: { $0.event == .importError }) {
                let message = failure.message ?? "the module does not load"
                for unit in pending {
                    results[unit.planned.test.id] = UnitVerdicts.unrun(unit.planned, .compileError, message)
                }
                break
            }
            let share = Self.share(of: run, among: events.filter { $0.event == .start }.count)
            var reported: Set<String> = []
            var lastStarted: String?
            for event in events {
                guard let name = event.test else { continue }
                if event.event == .start { lastStarted = name }
                guard event.event == .result, !reported.contains(name),
                    let unit = pending.first(where: { $0.name == name })
                else { continue }
                reported.insert(name)
                results[unit.planned.test.id] = UnitVerdicts.judge(unit.planned, event, run: share)
            }
            pending.removeAll { reported.contains($0.name) }
            if events.contains(where: { $0.event == .done }) || pending.isEmpty {
                for unit in pending {
                    results[unit.planned.test.id] = UnitVerdicts.unrun(
                        unit.planned, .runtimeError, "the suite reported no result for \(unit.name)")
                }
                break
            }
            // Ended early: the test it was in fails with what ended it; the rest run again.
            if let started = lastStarted, !reported.contains(started),
                let unit = pending.first(where: { $0.name == started })
            {
                results[unit.planned.test.id] = UnitVerdicts.ended(unit.planned, run: run)
                pending.removeAll { $0.name == started }
            } else if reported.isEmpty {
                for unit in pending { results[unit.planned.test.id] = UnitVerdicts.ended(unit.planned, run: run) }
                break
            }
        }
        return (units.compactMap { results[$0.planned.test.id] }, isolation)
    }

    /// A run's limits: the tests' own for memory and output, their times added up.
    static func limits(for units: [Unit]) -> ResourceLimits {
        var limits = units.map(\.planned.limits).reduce(into: units[0].planned.limits) { total, next in
            total.memoryBytes = max(total.memoryBytes, next.memoryBytes)
            total.processes = max(total.processes, next.processes)
            total.outputBytes = max(total.outputBytes, next.outputBytes)
        }
        limits.cpuMs = units.reduce(startUpMs) { $0 + $1.planned.limits.cpuMs }
        limits.wallMs = units.reduce(startUpMs) { $0 + $1.planned.limits.wallMs }
        // Every test's report and the submission's output share one stdout.
        limits.outputBytes += 64 << 10
        return limits
    }

    /// The run's CPU, time and memory as each test it ran is shown: a fair share.
    private static func share(of run: ExecutionResult, among tests: Int) -> ExecutionResult {
        var share = run
        let count = max(1, tests)
        share.cpuMs = run.cpuMs / count
        share.wallMs = run.wallMs / count
        return share
    }

    /// 32 hex digits no submission can guess.
    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
