import Execution
import Foundation
import Testing

@testable import Grading

@Suite struct ProgramRunnerTests {
    /// A deck computes for its whole run without awaiting anything. Were it run on the
    /// cooperative pool (one thread a core), as many decks as cores would hold every thread
    /// and no other task could run until one ended; run on a queue of their own, they leave
    /// the pool free.
    @Test func engineRunsLeaveTheCooperativePoolFree() async throws {
        let runner = ProgramRunner(languages: [.babbage])
        let deck = try await EngineCourse.prepare(EngineCourse.Deck.endless, runner: runner)
        let gauge = Gauge()
        let seenByAnotherTask = await withTaskGroup(of: Int?.self) { group in
            for _ in 0..<ProcessInfo.processInfo.activeProcessorCount {
                group.addTask {
                    gauge.enter()
                    let run = await runner.run(
                        deck, stdin: [], arguments: [], files: [:], limits: ResourceLimits(cpuMs: 500, wallMs: 60_000))
                    gauge.leave()
                    #expect(run.verdict == .timeLimit)
                    return nil
                }
            }
            group.addTask { gauge.ended }
            var seen: Int?
            for await value in group where value != nil { seen = value }
            return seen
        }
        #expect(seenByAnotherTask == 0)
    }
}
