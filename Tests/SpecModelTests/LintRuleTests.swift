import Testing

@testable import SpecModel

/// One test (at least) per lint rule; fences in `minimalSpec(tests:)` open on line 19.
@Suite("Lint rules")
struct LintRuleTests {
    @Test func duplicateIDsAcrossRequirementsCriteriaAndTests() {
        let result = parse(
            minimalSpec(
                requirements: "\n#### REQ-1: Again\n",
                tests: "```test\nid: T-1\ncovers: [REQ-1]\n```\n```test\nid: REQ-1\ncovers: [REQ-1]\n```\n"))
        #expect(
            result.lines.contains(
                "11:6: error: duplicate id 'REQ-1' (first used on line 8); give each requirement, criterion and test its own id"
            ))
        #expect(
            result.lines.contains(
                "22:5: error: duplicate id 'T-1' (first used on line 16); give each requirement, criterion and test its own id"
            ))
        #expect(
            result.lines.contains(
                "26:5: error: duplicate id 'REQ-1' (first used on line 8); give each requirement, criterion and test its own id"
            ))
    }

    @Test func missingIDs() {
        let result = parse(
            minimalSpec(tests: "```test\ncovers: [REQ-1]\n```\n").replacingOccurrences(
                of: "id: tiny\n", with: "title: No id\n"))
        #expect(result.lines.contains("1:1: error: the spec has no 'id'; add a line such as 'id: word-count'"))
        #expect(result.lines.contains("19:1: error: the test has no 'id'; add a line such as 'id: T-empty'"))
    }

    @Test func malformedIDs() {
        let result = parse(
            minimalSpec(requirements: "\n### req-2: lower case\n", tests: "```test\nid: T 2\n```\n")
                .replacingOccurrences(of: "id: tiny", with: "id: Tiny_Spec"))
        #expect(
            result.diagnostics(containing: "spec id 'Tiny_Spec' must match [a-z0-9][a-z0-9-]*").first?.location.line
                == 2)
        #expect(
            result.diagnostics(containing: "'req-2' is not a requirement id").first?.location
                == SourceLocation(path: "spec.md", line: 11, column: 5))
        #expect(result.diagnostics(containing: "test id 'T 2' must match").first?.location.line == 22)
    }

    @Test func coversNamingATestSaysSo() {
        let result = parse(minimalSpec(tests: "```test\nid: T-2\ncovers: [T-1]\n```\n"))
        #expect(result.diagnostics(containing: "'T-1' is a test; covers names requirements and criteria").count == 1)
    }

    @Test func missingDataFilesAndChecker() throws {
        let fixture = try SpecFixture()
        defer { fixture.remove() }
        let result = try fixture.load(
            minimalSpec(
                tests: """
                    ```test
                    id: T-2
                    covers: [REQ-1]
                    stdin_file: data/in.txt
                    expect: { stdout_file: data/out.txt }
                    checker: check.py
                    ```
                    """))
        #expect(result.spec == nil)
        #expect(
            result.lines.filter { $0.contains("does not exist") }.map { String($0.prefix(6)) } == [
                "22:13:", "23:24:", "24:10:",
            ])
        #expect(
            result.diagnostics(
                containing: "stdin_file 'data/in.txt' does not exist (looked for \(fixture.folder)/data/in.txt)"
            ).count == 1)
    }

    @Test func invalidRegex() {
        let result = parse(
            minimalSpec(tests: "```test\nid: T-2\ncovers: [REQ-1]\nexpect: { stdout_regex: \"(a\" }\n```\n"))
        #expect(
            result.diagnostics(containing: "stdout_regex '(a' is not a valid regular expression").first?.location
                == SourceLocation(path: "spec.md", line: 22, column: 25))
    }

    @Test func parentCycleAndCriterionParent() {
        let result = parse(
            minimalSpec(
                requirements: """

                    #### AC-1.1: A criterion

                    ### REQ-2: Two
                    Parent: REQ-3

                    ### REQ-3: Three
                    Parent: REQ-2

                    ### REQ-4: Four
                    Parent: AC-1.1
                    """, tests: "```test\nid: T-2\ncovers: [AC-1.1, REQ-2, REQ-3, REQ-4]\n```\n"))
        #expect(
            result.diagnostics(containing: "Parent: links form a cycle (REQ-2 -> REQ-3 -> REQ-2)").first?.location.line
                == 14)
        #expect(
            result.diagnostics(containing: "Parent: links form a cycle (REQ-3 -> REQ-2 -> REQ-3)").first?.location.line
                == 17)
        #expect(result.diagnostics(containing: "Parent: names 'AC-1.1', a criterion").first?.location.line == 20)
    }

    @Test func criterionTakesNoParentOrWeight() {
        let result = parse(
            minimalSpec(
                requirements: "\n#### AC-1.1: C\nWeight: 2\nParent: REQ-1\n",
                tests: "```test\nid: T-2\ncovers: [AC-1.1]\n```\n"))
        #expect(
            result.lines.contains(
                "12:1: error: criterion 'AC-1.1' takes no 'Weight:'; weights belong to requirements (###)"))
        #expect(
            result.lines.contains(
                "13:1: error: criterion 'AC-1.1' takes no 'Parent:'; its parent is the requirement it stands under"))
    }

    @Test func uncoveredRequirementAndCriterionAreWarnings() throws {
        let result = parse(
            minimalSpec(
                requirements:
                    "\n#### AC-1.1: Unproved\n\n### REQ-2: Parent of a tested child\n\n### REQ-3: Child\nParent: REQ-2\n",
                tests: "```test\nid: T-2\ncovers: [REQ-3]\n```\n"))
        #expect(result.spec != nil)
        #expect(
            result.lines == [
                "11:6: warning: criterion 'AC-1.1' is covered by no test; add 'AC-1.1' to the covers of a test that proves it"
            ])
    }

    @Test func testCoveringNothingIsAWarning() {
        let result = parse(minimalSpec(tests: "```test\nid: T-2\n```\n```test\nid: T-3\ncovers: []\n```\n"))
        #expect(result.spec != nil)
        #expect(
            result.lines == [
                "19:1: warning: test 'T-2' covers nothing; add 'covers: [REQ-1]' naming the requirements or criteria it proves",
                "24:9: warning: test 'T-3' covers nothing; add 'covers: [REQ-1]' naming the requirements or criteria it proves",
            ])
    }

    @Test func floatToleranceWithoutFloatsIsAWarning() {
        let result = parse(
            minimalSpec(
                frontMatter: "compare: { mode: tokens, float_abs: 0.01 }\n",
                tests: """
                    ```test
                    id: T-2
                    covers: [REQ-1]
                    expect: { stdout: "3 4\\n" }
                    compare: { mode: tokens, float_rel: 1e-6 }
                    ```
                    ```test
                    id: T-3
                    covers: [REQ-1]
                    expect: { stdout_regex: "1.5" }
                    compare: { float_abs: 1e-3 }
                    ```
                    ```test
                    id: T-4
                    covers: [REQ-1]
                    expect: { stdout: "1.50\\n" }
                    compare: { float_abs: 1e-3 }
                    ```
                    """))
        #expect(result.spec != nil)
        #expect(result.warnings.map(\.location.line) == [3, 24, 30])
        #expect(result.diagnostics(containing: "the spec's default compare sets a float tolerance").count == 1)
        #expect(result.diagnostics(containing: "stdout_contains and stdout_regex ignore it").first?.location.line == 30)
    }

    @Test func floatLiterals() {
        for token in ["3.14", "-0.5", ".5", "2.", "1e-6", "6.02E23", "+1.0"] {
            #expect(Comparison.isFloatLiteral(token), "\(token)")
        }
        for token in ["42", "nan", "1,5", "e5", ".", "1e", "abc", "-"] {
            #expect(!Comparison.isFloatLiteral(token), "\(token)")
        }
    }

    @Test func fieldsOfTheWrongKind() {
        let result = parse(
            minimalSpec(
                tests: """
                    ```test
                    id: T-2
                    covers: [REQ-1]
                    stdin: "x"
                    stdin_file: x.txt
                    args: -v
                    files: { ../escape: x }
                    expect: { stdout: a, stdout_regex: b, exit_code: 300, stdout_contain: [x] }
                    points: -1
                    hidden: maybe
                    limits: { cpu: 2s, gpu: 1 }
                    ```
                    """))
        let expected = [
            "23:13: error: a test takes 'stdin' or 'stdin_file', not both; remove one",
            "24:7: error: 'args' must be a list, e.g. args: [a, b]; found '-v'",
            "25:10: error: file name '../escape' must be a relative path inside the working folder, e.g. data.txt or in/a.txt",
            "26:36: error: 'expect' takes one of stdout, stdout_file, stdout_contains, stdout_regex; 'stdout_regex' comes after 'stdout': keep one",
            "26:50: error: 'exit_code' must be a whole number from 0 to 255; found '300'",
            "26:55: error: expect: unknown field 'stdout_contain' (did you mean 'stdout_contains'?); known fields: stdout, stdout_file, stdout_contains, stdout_regex, exit_code, stderr_contains",
            "27:9: error: 'points' must be a number of at least 0, e.g. points: 2; found '-1'",
            "28:9: error: 'hidden' must be true or false; found 'maybe'",
            "29:20: error: limits: unknown field 'gpu' (did you mean 'cpu'?); known fields: cpu, wall, memory, output, processes, file_size, open_files, stack",
        ]
        #expect(result.lines == expected)
    }
}
