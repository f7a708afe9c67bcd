import Execution
import Grading

/// `grades.csv`: one row per student for an LMS import, RFC 4180 (CRLF line ends; a field
/// holding a comma, quote or line break is quoted, quotes doubled), UTF-8 without a byte-order
/// mark.
///
///     student,status,score,max_score,percent,language,tests_passed,tests_total,requirements_met,requirements_total,missing_requirements,message
///     "Lovelace, Ada",passed,7,7,100,python,7,7,5,5,,
///
/// A text field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that a
/// spreadsheet never runs a student-chosen name as a formula (OWASP's CSV-injection advice).
public enum GradesCSV {
    public static let columns = [
        "student", "status", "score", "max_score", "percent", "language", "tests_passed", "tests_total",
        "requirements_met", "requirements_total", "missing_requirements", "message",
    ]

    public static func render(_ run: GradeRun) -> String {
        var text = row(columns)
        for submission in run.submissions {
            text += row([
                inert(submission.student), submission.status.rawValue, Figures.score(submission.score),
                Figures.score(submission.maxScore), Figures.percent(submission.score, of: submission.maxScore),
                submission.language ?? "", String(submission.tests.filter(\.passed).count),
                String(submission.tests.count), String(submission.coverage.met), String(submission.coverage.total),
                submission.coverage.missing.joined(separator: " "), inert(submission.message ?? ""),
            ])
        }
        return text
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180, 2.6–2.7: quote a field holding a comma, quote, CR or LF; double its quotes.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A field of free text: control characters other than line breaks escaped (`\x1B`), and a
    /// leading `'` when a spreadsheet would read it as a formula.
    private static func inert(_ field: String) -> String {
        let visible = VisibleText.lines(field)
        guard let first = visible.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return visible }
        return "'" + visible
    }
}
