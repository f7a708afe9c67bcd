import Execution
import Reports

/// What `grade --roster` prints after the class summary: how the folders met the roster, and
/// every folder that matches no one (also in `unmatched.csv`).
struct RosterSummary {
    let match: RosterMatch

    var lines: [String] {
        let matched = match.entries.count - match.missing.count
        var lines = [
            "roster: \(matched) of \(match.entries.count) students have a submission"
                + (match.missing.isEmpty ? "" : "; \(match.missing.count) without one get no grade")
        ]
        if !match.unmatched.isEmpty {
            lines.append(
                "roster: \(match.unmatched.count) folder\(match.unmatched.count == 1 ? "" : "s") left out of the gradebook (see unmatched.csv):"
            )
            lines += match.unmatched.map {
                "  \(VisibleText.line($0.submission.student)): \(VisibleText.line($0.reason))"
            }
        }
        return lines
    }
}
