import Testing

@testable import Reports

@Suite struct GradesCSVTests {
    /// A strict RFC 4180 reader: the test's own, so that it checks the writer rather than trusts it.
    func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append(characters.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r", characters.first == "\n" {
                characters.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(character)
            }
        }
        return rows
    }

    let text = GradesCSV.render(SyntheticRun.hostileClass)

    @Test func everyRowEndsInCRLFAndHasEveryColumn() {
        #expect(text.hasSuffix("\r\n"))
        let rows = parse(text)
        #expect(rows.count == 6)
        #expect(rows[0] == GradesCSV.columns)
        #expect(rows.allSatisfy { $0.count == GradesCSV.columns.count })
    }

    @Test func commasQuotesAndNonASCIISurviveQuoting() {
        let rows = parse(text)
        #expect(rows[1].prefix(5) == ["Lovelace, Ada", "passed", "6", "6", "100"])
        #expect(rows[2].prefix(5) == ["Zoë \"Z\" Ng", "partial", "2", "6", "33.3"])
        #expect(rows[2][6...9] == ["2", "4", "2", "5"])
        #expect(rows[2][10] == "REQ-1 AC-1.2 REQ-3")
        #expect(text.contains("\"Zoë \"\"Z\"\" Ng\""))
    }

    @Test func controlCharactersAreEscapedAndFormulasDisarmed() {
        let rows = parse(text)
        #expect(rows[3][0] == "李雷 \\x1B[2J")
        #expect(rows[4][0] == "'=HYPERLINK(\"x\")")
        #expect(rows[4][1] == "not_gradable")
        #expect(rows[4][5] == "")
        #expect(rows[5][11] == "main.c:1: error: expected ';' \\x1B[0m")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }
}
