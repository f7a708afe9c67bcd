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
        let lines = TerminalView(colored: false).render(run).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Student") })
        let table = lines[header...].prefix { !$0.isEmpty }
        #expect(table.count == 6)
        // The Status column starts at the same display column on every row.
        let statusColumns = table.map { line -> Int in
            let prefix = line.range(of: "  passed") ?? line.range(of: "  partial") ?? line.range(of: "  failed")
                ?? line.range(of: "  not_gradable") ?? line.range(of: "  Status")
            return TerminalText.width(String(line[..<(prefix?.lowerBound ?? line.endIndex)]))
        }
        #expect(Set(statusColumns).count == 1, "\(statusColumns)")
    }

    @Test func matrixHasARowPerStudentAndAColumnPerRequirement() throws {
        let text = TerminalView(colored: false).render(run)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.last { $0.hasPrefix("Student") })
        #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["Student", "REQ-1", "AC-1.1", "AC-1.2", "REQ-2", "REQ-3"])
        #expect(lines.contains { $0.hasPrefix("Zoë \"Z\" Ng") && $0.hasSuffix("partial  met     unmet   met    untested") })
        // Not gradable is not the student's fault: no "unmet" across its row.
        #expect(lines.contains { $0.hasPrefix("=HYPERLINK(\"x\")  n/a      n/a     n/a     n/a    n/a") })
    }

    @Test func colouredOutputColoursStatuses() {
        let text = TerminalView(colored: true).render(run)
        #expect(text.contains("\u{1B}[32mpassed"))
        #expect(text.contains("\u{1B}[31munmet"))
        #expect(!text.contains("\u{1B}[2J"))
    }

    @Test(arguments: [("abc", 3), ("Zoë", 3), ("李雷", 4), ("e\u{301}", 1), ("🙂", 2)])
    func displayWidth(text: String, width: Int) {
        #expect(TerminalText.width(text) == width)
    }
}
