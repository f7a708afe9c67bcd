import Execution
import Testing

@testable import AnalyticalEngine

/// The API the grader and `specgrade run` call.
@Suite struct EngineAPITests {
    @Test func manyConcurrentRunsOfOneProgramAgree() async throws {
        let deck = "N001 99999999999999999999999999999999999999999999999999\n×\nL001\nL001\nP\nS002'\nL002\nP\n"
        guard case .success(let program) = AnalyticalEngine.compile(source: deck, path: "d.ae", language: .babbage)
        else {
            Issue.record("did not compile")
            return
        }
        let outputs = await withTaskGroup(of: String.self) { group in
            for index in 0..<32 {
                group.addTask {
                    AnalyticalEngine.run(
                        program, stdin: index.isMultiple(of: 2) ? "" : ". input\n", limits: ResourceLimits()
                    ).stdoutText
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(outputs).count == 1)
        #expect(outputs.first == "1\n99999999999999999999999999999999999999999999999998\n")
    }

    @Test func otherLanguagesAreNotEngineLanguages() {
        guard case .failure(let error) = AnalyticalEngine.compile(source: "print(1)", path: "a.py", language: .python)
        else {
            Issue.record("compiled Python")
            return
        }
        #expect(error.message.contains("does not run in the Analytical Engine"))
    }

    @Test func resultsRecordTheRun() {
        let result = EngineRun.deck("N001 1\n+\nL001\nP\n")
        #expect(result.verdict == .accepted)
        #expect(result.exitCode == 0)
        #expect(result.isolation.layers == [.inProcess])
        #expect(result.cpuMs >= 0 && result.wallMs >= 0)
        #expect(result.stderr.isEmpty)
    }
}
