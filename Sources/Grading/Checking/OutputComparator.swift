import Foundation
import Results
import SpecModel

/// Compares a program's output with the expected output under a `Comparison`.
///
/// 1. `exact` compares the strings as they are.
/// 2. `lines` treats CRLF as LF, ignores trailing spaces and tabs on every line and trailing
///    blank lines, then compares line by line.
/// 3. `tokens` splits on any run of whitespace and compares token by token.
/// Under `lines` and `tokens`, tokens compare with the float rule (`TokenMatcher`) and
/// `case_insensitive`; `exact` honours `case_insensitive` only.
public struct OutputComparator: Sendable {
    public var comparison: Comparison

    public init(_ comparison: Comparison) {
        self.comparison = comparison
    }

    public func compare(expected: String, actual: String) -> CheckOutcome {
        switch comparison.mode {
        case .exact: return compareExact(expected: expected, actual: actual)
        case .lines: return compareLines(expected: expected, actual: actual)
        case .tokens: return compareTokens(expected: expected, actual: actual)
        }
    }

    private var matcher: TokenMatcher { TokenMatcher(comparison) }

    private func compareExact(expected: String, actual: String) -> CheckOutcome {
        let same =
            comparison.caseInsensitive
            ? expected.lowercased() == actual.lowercased()
            : expected == actual
        if same { return .pass }
        // Show where, by line, even though the comparison was not by line.
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            Self.firstDifference(expectedLines.map(String.init), actualLines.map(String.init)) { $0 == $1 }
            ?? max(expectedLines.count, actualLines.count)
        return failure(at: line, expectedLines.map(String.init), actualLines.map(String.init), "output differs (exact)")
    }

    private func compareLines(expected: String, actual: String) -> CheckOutcome {
        let expectedLines = Self.normalizedLines(expected)
        let actualLines = Self.normalizedLines(actual)
        let matcher = self.matcher
        guard let line = Self.firstDifference(expectedLines, actualLines, matcher.lineMatches) else { return .pass }
        return failure(at: line, expectedLines, actualLines, "line \(line) differs")
    }

    private func compareTokens(expected: String, actual: String) -> CheckOutcome {
        let expectedTokens = Self.placedTokens(expected)
        let actualTokens = Self.placedTokens(actual)
        let matcher = self.matcher
        guard
            let index = Self.firstDifference(expectedTokens.map(\.text), actualTokens.map(\.text), matcher.tokenMatches)
        else { return .pass }
        let expectedToken = expectedTokens.indices.contains(index - 1) ? expectedTokens[index - 1] : nil
        let actualToken = actualTokens.indices.contains(index - 1) ? actualTokens[index - 1] : nil
        // The line the reader looks for in the output; past its end, where the expected token stood.
        let line = actualToken?.line ?? expectedToken?.line ?? 1
        let why: String
        switch (expectedToken, actualToken) {
        case (nil, _): why = "output has more tokens than expected (from token \(index), line \(line))"
        case (_, nil): why = "output ended early (token \(index) missing, expected on line \(line))"
        default: why = "token \(index) (line \(line)) differs"
        }
        return CheckOutcome(
            passed: false, detail: why,
            diff: DiffExcerpt(line: line, expected: expectedToken?.text, actual: actualToken?.text, token: index))
    }

    private func failure(at line: Int, _ expected: [String], _ actual: [String], _ detail: String) -> CheckOutcome {
        let expectedLine = expected.indices.contains(line - 1) ? expected[line - 1] : nil
        let actualLine = actual.indices.contains(line - 1) ? actual[line - 1] : nil
        let why: String
        switch (expectedLine, actualLine) {
        case (nil, _): why = "output has more lines than expected (from line \(line))"
        case (_, nil): why = "output ended early (line \(line) missing)"
        default: why = detail
        }
        return CheckOutcome(
            passed: false, detail: why, diff: DiffExcerpt(line: line, expected: expectedLine, actual: actualLine))
    }

    /// The 1-based position of the first pair that does not match, or of the first element
    /// only one side has; nil when both sides match throughout.
    static func firstDifference(_ expected: [String], _ actual: [String], _ matches: (String, String) -> Bool) -> Int? {
        for index in 0..<max(expected.count, actual.count) {
            guard index < expected.count, index < actual.count, matches(expected[index], actual[index]) else {
                return index + 1
            }
        }
        return nil
    }

    /// Lines with CRLF as LF, trailing spaces and tabs cut, trailing blank lines dropped.
    static func normalizedLines(_ text: String) -> [String] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var end = line.endIndex
                while end > line.startIndex, let last = line[..<end].last, last == " " || last == "\t" || last == "\r" {
                    end = line.index(before: end)
                }
                return String(line[..<end])
            }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// The tokens of `text` with the 1-based line each is on.
    static func placedTokens(_ text: String) -> [(text: String, line: Int)] {
        var placed: [(text: String, line: Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for token in line.split(whereSeparator: { $0.isWhitespace }) { placed.append((String(token), number + 1)) }
        }
        return placed
    }

    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
