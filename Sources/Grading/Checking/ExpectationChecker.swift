import Foundation
import Results
import SpecModel

/// Checks a run's stdout and stderr against a test's `expect`, given the expected text already
/// read from the spec's files.
public struct ExpectationChecker: Sendable {
    public var comparison: Comparison

    public init(comparison: Comparison) {
        self.comparison = comparison
    }

    /// `expectedText` is the content of `stdout` or `stdout_file`; unused for contains/regex.
    public func check(
        _ expectation: OutputExpectation?, expectedText: String?, stdout: String, stderr: String,
        stderrContains: [String]
    ) -> CheckOutcome {
        let outcome = checkStdout(expectation, expectedText: expectedText, stdout: stdout)
        guard outcome.passed else { return outcome }
        if let missing = stderrContains.first(where: { !stderr.contains($0) }) {
            return CheckOutcome(passed: false, detail: "stderr does not contain \(Self.quoted(missing))")
        }
        return outcome
    }

    private func checkStdout(_ expectation: OutputExpectation?, expectedText: String?, stdout: String) -> CheckOutcome {
        switch expectation {
        case nil:
            return .pass
        case .text, .file:
            return OutputComparator(comparison).compare(expected: expectedText ?? "", actual: stdout)
        case .contains(let needles):
            let haystack = comparison.caseInsensitive ? stdout.lowercased() : stdout
            for needle in needles {
                let sought = comparison.caseInsensitive ? needle.lowercased() : needle
                if !haystack.contains(sought) {
                    return CheckOutcome(
                        passed: false, detail: "stdout does not contain \(Self.quoted(needle))",
                        diff: DiffExcerpt(line: 1, expected: needle, actual: Self.firstLine(of: stdout)))
                }
            }
            return .pass
        case .regex(let pattern):
            var options: NSRegularExpression.Options = [.anchorsMatchLines]
            if comparison.caseInsensitive { options.insert(.caseInsensitive) }
            guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else {
                // Lint rejects invalid patterns, so reaching this means the spec changed under us.
                return CheckOutcome(passed: false, detail: "invalid stdout_regex \(Self.quoted(pattern))")
            }
            let range = NSRange(stdout.startIndex..<stdout.endIndex, in: stdout)
            if regex.firstMatch(in: stdout, options: [], range: range) != nil { return .pass }
            return CheckOutcome(
                passed: false, detail: "stdout does not match /\(pattern)/",
                diff: DiffExcerpt(line: 1, expected: "/\(pattern)/", actual: Self.firstLine(of: stdout)))
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    static func firstLine(of text: String) -> String? {
        text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
    }
}
