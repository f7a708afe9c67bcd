import Execution
import Results

/// The gradebook CSVs an LMS imports, written for a roster (`--roster FILE`):
///
/// - `canvas.csv`, Canvas's gradebook import: `Student, ID, SIS User ID, SIS Login ID,
///   Section, <assignment>`, one row per roster student (Canvas matches students by these
///   columns; an assignment column Canvas does not know becomes a new assignment);
/// - `moodle.csv`, Moodle's grade import (Grades › Import › CSV file): `First name, Last name,
///   ID number, Email address, Username, <assignment>`; on import, map "Identify user by"
///   from the column the roster had (e-mail address, ID number or username) and the assignment
///   column to the grade item, whose maximum should be the spec's maximum score.
///
/// Grades are points (`Figures.score`, the same number every report shows). A roster student
/// without a submission, or whose submission could not be graded, gets an empty cell, which
/// both systems import as no grade. Folders that match no roster student are not in these files
/// (an LMS would reject them) but in `unmatched.csv`, and `grade` prints them.
public struct Gradebook: Sendable {
    public var roster: Roster
    /// The assignment column's heading; the spec's title by default.
    public var assignment: String?

    public init(roster: Roster, assignment: String? = nil) {
        self.roster = roster
        self.assignment = assignment
    }

    func match(_ run: GradeRun) -> RosterMatch {
        RosterMatch(roster: roster, submissions: run.submissions)
    }

    private func column(_ run: GradeRun) -> String {
        assignment ?? run.spec.title
    }

    /// The grade cell: points, or empty for no grade.
    private static func grade(_ submission: SubmissionResult?) -> String {
        guard let submission, submission.status != .notGradable else { return "" }
        return Figures.score(submission.score)
    }

    func canvas(_ run: GradeRun, _ match: RosterMatch) -> String {
        var text = CSVFields.row(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column(run)])
        for (student, submission) in match.entries {
            text += CSVFields.row([
                CSVFields.inert(student.name), VisibleText.line(student.canvasID), VisibleText.line(student.sisUserID),
                VisibleText.line(student.sisLoginID),
                CSVFields.inert(student.section), Self.grade(submission),
            ])
        }
        return text
    }

    func moodle(_ run: GradeRun, _ match: RosterMatch) -> String {
        var text = CSVFields.row(["First name", "Last name", "ID number", "Email address", "Username", column(run)])
        for (student, submission) in match.entries {
            let first = student.firstName.isEmpty && student.lastName.isEmpty ? student.name : student.firstName
            text += CSVFields.row([
                CSVFields.inert(first), CSVFields.inert(student.lastName), VisibleText.line(student.idNumber),
                VisibleText.line(student.email),
                VisibleText.line(student.username.isEmpty ? student.githubUsername : student.username),
                Self.grade(submission),
            ])
        }
        return text
    }

    /// `unmatched.csv`: the folders no roster student claims, and the students with no folder.
    func unmatched(_ match: RosterMatch) -> String {
        var text = CSVFields.row(["folder", "roster_student", "status", "score", "max_score", "reason"])
        for (submission, reason) in match.unmatched {
            text += CSVFields.row([
                CSVFields.inert(submission.student), "", submission.status.rawValue, Figures.score(submission.score),
                Figures.score(submission.maxScore), reason,
            ])
        }
        for student in match.missing {
            text += CSVFields.row([
                "", CSVFields.inert(student.name), "", "", "",
                "no submission folder matches (roster line \(student.line))",
            ])
        }
        return text
    }
}
