import Results
import SpecModel
import Testing

@testable import Reports

@Suite struct TerminalViewTests {
    let run = SyntheticRun.hostileClass

    @Test func plainOutputHasNoEscapeCodesAtAll() {
        let text = TerminalView(colored: false).render(run)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("李雷 \\x1B[2J"))
    }

    @Test func columnsLineUpWithWideAndAccentedNames() throws {
        let lines = TerminalView(colored: false).render(run).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Student") })
        let table = lines[header...].prefix { !$0.isEmpty }
        #expect(table.count == 6)
        // The Status column starts at the same display column on every row.
        let statusColumns = table.map { line -> Int in
            let prefix =
                line.range(of: "  passed") ?? line.range(of: "  partial") ?? line.range(of: "  failed")
                ?? line.range(of: "  not_gradable") ?? line.range(of: "  Status")
            return TerminalText.width(String(line[..<(prefix?.lowerBound ?? line.endIndex)]))
        }
        #expect(Set(statusColumns).count == 1, "\(statusColumns)")
    }

    @Test func matrixHasARowPerStudentAndAColumnPerRequirement() throws {
        let text = TerminalView(colored: false).render(run)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.last { $0.hasPrefix("Student") })
        #expect(
            header.split(separator: " ", omittingEmptySubsequences: true) == [
                "Student", "REQ-1", "AC-1.1", "AC-1.2", "REQ-2", "REQ-3",
            ])
        #expect(lines.contains { $0.hasPrefix("Zoë \"Z\" Ng") && $0.hasSuffix("◐      ✓       ✗       ✓      ○") })
        // Not gradable is its own grey mark, not the student's fault: no ✗ across its row.
        #expect(lines.contains { $0.hasPrefix("=HYPERLINK(\"x\")  –      –       –       –      ○") })
        #expect(lines.contains("Class mean 33.3% over 4 graded (1 not gradable, left out)."))
    }

    /// At 80 columns (or 40) nothing wraps: names are cut with …, and a wide matrix is split
    /// into blocks of requirements, every requirement still shown.
    @Test(arguments: [80, 40, 120])
    func everyLineFitsTheWidth(width: Int) throws {
        var wide = SyntheticRun.spec
        wide.requirements = (1...40).map {
            Requirement(
                id: "REQ-\($0)", title: "r\($0)", kind: .requirement, location: SourceLocation(path: "s.md", line: $0))
        }
        var students = run.submissions
        students[0].student = "A student with a very long name indeed, longer than any column"
        let text = TerminalView(colored: false, width: width).render(
            GradeRun(
                spec: wide, submissions: students, startedAt: run.startedAt, finishedAt: run.finishedAt,
                toolVersion: "0"))
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines { #expect(TerminalText.width(line) <= width, "\(TerminalText.width(line)): \(line)") }
        let headers = lines.filter { $0.hasPrefix("Student ") && $0.contains("REQ-") }
        #expect(headers.count > 1)
        let shown = headers.flatMap { $0.split(separator: " ").dropFirst().map(String.init) }
        #expect(shown == wide.requirements.map(\.id))
        #expect(lines.contains { $0.hasPrefix("A stud") && $0.contains("…") })
        #expect(TerminalText.width(lines.first { $0.hasPrefix("Student ") && $0.contains("Status") } ?? "") <= width)
    }

    @Test func colouredOutputColoursStatuses() {
        let text = TerminalView(colored: true).render(run)
        #expect(text.contains("\u{1B}[32mpassed"))
        #expect(text.contains("\u{1B}[31m✗"))
        #expect(!text.contains("\u{1B}[2J"))
    }

    @Test(arguments: [("abc", 3), ("Zoë", 3), ("李雷", 4), ("e\u{301}", 1), ("🙂", 2)])
    func displayWidth(text: String, width: Int) {
        #expect(TerminalText.width(text) == width)
    }
}
