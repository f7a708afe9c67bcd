import Execution
import Testing

@testable import Grading

/// An instructor's checker, here a deck run in-process. A deck cannot exit with 1, so a
/// checker's rejection (exit 1) needs a process and is covered where the sandbox runs.
@Suite struct CustomCheckerTests {
    static let runner = ProgramRunner(languages: [.babbage])

    static func check(with deck: String) async throws -> CheckOutcome {
        let checker = CustomChecker(path: "judge.ae", program: try await EngineCourse.prepare(deck, runner: runner))
        return await checker.check(
            input: Array("N001 2\n".utf8), expected: "4\n", actual: Array("4\n".utf8), runner: runner)
    }

    /// The first line of a checker's output is the fraction of the points earned.
    @Test func theScoreOnTheFirstLineIsPartialCredit() async throws {
        let outcome = try await Self.check(with: "A write annotation 0.25\nA write new line\nA write annotation ok\n")
        #expect(outcome.passed)
        #expect(outcome.fraction == 0.25)
        #expect(!outcome.checkerFailed)
    }

    @Test func aScoreAboveOneCountsAsOne() async throws {
        let outcome = try await Self.check(with: "A write annotation 7\nA write new line\n")
        #expect(outcome.passed)
        #expect(outcome.fraction == 1)
    }

    @Test func aCheckerThatPrintsNoScoreAwardsThePointsInFull() async throws {
        let outcome = try await Self.check(with: "N001 0\n")
        #expect(outcome.passed)
        #expect(outcome.fraction == 1)
        #expect(outcome.detail == nil)
    }

    /// A checker that crashes is the instructor's problem: reported as the checker's failure,
    /// never as the student's wrong answer.
    @Test func aCheckerThatCrashesIsItsOwnFailure() async throws {
        let outcome = try await Self.check(with: "N001 0\nCB+5\n")
        #expect(!outcome.passed)
        #expect(outcome.checkerFailed)
        #expect(
            outcome.detail?.hasPrefix("checker judge.ae failed: Card chain fell on floor") == true,
            "\(outcome.detail ?? "")")
    }
}
