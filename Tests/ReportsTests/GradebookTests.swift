import Foundation
import Results
import Testing

@testable import Reports

@Suite struct GradebookTests {
    static func passed(_ student: String) -> SubmissionResult {
        SyntheticRun.submission(student, verdicts: [.accepted, .accepted, .accepted, .accepted])
    }

    /// Canvas's export: the Points Possible row is skipped, a quoted "Last, First" name stays whole.
    static let canvasExport = """
        Student,ID,SIS User ID,SIS Login ID,Section,Word Count (1234)\r
            Points Possible,,,,,7\r
        "Lovelace, Ada",101,S-1,ada,Section 1,\r
        "Hopper, Grace",102,S-2,grace,Section 2,\r
        "Turing, Alan",103,S-3,alan,Section 1,\r

        """

    @Test func readsACanvasExport() throws {
        let roster = try Roster.parse(Self.canvasExport, path: "export.csv")
        #expect(roster.students.map(\.name) == ["Lovelace, Ada", "Hopper, Grace", "Turing, Alan"])
        #expect(roster.students.map(\.sisLoginID) == ["ada", "grace", "alan"])
        #expect(roster.students.map(\.line) == [3, 4, 5])
    }

    /// Folders are matched by login; a student without a folder gets no grade, a not-gradable
    /// submission no grade either, and a folder matching no one is listed, not dropped.
    @Test func canvasGradebookHasTheDocumentedColumnsAndEveryRosterStudent() throws {
        let roster = try Roster.parse(Self.canvasExport, path: "export.csv")
        var grace = SyntheticRun.submission("grace", verdicts: [.accepted, .wrongAnswer, .accepted, .accepted])
        grace.score = 6.5
        let run = SyntheticRun.run([Self.passed("ada"), grace, Self.passed("mallory")])
        let gradebook = Gradebook(roster: roster)
        let match = gradebook.match(run)
        #expect(
            gradebook.canvas(run, match) == """
                Student,ID,SIS User ID,SIS Login ID,Section,Word Count\r
                "Lovelace, Ada",101,S-1,ada,Section 1,6\r
                "Hopper, Grace",102,S-2,grace,Section 2,6.5\r
                "Turing, Alan",103,S-3,alan,Section 1,\r

                """)
        #expect(match.unmatched.map(\.submission.student) == ["mallory"])
        #expect(match.missing.map(\.name) == ["Turing, Alan"])
        let unmatched = gradebook.unmatched(match)
        #expect(unmatched.contains("mallory,,passed,6,6,matches no one on the roster\r\n"))
        #expect(unmatched.contains(",\"Turing, Alan\",,,,no submission folder matches (roster line 5)\r\n"))
    }

    /// GitHub Classroom names repositories `<assignment>-<login>`.
    @Test func gitHubClassroomFoldersMatchByLogin() throws {
        let roster = try Roster.parse(
            """
            "identifier","github_username","github_id","name"
            "ada@example.edu","ada-l","1","Ada Lovelace"
            "grace@example.edu","","",""
            "alan@example.edu","alan","3","Alan Turing"

            """, path: "classroom_roster.csv")
        let run = SyntheticRun.run([
            Self.passed("word-count-ada-l"), Self.passed("word-count-alan"),
            Self.passed("word-count-nobody"),
        ])
        let gradebook = Gradebook(roster: roster, assignment: "HW1")
        let match = gradebook.match(run)
        #expect(match.entries.map { $0.submission?.student } == ["word-count-ada-l", nil, "word-count-alan"])
        #expect(match.unmatched.map(\.submission.student) == ["word-count-nobody"])
        #expect(
            gradebook.moodle(run, match) == """
                First name,Last name,ID number,Email address,Username,HW1\r
                Ada Lovelace,,,,ada-l,6\r
                grace@example.edu,,,,,\r
                Alan Turing,,,,alan,6\r

                """)
    }

    @Test func moodleExportsMatchByUsernameOrEmail() throws {
        let roster = try Roster.parse(
            """
            First name,Last name,ID number,Institution,Department,Email address
            Ada,Lovelace,S-1,,,ada@example.edu
            Grace,Hopper,S-2,,,grace@example.edu

            """, path: "moodle.csv")
        let run = SyntheticRun.run([Self.passed("ada"), Self.passed("S-2")])
        let gradebook = Gradebook(roster: roster)
        #expect(
            gradebook.moodle(run, gradebook.match(run)) == """
                First name,Last name,ID number,Email address,Username,Word Count\r
                Ada,Lovelace,S-1,ada@example.edu,,6\r
                Grace,Hopper,S-2,grace@example.edu,,6\r

                """)
    }

    /// A folder two students could own, or a second folder for one student, is listed with why.
    @Test func ambiguousAndSecondFoldersAreListedNotGuessed() throws {
        let roster = try Roster.parse("folder,name\nsam,Sam One\nsam,Sam Two\nkim,Kim\n", path: "r.csv")
        let match = RosterMatch(
            roster: roster, submissions: [Self.passed("hw-kim"), Self.passed("kim"), Self.passed("sam")])
        #expect(match.entries.map { $0.submission?.student } == [nil, nil, "hw-kim"])
        #expect(
            match.unmatched.map(\.reason) == [
                "Kim already has the folder hw-kim", "matches several students on the roster: Sam One; Sam Two",
            ])
    }

    @Test func rostersThatCannotBeReadSayWhereAndWhy() {
        #expect(throws: ReportError.invalidRoster(path: "r.csv", line: 2, reason: "a quoted field is never closed")) {
            try Roster.parse("Student,ID\n\"Ada,1\n", path: "r.csv")
        }
        #expect(throws: ReportError.self) { try Roster.parse("colour,size\nred,1\n", path: "r.csv") }
    }

    @Test func aGradebookFormatWithoutARosterIsRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        await #expect(throws: ReportError.rosterRequired(format: "canvas")) {
            _ = try await ReportWriter(formats: [.canvas]).write(SyntheticRun.hostileClass, to: directory.path)
        }
        let roster = try Roster.parse(Self.canvasExport, path: "export.csv")
        let written = try await ReportWriter(formats: [.canvas, .moodle], gradebook: Gradebook(roster: roster))
            .write(SyntheticRun.hostileClass, to: directory.path)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["canvas.csv", "moodle.csv", "unmatched.csv"])
    }
}
