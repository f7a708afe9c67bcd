import SpecModel
import Testing

@testable import Grading

@Suite struct ExpectationCheckerTests {
    let checker = ExpectationChecker(comparison: Comparison())

    @Test func containsNeedsEveryString() {
        let expectation = OutputExpectation.contains(["Total:", "Mean:"])
        #expect(
            checker.check(expectation, expectedText: nil, stdout: "Mean: 2\nTotal: 4\n", stderr: "", stderrContains: [])
                .passed)
        let outcome = checker.check(
            expectation, expectedText: nil, stdout: "Total: 4\n", stderr: "", stderrContains: [])
        #expect(!outcome.passed)
        #expect(outcome.detail == "stdout does not contain \"Mean:\"")
    }

    @Test func regexAnchorsMatchAtLineBoundaries() {
        let expectation = OutputExpectation.regex("^max = [0-9]+$")
        #expect(
            checker.check(expectation, expectedText: nil, stdout: "min = 1\nmax = 9\n", stderr: "", stderrContains: [])
                .passed)
        #expect(
            !checker.check(
                expectation, expectedText: nil, stdout: "min = 1\nthe max = 9\n", stderr: "", stderrContains: []
            ).passed)
    }

    @Test func stderrContains() {
        let outcome = checker.check(
            nil, expectedText: nil, stdout: "", stderr: "error: empty input\n", stderrContains: ["empty input"])
        #expect(outcome.passed)
        #expect(
            !checker.check(nil, expectedText: nil, stdout: "", stderr: "oops", stderrContains: ["empty input"]).passed)
    }

    @Test func textUsesTheComparison() {
        let tokens = ExpectationChecker(comparison: Comparison(mode: .tokens))
        #expect(
            tokens.check(.text("1 2"), expectedText: "1 2", stdout: "1\n2\n", stderr: "", stderrContains: []).passed)
        #expect(
            !checker.check(.text("1 2"), expectedText: "1 2", stdout: "1\n2\n", stderr: "", stderrContains: []).passed)
    }
}
