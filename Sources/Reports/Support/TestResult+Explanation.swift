import Execution
import Results

/// The words every report uses for one test's outcome, so that JUnit, Gradescope, HTML and
/// annotations say the same thing.
extension TestResult {
    /// True when the test passed.
    var passed: Bool { verdict == .accepted }

    /// `"T-count"`, or `"T-count: counts words"` when the test has a name.
    var title: String { name.isEmpty || name == id ? id : "\(id): \(name)" }

    /// The verdict with its detail: `"time_limit (cpu time limit 2000 ms)"`, `"accepted"`.
    var outcome: String {
        guard let detail, !detail.isEmpty else { return verdict.rawValue }
        return "\(verdict.rawValue) (\(detail))"
    }

    /// The first difference, on one line: `line 2: expected "3", got "4"`; nil without a diff.
    var diffSummary: String? {
        guard let diff else { return nil }
        switch (diff.expected, diff.actual) {
        case let (expected?, actual?):
            return "\(diff.position): expected \(Quoted.text(expected)), got \(Quoted.text(actual))"
        case let (expected?, nil):
            return "\(diff.position): expected \(Quoted.text(expected)), output ended"
        case let (nil, actual?):
            return "\(diff.position): unexpected extra output \(Quoted.text(actual))"
        case (nil, nil):
            return "\(diff.position) differs"
        }
    }

    /// `outcome` and `diffSummary` together: the one-line message of a failure.
    var failureMessage: String {
        guard let diffSummary else { return outcome }
        return "\(outcome): \(diffSummary)"
    }
}
