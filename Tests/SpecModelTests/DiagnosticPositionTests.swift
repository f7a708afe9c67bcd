import Testing

@testable import SpecModel

/// Every diagnostic points at the absolute line and column of what is wrong.
@Suite("Diagnostic positions")
struct DiagnosticPositionTests {
    @Test func yamlErrorInsideATestBlockPointsIntoTheBlock() {
        // The fence opens on line 19; the bad line is the block's 3rd, file line 22.
        let result = parse(
            minimalSpec(
                tests: """
                    ```test
                    id: T-2
                    covers: [REQ-1]
                      stdin: x
                    ```
                    """))
        #expect(result.spec == nil)
        #expect(
            result.lines == [
                "22:3: error: test block: invalid YAML: did not find expected key (while parsing a block mapping at line 20); check the indentation, and quote values that contain ': ' or start with a symbol"
            ])
    }

    @Test func descriptionIsRenderedAsPathLineColumnSeverityMessage() throws {
        let result = parse(minimalSpec(frontMatter: "languages: [python, cobol]\n"))
        let diagnostic = try #require(result.errors.first)
        #expect(
            diagnostic.description
                == "spec.md:3:21: error: unknown language 'cobol'; known languages: python, c, cpp, java, javascript, typescript, go, rust, haskell, common-lisp, babbage, babbage-asm; define others in languages.yaml beside the spec"
        )
    }

    @Test func frontMatterErrorsCountFromTheFileTop() {
        let result = parse(minimalSpec(frontMatter: "limits: { cpu: 2 parsecs, memory: 1MiB }\ncompare: fuzzy\n"))
        #expect(
            result.lines.contains(
                "3:16: error: limits.cpu: '2 parsecs' is not a time such as 2s or 500ms greater than 0"))
        #expect(result.lines.contains("4:10: error: unknown compare mode 'fuzzy'; modes: exact, lines, tokens"))
    }

    @Test func unknownCoverPointsAtTheItem() {
        let result = parse(
            minimalSpec(
                tests: """
                    ```test
                    id: T-2
                    covers: [REQ-1, REQ-9]
                    ```
                    """))
        #expect(
            result.lines == [
                "21:17: error: covers names unknown id 'REQ-9' (did you mean 'REQ-1'?); known ids: REQ-1"
            ])
    }

    @Test func parentLinePointsAtTheNamedID() {
        let result = parse(minimalSpec(requirements: "\n### REQ-2: Child\nParent: REQ-7\n"))
        #expect(result.lines.contains { $0.hasPrefix("12:9: error: Parent: names unknown id 'REQ-7'") })
    }

    @Test func positionsSurviveWindowsLineEndings() {
        let text = minimalSpec(tests: "```test\nid: T-2\ncovers: [REQ-9]\n```\n").replacingOccurrences(
            of: "\n", with: "\r\n")
        let result = parse(text)
        #expect(result.lines.first?.hasPrefix("21:10: error: covers names unknown id 'REQ-9'") == true)
    }

    @Test func positionsSurviveAByteOrderMark() {
        let result = SpecLoader.parse(
            [0xEF, 0xBB, 0xBF] + Array("id: x\nscoring: points\n".utf8), path: "s.yaml", baseDirectory: ".")
        #expect(result.lines.first?.hasPrefix("2:10: error: unknown scoring 'points'") == true)
    }

    @Test func diagnosticsAreSortedByPosition() {
        let result = parse(
            minimalSpec(frontMatter: "compare: fuzzy\n", tests: "```test\nid: T-2\ncovers: [REQ-9]\n```\n"))
        let lines = result.diagnostics.map(\.location.line)
        #expect(lines == lines.sorted() && lines.count == 2)
    }
}
