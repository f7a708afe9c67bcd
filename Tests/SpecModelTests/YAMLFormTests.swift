import Testing

@testable import SpecModel

@Suite("YAML form")
struct YAMLFormTests {
    static let yaml = """
        id: word-count
        title: Word Count
        languages: [python, c]
        scoring: requirements
        limits: { cpu: 2s, memory: 256MiB }
        compare: { mode: tokens, case_insensitive: true }
        description: Free prose for students.
        requirements:
          - id: REQ-1
            title: Count words
            text: The program prints the number of words.
            weight: 3
            criteria:
              - id: AC-1.1
                title: Empty input
                text: Given an empty input, the program prints 0.
          - id: REQ-2
            title: Punctuation
            parent: REQ-1
        tests:
          - id: T-empty
            name: empty input
            covers: [AC-1.1]
            stdin: ""
            expect: { stdout: "0\\n" }
          - id: T-punct
            covers: [REQ-2]
            args: [-w]
            files: { a.txt: "x" }
            stdin: "a, b\\n"
            expect: { stdout: "2\\n", exit_code: 0 }
            points: 2
            hidden: true
        """

    @Test func readsTheSameModelAsMarkdown() throws {
        let result = parse(Self.yaml, path: "spec.yaml")
        let spec = try #require(result.spec, "\(result.lines)")
        #expect(spec.id == "word-count" && spec.title == "Word Count" && spec.languages == ["python", "c"])
        #expect(spec.scoring == .requirements && spec.limits.cpuMs == 2000 && spec.limits.memoryBytes == 256 << 20)
        #expect(spec.compare == Comparison(mode: .tokens, caseInsensitive: true))
        #expect(spec.description == "Free prose for students.")
        #expect(spec.requirements.map(\.id) == ["REQ-1", "AC-1.1", "REQ-2"])
        #expect(
            spec.requirements[0].weight == 3 && spec.requirements[0].text == "The program prints the number of words.")
        #expect(spec.requirements[1].kind == .criterion && spec.requirements[1].parent == "REQ-1")
        #expect(spec.requirements[2].parent == "REQ-1")
        #expect(spec.requirements[0].location == SourceLocation(path: "spec.yaml", line: 9, column: 9))
        #expect(spec.tests.map(\.id) == ["T-empty", "T-punct"])
        #expect(spec.tests[1].args == ["-w"] && spec.tests[1].files == ["a.txt": "x"] && spec.tests[1].hidden)
        #expect(spec.tests[1].points == 2 && spec.tests[0].expect.stdout == .text("0\n"))
        #expect(spec.tests[0].location == SourceLocation(path: "spec.yaml", line: 21, column: 5))
    }

    @Test func unknownTopLevelKeyIsAnErrorAtTheKey() {
        let result = parse("id: x\nrequirments: []\n", path: "spec.yml")
        #expect(
            result.lines.contains(
                "2:1: error: spec: unknown field 'requirments' (did you mean 'requirements'?); known fields: id, title, languages, scoring, limits, compare, sandbox, unit_tests, engine, description, requirements, tests"
            ))
    }

    @Test func topLevelMustBeAMapping() {
        let result = parse("- a\n- b\n", path: "spec.yaml")
        #expect(result.spec == nil)
        #expect(result.lines.first?.hasPrefix("1:1: error: a YAML spec must be a mapping") == true)
    }

    @Test func criterionNeedsAnIDAndATitle() {
        let result = parse(
            "id: x\nrequirements:\n  - id: REQ-1\n    criteria:\n      - title: no id\n", path: "spec.yaml")
        #expect(result.diagnostics(containing: "'REQ-1' has no title").first?.location.line == 3)
        #expect(result.diagnostics(containing: "the criterion has no 'id'").first?.location.line == 5)
    }
}
