import Results
import SpecModel
import Testing

@testable import Grading

@Suite struct OutputComparatorTests {
    private func check(
        _ mode: Comparison.Mode, _ expected: String, _ actual: String,
        caseInsensitive: Bool = false, abs: Double? = nil, rel: Double? = nil
    ) -> CheckOutcome {
        OutputComparator(
            Comparison(mode: mode, caseInsensitive: caseInsensitive, floatAbsolute: abs, floatRelative: rel)
        )
        .compare(expected: expected, actual: actual)
    }

    @Test func linesIgnoresTrailingSpaceBlankLinesAndCRLF() {
        #expect(check(.lines, "a b\nc\n", "a b   \r\nc\t\n\n\n").passed)
        #expect(!check(.lines, "a b\nc\n", "a  b\nc\n").passed)
        #expect(!check(.lines, "a\nb\n", "\na\nb\n").passed)
    }

    @Test func linesReportsFirstDifferingLine() {
        let outcome = check(.lines, "1\n2\n3\n", "1\n5\n3\n")
        #expect(outcome.diff == DiffExcerpt(line: 2, expected: "2", actual: "5"))
        #expect(outcome.detail == "line 2 differs")
    }

    @Test func linesReportsMissingAndExtraLines() {
        let short = check(.lines, "1\n2\n", "1\n")
        #expect(short.diff == DiffExcerpt(line: 2, expected: "2", actual: nil))
        #expect(short.detail?.contains("ended early") == true)
        let long = check(.lines, "1\n", "1\n2\n")
        #expect(long.diff == DiffExcerpt(line: 2, expected: nil, actual: "2"))
    }

    @Test func exactIsByteForByte() {
        #expect(check(.exact, "0\n", "0\n").passed)
        #expect(!check(.exact, "0\n", "0").passed)
        #expect(!check(.exact, "0\n", "0 \n").passed)
        #expect(check(.exact, "Yes\n", "YES\n", caseInsensitive: true).passed)
    }

    @Test func tokensIgnoreAnyWhitespace() {
        #expect(check(.tokens, "1 2 3", "1\n2\t\t3\n").passed)
        let outcome = check(.tokens, "1 2 3", "1 2 4")
        #expect(!outcome.passed)
        #expect(outcome.diff == DiffExcerpt(line: 1, expected: "3", actual: "4", token: 3))
    }

    /// Twelve tokens over six lines: the difference is token 12, on line 6 (not "line 12").
    @Test func tokensReportPositionAndLine() {
        let expected = "1 2\n3 4\n5 6\n7 8\n9 10\n11 12\n"
        let outcome = check(.tokens, expected, "1 2\n3 4\n5 6\n7 8\n9 10\n11 13\n")
        #expect(outcome.diff == DiffExcerpt(line: 6, expected: "12", actual: "13", token: 12))
        #expect(outcome.detail == "token 12 (line 6) differs")
        #expect(outcome.diff?.position == "token 12 (line 6)")
        let short = check(.tokens, expected, "1 2\n3 4\n5 6\n7 8\n9 10\n11\n")
        #expect(short.diff == DiffExcerpt(line: 6, expected: "12", actual: nil, token: 12))
        #expect(short.detail?.contains("ended early") == true)
        let long = check(.tokens, "1 2", "1 2\n\n3")
        #expect(long.diff == DiffExcerpt(line: 3, expected: nil, actual: "3", token: 3))
    }

    @Test func caseInsensitive() {
        #expect(check(.lines, "Hello World\n", "hello world\n", caseInsensitive: true).passed)
        #expect(!check(.lines, "Hello World\n", "hello world\n").passed)
    }

    @Test func floatToleranceAppliesOnlyToExpectedFloats() {
        #expect(check(.tokens, "3.14159", "3.1416", abs: 1e-3).passed)
        #expect(!check(.tokens, "3.14159", "3.15", abs: 1e-3).passed)
        #expect(check(.lines, "mean 2.5000\n", "mean 2.50001\n", abs: 1e-4).passed)
        // An expected integer must match exactly even with a tolerance.
        #expect(!check(.tokens, "42", "42.0000001", abs: 1).passed)
        // Relative tolerance scales with the expected value.
        #expect(check(.tokens, "1.0e6", "1000001", rel: 1e-5).passed)
        #expect(!check(.tokens, "1.0e6", "1000100", rel: 1e-5).passed)
        // The actual token must parse as a number.
        #expect(!check(.tokens, "2.5", "two", abs: 10).passed)
    }
}
