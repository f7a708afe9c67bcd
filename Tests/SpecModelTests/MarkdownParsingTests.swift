import Execution
import Testing

@testable import SpecModel

@Suite("Markdown form")
struct MarkdownParsingTests {
    static let full = """
        ---
        id: word-count
        title: Word Count
        languages: [python, c]
        scoring: requirements
        limits: { cpu: 2s, wall: 10s, memory: 256MiB, output: 1MiB, processes: 32, file_size: 4MiB, open_files: 16, stack: 8MiB }
        compare: { mode: tokens, case_insensitive: true, float_abs: 1e-6, float_rel: 1e-9 }
        ---
        # Word Count
        Free prose for students.

        ## Requirements

        Intro prose is not a requirement.

        ### REQ-1: Count words
        The program prints the number of words.
        Weight: 3

        #### AC-1.1: Empty input
        Given an empty input, the program prints 0.

        ### REQ-2: Punctuation ##
        Parent: REQ-1
        Punctuation does not split words.

        ```text
        ### not a heading inside a fence
        ```

        ## Test cases

        ```test
        id: T-all
        name: every field
        covers: [AC-1.1, REQ-2]
        stdin: "a b\\n"
        args: [-w, "2"]
        files: { in/data.txt: "x y\\n" }
        expect: { stdout: "2.0\\n", exit_code: 3, stderr_contains: [warn] }
        compare: { mode: exact }
        points: 2.5
        hidden: true
        limits: { cpu: 500ms }
        ```

        ```test
        id: T-defaults
        covers: REQ-1
        expect:
          stdout_contains: [a, b]
        ```
        """

    @Test func readsEveryField() throws {
        let result = parse(Self.full)
        #expect(result.errors.isEmpty, "\(result.lines)")
        let spec = try #require(result.spec)
        #expect(spec.id == "word-count")
        #expect(spec.title == "Word Count")
        #expect(spec.languages == ["python", "c"])
        #expect(spec.scoring == .requirements)
        #expect(
            spec.limits
                == LimitOverrides(
                    cpuMs: 2000, wallMs: 10000, memoryBytes: 256 << 20, outputBytes: 1 << 20, processes: 32,
                    fileSizeBytes: 4 << 20, openFiles: 16, stackBytes: 8 << 20))
        #expect(
            spec.compare == Comparison(mode: .tokens, caseInsensitive: true, floatAbsolute: 1e-6, floatRelative: 1e-9))
        #expect(spec.description == "# Word Count\nFree prose for students.")

        #expect(spec.requirements.map(\.id) == ["REQ-1", "AC-1.1", "REQ-2"])
        let req1 = spec.requirements[0]
        #expect(req1.title == "Count words" && req1.kind == .requirement && req1.weight == 3 && req1.parent == nil)
        #expect(req1.text == "The program prints the number of words.")
        #expect(req1.location == SourceLocation(path: "spec.md", line: 16, column: 5))
        let criterion = spec.requirements[1]
        #expect(criterion.kind == .criterion && criterion.parent == "REQ-1" && criterion.title == "Empty input")
        let req2 = spec.requirements[2]
        #expect(req2.title == "Punctuation" && req2.parent == "REQ-1" && req2.weight == 1)
        #expect(req2.text.contains("### not a heading inside a fence"))

        let test = spec.tests[0]
        #expect(test.id == "T-all" && test.name == "every field")
        #expect(test.covers == ["AC-1.1", "REQ-2"])
        #expect(test.stdin == .text("a b\n"))
        #expect(test.args == ["-w", "2"])
        #expect(test.files == ["in/data.txt": "x y\n"])
        #expect(test.expect == Expectation(stdout: .text("2.0\n"), exitCode: 3, stderrContains: ["warn"]))
        #expect(test.compare == Comparison(mode: .exact))
        #expect(test.points == 2.5 && test.hidden)
        #expect(test.limits == LimitOverrides(cpuMs: 500))
        #expect(test.location == SourceLocation(path: "spec.md", line: 33))

        let defaults = spec.tests[1]
        #expect(
            defaults.name == "T-defaults" && defaults.covers == ["REQ-1"] && defaults.points == 1 && !defaults.hidden)
        #expect(defaults.stdin == .text("") && defaults.compare == nil && defaults.checker == nil)
        #expect(defaults.expect == Expectation(stdout: .contains(["a", "b"])))
    }

    @Test func summaryCountsRequirementsCriteriaTestsAndPoints() throws {
        let summary = try #require(parse(Self.full).summary)
        #expect(summary.description == "2 requirements, 1 criterion, 2 tests (1 hidden), 3.5 points")
    }

    @Test func defaultsWhenFrontMatterHoldsOnlyAnID() throws {
        let spec = try #require(parse(minimalSpec()).spec)
        #expect(spec.languages.isEmpty && spec.scoring == .tests && spec.compare == Comparison())
        #expect(spec.limits == LimitOverrides() && spec.title == "Tiny")
    }

    @Test func compareAcceptsAModeString() throws {
        let spec = try #require(parse(minimalSpec(frontMatter: "compare: exact\n")).spec)
        #expect(spec.compare == Comparison(mode: .exact))
    }

    @Test func stdinFileStdoutFileRegexAndCheckerAreRead() throws {
        let fixture = try SpecFixture(files: ["in.txt": "1\n", "out.txt": "1\n", "check.py": "print(1)\n"])
        defer { fixture.remove() }
        let result = try fixture.load(
            minimalSpec(
                tests: """
                    ```test
                    id: T-2
                    covers: [REQ-1]
                    stdin_file: in.txt
                    expect: { stdout_file: out.txt }
                    checker: check.py
                    ```

                    ```test
                    id: T-3
                    covers: [REQ-1]
                    expect: { stdout_regex: "^a+$" }
                    ```
                    """))
        let spec = try #require(result.spec, "\(result.lines)")
        #expect(spec.tests[1].stdin == .file("in.txt") && spec.tests[1].expect.stdout == .file("out.txt"))
        #expect(spec.tests[1].checker == "check.py")
        #expect(spec.tests[2].expect.stdout == .regex("^a+$"))
        #expect(spec.baseDirectory == fixture.folder)
    }
}
