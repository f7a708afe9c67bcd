import Execution
import Reports
import Results

/// The few lines `grade` prints when it is done: how the class did, and why each submission
/// that could not be graded was not (an unknown language, a missing toolchain).
struct ClassSummary {
    let run: GradeRun

    var text: String {
        let submissions = run.submissions
        let count = { (status: SubmissionStatus) in submissions.filter { $0.status == status }.count }
        var line = "\(run.spec.id): \(submissions.count) submission\(submissions.count == 1 ? "" : "s"): "
        line += "\(count(.passed)) passed, \(count(.partial)) partial, \(count(.failed)) failed"
        if count(.notGradable) > 0 { line += ", \(count(.notGradable)) not gradable" }
        let internalErrors = submissions.filter(\.hasInternalError).count
        if internalErrors > 0 { line += " (\(internalErrors) of them by an internal error)" }
        line += "; \(ClassMean(submissions).text)"
        let reasons = submissions.filter { $0.status == .notGradable }.map { submission in
            "  not gradable: \(VisibleText.line(submission.student)): \(VisibleText.line(submission.message ?? "no reason given"))"
        }
        return ([line] + reasons).joined(separator: "\n")
    }
}
