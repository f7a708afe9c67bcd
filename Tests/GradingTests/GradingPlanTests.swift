import Execution
import Foundation
import Testing

@testable import Grading

@Suite struct GradingPlanTests {
    /// `stdin_file` and `stdout_file` are read from the spec's folder once, when the plan is made.
    @Test func filesTheSpecNamesAreReadFromItsFolder() throws {
        let course = try EngineCourse(decks: [:])
        defer { course.remove() }
        let plan = try course.plan()
        #expect(plan.tests.map(\.test.id) == ["T-two", "T-five"])
        #expect(plan.tests[0].stdin == Array("N001 2\n".utf8))
        #expect(plan.tests[0].expectedStdout == "4\n")
        #expect(plan.tests[1].stdin == Array("N001 5\n".utf8))
        #expect(plan.tests[1].expectedStdout == "10\n")
    }

    /// A test's limits lie over the spec's, which lie over the defaults.
    @Test func aTestsLimitsLieOverTheSpecs() throws {
        let course = try EngineCourse(decks: [:])
        defer { course.remove() }
        let plan = try course.plan()
        #expect(plan.tests[0].limits.cpuMs == 200)
        #expect(plan.tests[1].limits.cpuMs == 100)
        #expect(plan.tests[1].limits.wallMs == 20_000)
        #expect(plan.tests[1].limits.memoryBytes == ResourceLimits().memoryBytes)
    }

    @Test func aFileThatCannotBeReadIsNamedWithItsFullPath() throws {
        let course = try EngineCourse(decks: [:])
        defer { course.remove() }
        let spec = try course.spec()
        try FileManager.default.removeItem(atPath: course.root + "/ten.txt")
        #expect {
            try GradingPlan(spec: spec)
        } throws: { error in
            guard case GradingError.unreadableSpecFile(let path, let why) = error else { return false }
            return path == course.root + "/ten.txt" && why.contains(course.specPath)
        }
    }

    /// The fingerprint keys the cache: a changed expected output re-grades, a course folder
    /// moved elsewhere does not.
    @Test func theFingerprintFollowsWhatTheSpecSaysNotWhereItLies() throws {
        let course = try EngineCourse(decks: [:])
        defer { course.remove() }
        let moved = try EngineCourse(decks: [:])
        defer { moved.remove() }
        let original = try course.plan().fingerprint
        #expect(try moved.plan().fingerprint == original)
        try course.write("11\n", to: course.root + "/ten.txt")
        #expect(try course.plan().fingerprint != original)
    }

    /// A checker is listed once, by the path the spec gives, resolved against its folder.
    @Test func checkersAreResolvedAgainstTheSpecsFolder() throws {
        let course = try EngineCourse.withChecker("H\n", at: "judge/checker.ae", decks: [:])
        defer { course.remove() }
        let plan = try course.plan()
        #expect(plan.checkers == ["judge/checker.ae": course.root + "/judge/checker.ae"])
        #expect(plan.tests[0].test.checker == "judge/checker.ae")
    }
}
