import Results

/// How every report shows a requirement's status, so that the heat map, the drill-down and
/// `view` agree.
extension ComplianceStatus {
    /// The status a report shows: `not_gradable` for every covered requirement of a submission
    /// that could not be graded, also when the report was written before that status existed
    /// (then they read `unmet`); an untested requirement stays untested.
    static func shown(_ status: ComplianceStatus, in submission: SubmissionResult) -> ComplianceStatus {
        submission.status == .notGradable && status != .untested ? .notGradable : status
    }

    /// One character, for a matrix cell: ✓ met, ◐ partial, ✗ unmet, ○ untested, – not gradable.
    var mark: String {
        switch self {
        case .met: return "✓"
        case .partial: return "◐"
        case .unmet: return "✗"
        case .untested: return "○"
        case .notGradable: return "–"
        }
    }

    /// In words: `not gradable` rather than its raw value.
    var label: String {
        self == .notGradable ? "not gradable" : rawValue
    }
}
