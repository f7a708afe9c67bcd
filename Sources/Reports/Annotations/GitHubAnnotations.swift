import Execution
import Results
import SpecModel

/// GitHub Actions workflow commands for requirements not met, one per requirement, pointing at
/// the requirement's heading in the spec so the run's summary shows it on that line:
///
///     ::error file=Specs/word-count.md,line=14,col=1,title=REQ-2 not met::REQ-2 (Punctuation) is unmet for alice: T-punct: expected "3", got "4"
///
/// 1. `error` when some submission leaves the requirement unmet, `warning` when it is only partial.
/// 2. With several submissions the message lists who (at most 20 names); with one it carries
///    that submission's suggestion, unless the suggestion comes from a hidden test.
/// 3. Escaped as GitHub's runner reads them: `%` and line breaks in the message; in properties
///    also `:` and `,`. Other control characters are written as visible `\x1B` escapes.
public enum GitHubAnnotations {
    /// The lines to print, in spec order; empty when every graded submission meets everything.
    public static func render(_ run: GradeRun) -> [String] {
        let graded = run.submissions.filter { $0.status != .notGradable }
        return run.spec.requirements.compactMap { requirement in
            let failing: [(student: SubmissionResult, status: ComplianceStatus)] = graded.compactMap { submission in
                guard let status = submission.requirements.first(where: { $0.id == requirement.id })?.status,
                    status == .unmet || status == .partial
                else { return nil }
                return (submission, status)
            }
            guard let first = failing.first else { return nil }
            let level = failing.contains { $0.status == .unmet } ? "error" : "warning"
            let title =
                graded.count == 1
                ? "\(requirement.id) not met"
                : "\(requirement.id) not met by \(failing.count) of \(graded.count) submissions"
            var message: String
            if failing.count == 1 {
                message =
                    "\(requirement.id) (\(requirement.title)) is \(first.status.rawValue) for \(first.student.student)"
                let hidden = Set(first.student.tests.filter(\.hidden).map(\.id))
                if let suggestion = first.student.suggestions.first(where: {
                    $0.requirement == requirement.id && !hidden.contains($0.test)
                }) {
                    message += ": \(suggestion.test): \(suggestion.message)"
                }
            } else {
                let names = failing.prefix(20).map { "\($0.student.student) (\($0.status.rawValue))" }
                message =
                    "\(requirement.id) (\(requirement.title)): " + names.joined(separator: ", ")
                    + (failing.count > 20 ? " and \(failing.count - 20) more" : "")
            }
            let location = requirement.location
            let properties = [
                "file=\(property(location.path))", "line=\(location.line)", "col=\(location.column)",
                "title=\(property(title))",
            ]
            return "::\(level) \(properties.joined(separator: ","))::\(data(message))"
        }
    }

    /// A command's message: `%` and LF percent-encoded (CRLF counts as LF), other control
    /// characters, a lone CR among them, made visible (`\x1B`, `\x0D`) so that a student's
    /// name cannot colour or rewrite the log.
    static func data(_ text: String) -> String {
        var result = ""
        for scalar in VisibleText.lines(text).unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A command's property value: as `data`, and `:` and `,` too.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
