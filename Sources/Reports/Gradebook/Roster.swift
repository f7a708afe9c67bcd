import Foundation

/// The class list a gradebook is written for, read from a CSV that the LMS or GitHub Classroom
/// exports (`specgrade grade --roster FILE`). The kind is told by the header:
///
/// - Canvas's gradebook export: `Student, ID, SIS User ID, SIS Login ID, Section, ...` (its
///   `Points Possible` row is skipped);
/// - Moodle's grade export or participant list: `First name, Last name, ID number, ...,
///   Email address` (and `Username` when present);
/// - GitHub Classroom's roster: `identifier, github_username, github_id, name`, whose
///   repositories arrive as folders named `<assignment>-<login>`;
/// - any CSV with a `folder` column (and optionally `name`, `email`, `id`).
public struct Roster: Sendable, Hashable {
    public var path: String
    public var students: [RosterStudent]

    public init(path: String, students: [RosterStudent]) {
        self.path = path
        self.students = students
    }

    /// Reads `path`; errors name the file and the line.
    public static func read(from path: String) throws -> Roster {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportError.cannotRead(path: path, reason: "no such file or not readable")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Roster {
        let table: CSVTable
        do { table = try CSVTable(parsing: text) } catch {
            throw ReportError.invalidRoster(path: path, line: error.line, reason: "a quoted field is never closed")
        }
        func cell(_ column: Int?, _ fields: [String]) -> String {
            guard let column, column < fields.count else { return "" }
            return fields[column].trimmingCharacters(in: .whitespaces)
        }
        let columns = (
            student: table.column("Student"), canvasID: table.column("ID"), sisUser: table.column("SIS User ID"),
            sisLogin: table.column("SIS Login ID"), section: table.column("Section"),
            first: table.column("First name"), last: table.column("Last name"), idNumber: table.column("ID number"),
            email: table.column("Email address", "email"), username: table.column("Username", "login"),
            identifier: table.column("identifier"), github: table.column("github_username"),
            name: table.column("name", "Full name"), folder: table.column("folder", "submission")
        )
        let identifying = [
            columns.student, columns.sisLogin, columns.sisUser, columns.idNumber, columns.email,
            columns.username, columns.identifier, columns.github, columns.folder, columns.canvasID,
        ]
        guard identifying.contains(where: { $0 != nil }) else {
            throw ReportError.invalidRoster(
                path: path, line: 1,
                reason:
                    "no column names the students; expected Canvas's (Student, ID, SIS User ID, SIS Login ID, Section), "
                    + "Moodle's (First name, Last name, ID number, Email address), GitHub Classroom's "
                    + "(identifier, github_username, github_id, name) or a 'folder' column")
        }
        var students: [RosterStudent] = []
        for record in table.records {
            let fields = record.fields
            if cell(columns.student, fields).caseInsensitiveCompare("Points Possible") == .orderedSame { continue }
            let first = cell(columns.first, fields)
            let last = cell(columns.last, fields)
            let named = [
                cell(columns.student, fields), cell(columns.name, fields),
                [first, last].filter { !$0.isEmpty }.joined(separator: " "),
            ]
            var student = RosterStudent(name: named.first { !$0.isEmpty } ?? "", line: record.line)
            student.canvasID = cell(columns.canvasID, fields)
            student.sisUserID = cell(columns.sisUser, fields)
            student.sisLoginID = cell(columns.sisLogin, fields)
            student.section = cell(columns.section, fields)
            student.firstName = first
            student.lastName = last
            student.idNumber = cell(columns.idNumber, fields)
            student.email = cell(columns.email, fields)
            student.username = cell(columns.username, fields)
            student.identifier = cell(columns.identifier, fields)
            student.githubUsername = cell(columns.github, fields)
            student.folder = cell(columns.folder, fields)
            guard !student.keys.isEmpty || !student.name.isEmpty else { continue }
            if student.name.isEmpty { student.name = student.keys.first ?? "" }
            students.append(student)
        }
        return Roster(path: path, students: students)
    }
}
