import Execution
import Foundation
import Results
import Testing

@testable import Grading

/// One submission at a time, decks in the Engine: stage, mount, run every test, check, score,
/// comply.
@Suite struct SubmissionGraderTests {
    /// Grades `student`'s submission to `course`, as found in its submissions folder.
    static func grade(_ student: String, in course: EngineCourse) async throws -> SubmissionResult {
        let plan = try course.plan()
        let runner = EngineCourse.runner(for: plan)
        let found = try Grader(
            plan: plan, options: Grader.Options(historyPath: nil, toolVersion: "test"), runner: runner
        )
        .discover(in: course.submissions)
        let submission = try #require(found.first { $0.student == student })
        let staging = try StagingArea()
        defer { staging.removeAll() }
        return await SubmissionGrader(plan: plan, runner: runner, checkers: [:], staging: staging)
            .grade(submission, contentHash: "hash-of-\(student)")
    }

    /// Grades the student's deck with the doubling course.
    static func grade(_ student: String, deck: String) async throws -> SubmissionResult {
        let course = try EngineCourse(decks: [student: deck])
        defer { course.remove() }
        return try await grade(student, in: course)
    }

    @Test func aRightDeckPassesEveryTestAndMeetsEveryRequirement() async throws {
        let result = try await Self.grade("ada", deck: EngineCourse.Deck.double)
        #expect(result.status == .passed)
        #expect(result.score == 3)
        #expect(result.maxScore == 3)
        #expect(result.language == "babbage")
        #expect(result.tests.map(\.verdict) == [.accepted, .accepted])
        #expect(result.tests.map(\.stdoutExcerpt) == ["4\n", "10\n"])
        #expect(result.requirements.allSatisfy { $0.status == .met })
        #expect(result.coverage == Coverage(total: 4, covered: 4, met: 4, missing: []))
        #expect(result.contentHash == "hash-of-ada")
        #expect(result.isolation == .inProcess)
        #expect(result.suggestions.isEmpty)
    }

    /// Right for n = 2 only: partial, with the difference and a hint on the unmet criterion.
    @Test func aDeckRightForOneInputIsPartialWithAHint() async throws {
        let result = try await Self.grade("bert", deck: EngineCourse.Deck.plusTwo)
        #expect(result.status == .partial)
        #expect(result.score == 1)
        #expect(result.tests.map(\.verdict) == [.accepted, .wrongAnswer])
        #expect(result.tests[1].diff == DiffExcerpt(line: 1, expected: "10", actual: "7"))
        let byID = Dictionary(uniqueKeysWithValues: result.requirements.map { ($0.id, $0.status) })
        #expect(byID == ["REQ-1": .partial, "AC-1.1": .met, "AC-1.2": .unmet, "REQ-2": .met])
        #expect(result.coverage.missing == ["REQ-1", "AC-1.2"])
        #expect(result.suggestions.map(\.test).allSatisfy { $0 == "T-five" })
        #expect(result.suggestions.map(\.requirement).contains("AC-1.2"))
    }

    /// A deck that never halts is stopped by each test's own CPU limit, and scores nothing.
    @Test func aDeckThatNeverHaltsIsStoppedByEachTestsLimit() async throws {
        let result = try await Self.grade("cy", deck: EngineCourse.Deck.endless)
        #expect(result.status == .failed)
        #expect(result.score == 0)
        #expect(result.tests.map(\.verdict) == [.timeLimit, .timeLimit])
        #expect(result.tests[0].detail?.contains("20000000 cards") == true, "\(result.tests[0].detail ?? "")")
        #expect(result.tests[1].detail?.contains("10000000 cards") == true, "\(result.tests[1].detail ?? "")")
    }

    /// A deck that does not mount is a compile error on every test, with the attendant's
    /// message naming the deck and card.
    @Test func aDeckThatDoesNotMountFailsEveryTestAsACompileError() async throws {
        let result = try await Self.grade("dot", deck: EngineCourse.Deck.typo)
        #expect(result.status == .failed)
        #expect(result.tests.map(\.verdict) == [.compileError, .compileError])
        #expect(result.message?.contains("dot.ae:1") == true, "\(result.message ?? "")")
        #expect(result.requirements.allSatisfy { $0.status == .unmet })
    }

    /// A file in a language the spec does not allow is never run, and judged on nothing.
    @Test func aSubmissionNotGradableSaysWhyAndJudgesNoRequirement() async throws {
        let course = try EngineCourse(decks: [:])
        defer { course.remove() }
        try course.write("print(4)\n", to: course.submissions + "/eve.py")
        let result = try await Self.grade("eve", in: course)
        #expect(result.status == .notGradable)
        #expect(result.tests.map(\.verdict) == [.notGradable, .notGradable])
        #expect(result.message?.isEmpty == false)
        #expect(result.requirements.allSatisfy { $0.status == .notGradable })
        #expect(result.score == 0)
    }

    /// A test naming a checker that was never prepared fails as SpecGrade's error, so no
    /// score stands and the student is told it is not their doing.
    @Test func aCheckerThatWasNotPreparedMakesTheResultAnInternalError() async throws {
        let course = try EngineCourse.withChecker("N001 0\n", decks: ["ada": EngineCourse.Deck.double])
        defer { course.remove() }
        let result = try await Self.grade("ada", in: course)
        #expect(result.hasInternalError)
        #expect(result.tests[0].detail == "checker judge.ae could not be prepared")
        #expect(result.status == .notGradable)
        #expect(result.message?.hasPrefix("SpecGrade could not grade this submission (internal error in T-two") == true)
    }
}
