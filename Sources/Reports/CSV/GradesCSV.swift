import Execution
import Results

/// `grades.csv`: one row per student for an LMS import, RFC 4180 (CRLF line ends; a field
/// holding a comma, quote or line break is quoted, quotes doubled), UTF-8 without a byte-order
/// mark.
///
///     student,status,score,max_score,percent,language,tests_passed,tests_total,requirements_met,requirements_total,missing_requirements,message
///     "Lovelace, Ada",passed,7,7,100,python,7,7,5,5,,
///
/// A text field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that a
/// spreadsheet never runs a student-chosen name as a formula (OWASP's CSV-injection advice;
/// see `CSVFields`).
public enum GradesCSV {
    public static let columns = [
        "student", "status", "score", "max_score", "percent", "language", "tests_passed", "tests_total",
        "requirements_met", "requirements_total", "missing_requirements", "message",
    ]

    public static func render(_ run: GradeRun) -> String {
        var text = CSVFields.row(columns)
        for submission in run.submissions {
            text += CSVFields.row([
                CSVFields.inert(submission.student), submission.status.rawValue, Figures.score(submission.score),
                Figures.score(submission.maxScore), Figures.percent(submission.score, of: submission.maxScore),
                submission.language ?? "", String(submission.tests.filter(\.passed).count),
                String(submission.tests.count), String(submission.coverage.met), String(submission.coverage.total),
                submission.coverage.missing.joined(separator: " "), CSVFields.inert(submission.message ?? ""),
            ])
        }
        return text
    }
}
