import Foundation
import Testing

@testable import SpecModel

/// Each unit-test lint rule, firing and not firing. The tests of `statsSpec` start on line
/// 13 + the number of front-matter lines.
@Suite("Unit tests: lint rules")
struct UnitLintRuleTests {
    /// Every language's suite, written beside the spec.
    static let allSuites = [
        "tests/test_stats.py": Suites.python, "tests/StatsTest.java": Suites.java,
        "tests/stats.test.js": Suites.javascript, "tests/stats_test.c": Suites.c,
    ]

    /// Front matter (6 lines) naming every suite.
    static let allSuitesFrontMatter = """
        unit_tests:
          module: stats
          python: tests/test_stats.py
          java: tests/StatsTest.java
          javascript: tests/stats.test.js
          c: tests/stats_test.c

        """

    @Test func soundSpecHasNoDiagnostics() throws {
        let fixture = try SpecFixture(files: Self.allSuites)
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "languages: [python, java, javascript, c]\n" + Self.allSuitesFrontMatter,
                tests: unitTestBlocks))
        #expect(result.lines == [])
        #expect(result.spec?.tests.count == 2)
    }

    @Test func unitWithoutUnitTests() {
        let result = parse(
            statsSpec(
                frontMatter: "",
                tests: """
                    ```test
                    id: T-mean
                    covers: [REQ-1]
                    unit: test_mean
                    ```
                    """))
        #expect(
            result.lines.contains(
                "16:7: error: test 'T-mean' names a unit test, but the spec has no 'unit_tests' (the "
                    + "module and a suite per language, e.g. unit_tests: { module: stats, python: "
                    + "tests/test_stats.py }); add it to the front matter"))
    }

    @Test func unitTestsTakeNoInputOutputFields() throws {
        let fixture = try SpecFixture(files: ["tests/stats_test.c": Suites.c, "check.py": ""])
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "unit_tests: { module: stats, c: tests/stats_test.c }\n",
                tests: """
                    ```test
                    id: T-mean
                    covers: [REQ-1]
                    unit: mean
                    stdin: "1 2\\n"
                    args: [-v]
                    expect: { stdout: "1.5\\n" }
                    compare: tokens
                    checker: check.py
                    ```
                    ```test
                    id: T-median
                    covers: [REQ-1]
                    unit: median
                    stdin_file: check.py
                    files: { data.txt: "1 2" }
                    limits: { cpu: 1s }
                    ```
                    """))
        let errors = result.diagnostics(containing: "is a unit test (unit:), so")
        #expect(
            errors.map { "\($0.location.line):\($0.location.column)" }
                == ["18:8", "19:7", "20:9", "21:10", "22:10", "28:13"])
        #expect(
            result.lines.contains(
                "20:9: error: test 'T-mean' is a unit test (unit:), so 'expect' has no meaning: the "
                    + "suite's assertions judge it; remove 'expect'"))
        let plain = parse(minimalSpec())
        #expect(plain.diagnostics(containing: "is a unit test").isEmpty)
    }

    @Test func missingSuiteFileAtItsFrontMatterLine() throws {
        let fixture = try SpecFixture(files: ["tests/test_stats.py": Suites.python])
        defer { fixture.remove() }
        try FileManager.default.createDirectory(
            atPath: fixture.path("tests/StatsTest.java"), withIntermediateDirectories: true)
        let result = try fixture.load(
            statsSpec(
                frontMatter: """
                    unit_tests:
                      module: stats
                      python: tests/test_stats.py
                      java: tests/StatsTest.java
                      c: tests/missing.c

                    """,
                tests: unitTestBlocks.replacingOccurrences(of: ", javascript: mean", with: "")
                    .replacingOccurrences(of: ", javascript: median", with: "")))
        #expect(
            result.lines.contains(
                "6:9: error: unit_tests.java: suite 'tests/StatsTest.java' is a folder, not a file "
                    + "(looked for \(fixture.folder)/tests/StatsTest.java); paths are relative to the "
                    + "spec's folder"))
        #expect(
            result.lines.contains(
                "7:6: error: unit_tests.c: suite 'tests/missing.c' does not exist (looked for "
                    + "\(fixture.folder)/tests/missing.c); paths are relative to the spec's folder"))
        #expect(result.diagnostics(containing: "unit_tests.python: suite").isEmpty)
    }

    @Test func suiteForAnExcludedLanguage() throws {
        let fixture = try SpecFixture(files: Self.allSuites)
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "languages: [python, c, cpp]\n" + Self.allSuitesFrontMatter,
                tests: unitTestBlocks))
        #expect(
            result.lines.contains(
                "7:9: error: unit_tests has a java suite, but 'languages' excludes java (it allows "
                    + "python, c, cpp); add java to languages or remove the suite"))
        let javascript = result.diagnostics(containing: "'languages' excludes javascript")
        #expect(javascript.map(\.location.line) == [8])
        #expect(result.diagnostics(containing: "'languages' excludes").count == 2)
        // Warnings wait for the errors to be fixed; the cpp warning is checked below.
    }

    @Test func acceptedLanguageWithoutASuiteIsAWarning() throws {
        let fixture = try SpecFixture(files: Self.allSuites)
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "languages: [python, java, javascript, c, cpp]\n"
                    + Self.allSuitesFrontMatter,
                tests: unitTestBlocks))
        #expect(
            result.lines == [
                "4:1: warning: 'languages' allows cpp, but unit_tests has no cpp suite, so cpp "
                    + "submissions cannot run the unit tests (T-mean, T-median) and are not gradable "
                    + "for them; add a cpp suite or remove cpp from languages"
            ])
        #expect(result.spec != nil)
        let anyLanguage = try fixture.load(
            statsSpec(
                frontMatter: Self.allSuitesFrontMatter, tests: unitTestBlocks))
        #expect(anyLanguage.lines == [])
    }

    @Test func perLanguageMappingMatchesTheSuites() throws {
        let fixture = try SpecFixture(files: Self.allSuites)
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "unit_tests: { module: stats, python: tests/test_stats.py, "
                    + "c: tests/stats_test.c }\n",
                tests: """
                    ```test
                    id: T-mean
                    covers: [REQ-1]
                    unit: { python: test_mean, java: mean }
                    ```
                    """))
        #expect(
            result.lines.contains(
                "17:34: error: test 'T-mean' names a java unit test, but unit_tests has no java "
                    + "suite; add one or remove 'java' from the mapping"))
        #expect(
            result.lines.contains(
                "17:7: error: test 'T-mean' names no c unit test, but unit_tests has a c suite; add "
                    + "'c: NAME' to its unit mapping"))
    }

    @Test func unitNameNotInSuite() throws {
        let fixture = try SpecFixture(files: Self.allSuites)
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: Self.allSuitesFrontMatter,
                tests: """
                    ```test
                    id: T-mean
                    covers: [REQ-1]
                    unit: { python: test_mena, java: mean, javascript: mean, c: mean }
                    ```
                    ```test
                    id: T-median
                    covers: [REQ-1]
                    unit: median
                    ```
                    """))
        #expect(
            result.lines.contains(
                "22:17: error: unit test 'test_mena' is not in tests/test_stats.py (suite defines: "
                    + "test_mean, test_median); did you mean 'test_mean'?"))
        // One name for every suite: wrong for Python only, reported at the unit: line.
        #expect(
            result.lines.contains(
                "27:7: error: unit test 'median' is not in tests/test_stats.py (suite defines: "
                    + "test_mean, test_median)"))
        #expect(result.diagnostics(containing: "is not in").count == 2)
    }

    @Test func suiteTestNamedByNoSpecTestWarnsAtTheSuiteLine() throws {
        let fixture = try SpecFixture(files: Self.allSuites)
        defer { fixture.remove() }
        let oneTest = unitTestBlocks.components(separatedBy: "```\n```").first.map { $0 + "```" }
        let result = try fixture.load(
            statsSpec(
                frontMatter: Self.allSuitesFrontMatter, tests: oneTest ?? ""))
        #expect(result.errors.isEmpty)
        let warnings = result.diagnostics(containing: "is named by no spec test")
        #expect(
            warnings.map(\.description).sorted() == [
                "\(fixture.folder)/tests/StatsTest.java:8:10: warning: suite test 'median' is named "
                    + "by no spec test, so it never runs; add a test with 'unit: median' or remove it "
                    + "from the suite",
                "\(fixture.folder)/tests/stats.test.js:4:1: warning: suite test 'median' is named by "
                    + "no spec test, so it never runs; add a test with 'unit: median' or remove it "
                    + "from the suite",
                "\(fixture.folder)/tests/stats_test.c:4:9: warning: suite test 'median' is named by "
                    + "no spec test, so it never runs; add a test with 'unit: median' or remove it "
                    + "from the suite",
                "\(fixture.folder)/tests/test_stats.py:10:5: warning: suite test 'test_median' is "
                    + "named by no spec test, so it never runs; add a test with 'unit: test_median' "
                    + "or remove it from the suite",
            ])
    }

    @Test func duplicateSuiteTests() throws {
        let fixture = try SpecFixture(files: [
            "tests/test_stats.py": Suites.python + "\n\ndef test_mean():\n    pass\n"
                + "\n\ndef test_median():\n    pass\n"
        ])
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "unit_tests: { module: stats, python: tests/test_stats.py }\n",
                tests: "```test\nid: T-mean\ncovers: [REQ-1]\nunit: test_mean\n```\n"))
        // Named by a spec test: an error; named by none: a warning.
        let again = result.diagnostics(containing: "is defined again").map(\.description)
        #expect(
            again == [
                "\(fixture.folder)/tests/test_stats.py:13:5: error: suite test 'test_mean' is defined "
                    + "again (first on line 6); a spec test could not say which one it means: rename "
                    + "one",
                "\(fixture.folder)/tests/test_stats.py:17:5: warning: suite test 'test_median' is "
                    + "defined again (first on line 10); a spec test could not say which one it means: "
                    + "rename one",
            ])
    }
}
