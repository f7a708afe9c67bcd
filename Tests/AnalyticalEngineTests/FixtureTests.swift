import Execution
import Foundation
import Testing

@testable import AnalyticalEngine

/// The Engine assignment's fixtures (Fixtures/engine-factorial) against the test cases of
/// Specs/engine-factorial.md, through `AnalyticalEngine.compile` and `run`.
@Suite struct FixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct SpecTest {
        var id: String
        var stdin: String
        var stdout: String
        var limits: ResourceLimits
    }

    /// The spec's ```test blocks, read just far enough for these fixtures: `stdin`, the
    /// expected `stdout` and a `cpu` limit in ms (the spec's own limits otherwise).
    static func specTests() throws -> [SpecTest] {
        let spec = try String(contentsOf: root.appendingPathComponent("Specs/engine-factorial.md"), encoding: .utf8)
        let blocks = spec.components(separatedBy: "```test\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        return blocks.map { block in
            func quoted(after key: String) -> String {
                guard let range = block.range(of: key + " \"") else { return "" }
                let rest = block[range.upperBound...]
                return String(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)]).replacingOccurrences(
                    of: "\\n", with: "\n")
            }
            let id = block.split(separator: "\n").first?.replacingOccurrences(of: "id: ", with: "") ?? ""
            var limits = ResourceLimits(cpuMs: 1_000, wallMs: 5_000, outputBytes: 64 << 10)
            if let cpu = block.range(of: "cpu: "), let ms = Int(block[cpu.upperBound...].prefix { $0.isNumber }) {
                limits.cpuMs = ms
            }
            return SpecTest(id: id, stdin: quoted(after: "stdin:"), stdout: quoted(after: "stdout:"), limits: limits)
        }
    }

    /// Runs every spec test; `cpuCapMs` trims the budget for a deck that is meant to run away
    /// (a debug build executes cards some ten times slower than a release one).
    static func run(_ student: String, cpuCapMs: Int = .max) throws -> [String: ExecutionResult] {
        let path = root.appendingPathComponent("Fixtures/engine-factorial/submissions/\(student)")
        let source = try String(contentsOf: path, encoding: .utf8)
        let language: Language = student.hasSuffix(".bab") ? .babbageAssembly : .babbage
        var results: [String: ExecutionResult] = [:]
        for test in try specTests() {
            var limits = test.limits
            limits.cpuMs = min(limits.cpuMs, cpuCapMs)
            results[test.id] = EngineRun.deck(
                source, path: student, stdin: test.stdin, limits: limits, language: language)
        }
        return results
    }

    static func passed(_ student: String) throws -> Set<String> {
        let expected = Dictionary(uniqueKeysWithValues: try specTests().map { ($0.id, $0.stdout) })
        return Set(
            try run(student).filter { $0.value.verdict == .accepted && $0.value.stdoutText == expected[$0.key] }.keys)
    }

    @Test func specHasTheFiveTests() throws {
        #expect(try Self.specTests().map(\.id) == ["T-zero", "T-one", "T-five", "T-ten", "T-forty"])
    }

    @Test(arguments: ["alice.ae", "grace.ae", "erin.bab"])
    func correctSubmissionsPassEverything(_ student: String) throws {
        #expect(try Self.passed(student) == ["T-zero", "T-one", "T-five", "T-ten", "T-forty"])
    }

    @Test func bobForgetsThatZeroFactorialIsOne() throws {
        let results = try Self.run("bob.ae")
        #expect(results["T-zero"]?.verdict == .accepted)
        #expect(results["T-zero"]?.stdoutText == "0\n")
        #expect(try Self.passed("bob.ae") == ["T-one", "T-five", "T-ten", "T-forty"])
    }

    @Test func carolsDeckDoesNotParse() throws {
        for result in try Self.run("carol.ae").values {
            #expect(result.verdict == .compileError)
            #expect(result.stderrText.hasPrefix("carol.ae:4: error: Bad number card"))
        }
    }

    @Test func davesDeckRunsAway() throws {
        let results = try Self.run("dave.ae", cpuCapMs: 20)
        #expect(results["T-zero"]?.stdoutText == "1\n")
        for id in ["T-one", "T-five", "T-ten", "T-forty"] {
            #expect(results[id]?.verdict == .timeLimit, "\(id)")
        }
    }
}
