import Execution
import Testing

@testable import SpecModel

/// `unit_tests:` in the front matter and `unit:` in test blocks, in both spec forms.
@Suite("Unit tests: parsing")
struct UnitTestParsingTests {
    @Test func markdownFormReadsSuitesAndReferences() throws {
        let fixture = try SpecFixture(files: [
            "tests/test_stats.py": Suites.python, "tests/StatsTest.java": Suites.java,
        ])
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: """
                    unit_tests:
                      module: stats
                      python: tests/test_stats.py
                      java: tests/StatsTest.java

                    """,
                tests: """
                    ```test
                    id: T-mean
                    covers: [REQ-1]
                    unit: { python: test_mean, java: mean }
                    points: 2
                    ```
                    ```test
                    id: T-median
                    covers: [REQ-1]
                    unit: { python: test_median, java: median }
                    hidden: true
                    ```
                    """))
        #expect(result.lines == [])
        let spec = try #require(result.spec)
        let unitTests = try #require(spec.unitTests)
        #expect(unitTests.module == "stats")
        #expect(
            unitTests.suites == [
                UnitTestSuite(language: .python, path: "tests/test_stats.py"),
                UnitTestSuite(language: .java, path: "tests/StatsTest.java"),
            ])
        #expect(unitTests[.java]?.path == "tests/StatsTest.java")
        #expect(unitTests[.c] == nil)
        #expect(
            spec.tests[0].unit
                == .perLanguage([
                    UnitTestName(language: .python, name: "test_mean"),
                    UnitTestName(language: .java, name: "mean"),
                ]))
        #expect(spec.tests[0].unit?.name(for: .java) == "mean")
        #expect(spec.tests[0].unit?.name(for: .c) == nil)
        #expect(spec.tests[0].points == 2)
        #expect(spec.tests[1].hidden)
        #expect(spec.tests.filter(\.isUnitTest).count == 2)
    }

    @Test func oneNameForEverySuite() throws {
        let fixture = try SpecFixture(files: ["tests/stats_test.c": Suites.c])
        defer { fixture.remove() }
        let result = try fixture.load(
            statsSpec(
                frontMatter: "unit_tests: { module: stats, c: tests/stats_test.c }\n",
                tests: "```test\nid: T-mean\ncovers: [REQ-1]\nunit: mean\n```\n"))
        let test = try #require(result.spec?.tests.first)
        #expect(test.unit == .everySuite("mean"))
        #expect(test.unit?.name(for: .c) == "mean")
        #expect(test.unit?.name(for: .python) == "mean")
        #expect(result.diagnostics(containing: "'median' is named by no spec test").count == 1)
    }

    @Test func inputOutputTestsHaveNoUnit() {
        let result = parse(minimalSpec())
        #expect(result.spec?.unitTests == nil)
        #expect(result.spec?.tests.first?.unit == nil)
        #expect(result.spec?.tests.first?.isUnitTest == false)
    }

    @Test func yamlFormReadsTheSameFields() throws {
        let fixture = try SpecFixture(files: ["tests/stats.test.js": Suites.javascript])
        defer { fixture.remove() }
        let result = try fixture.load(
            """
            id: stats
            unit_tests:
              module: stats
              javascript: tests/stats.test.js
            requirements:
              - { id: REQ-1, title: Mean }
            tests:
              - { id: T-mean, covers: [REQ-1], unit: mean }
              - id: T-median
                covers: [REQ-1]
                unit: { javascript: median }
            """, as: "spec.yaml")
        #expect(result.lines == [])
        let spec = try #require(result.spec)
        #expect(
            spec.unitTests
                == UnitTestSuites(
                    module: "stats",
                    suites: [UnitTestSuite(language: .javascript, path: "tests/stats.test.js")]))
        #expect(
            spec.tests.map(\.unit) == [
                .everySuite("mean"),
                .perLanguage([UnitTestName(language: .javascript, name: "median")]),
            ])
    }

    @Test func moduleFilePerLanguage() {
        let suites = UnitTestSuites(module: "stats")
        #expect(suites.moduleFile(for: .python) == "stats.py")
        #expect(suites.moduleFile(for: .java) == "Stats.java")
        #expect(suites.moduleFile(for: .javascript) == "stats.js")
        #expect(suites.moduleFile(for: .c) == "stats.c")
        #expect(suites.moduleFile(for: .cpp) == "stats.cpp")
    }

    @Test func missingModuleIsAnErrorAtTheKey() {
        let result = parse(
            statsSpec(
                frontMatter: "unit_tests:\n  python: tests/test_stats.py\n", tests: ""))
        #expect(
            result.lines.contains(
                "3:1: error: 'unit_tests' has no 'module'; name the module under test, e.g. "
                    + "'module: stats' (stats.py, class Stats in Stats.java, stats.js, stats.c)"))
    }

    @Test func moduleMustBeAnIdentifier() {
        for bad in ["my-stats", "2stats", "stats.py", "\"\""] {
            let result = parse(
                statsSpec(
                    frontMatter: "unit_tests:\n  module: \(bad)\n  python: t.py\n", tests: ""))
            let found = result.diagnostics(
                containing: "must be an identifier ([A-Za-z_][A-Za-z0-9_]*)")
            #expect(found.map(\.location.line) == [4], "module: \(bad)")
            #expect(found.first?.location.column == 11)
        }
        for good in ["stats", "word_count", "_private", "Stats2"] {
            let result = parse(
                statsSpec(
                    frontMatter: "unit_tests:\n  module: \(good)\n  python: t.py\n", tests: ""))
            #expect(result.diagnostics(containing: "identifier").isEmpty, "module: \(good)")
        }
    }

    @Test func unknownAndUnsupportedSuiteLanguages() {
        let result = parse(
            statsSpec(
                frontMatter: """
                    unit_tests:
                      module: stats
                      pyhton: tests/test_stats.py
                      babbage: tests/deck.ae

                    """, tests: ""))
        #expect(
            result.lines.contains(
                "5:3: error: unit_tests: unknown field 'pyhton' (did you mean 'python'?); known "
                    + "fields: module, python, java, javascript, c, cpp"))
        #expect(
            result.lines.contains(
                "6:3: error: unit_tests: SpecGrade has no unit-test framework for babbage; suites "
                    + "may be written for python, java, javascript, c, cpp"))
        #expect(result.diagnostics(containing: "names no suite").isEmpty)
    }

    @Test func unitTestsNeedsASuiteAndAMapping() {
        let none = parse(statsSpec(frontMatter: "unit_tests: { module: stats }\n", tests: ""))
        #expect(
            none.lines.contains(
                "3:1: error: 'unit_tests' names no suite; add one per language, e.g. "
                    + "'python: tests/test_stats.py'"))
        let list = parse(statsSpec(frontMatter: "unit_tests: [stats]\n", tests: ""))
        let notMapping = list.diagnostics(containing: "'unit_tests' must be a mapping")
        #expect(notMapping.map(\.location.line) == [3])
        let path = parse(
            statsSpec(
                frontMatter: "unit_tests: { module: stats, c: \"\" }\n", tests: ""))
        let noPath = path.diagnostics(containing: "'unit_tests.c' must be the path of the C suite")
        #expect(noPath.count == 1)
    }

    @Test func malformedUnitFields() {
        let frontMatter = "unit_tests: { module: stats, python: t.py }\n"
        let result = parse(
            statsSpec(
                frontMatter: frontMatter,
                tests: """
                    ```test
                    id: T-1
                    covers: [REQ-1]
                    unit: { pyton: test_mean, java: [a] }
                    ```
                    ```test
                    id: T-2
                    covers: [REQ-1]
                    unit: [test_mean]
                    ```
                    ```test
                    id: T-3
                    covers: [REQ-1]
                    unit: ""
                    ```
                    """))
        #expect(
            result.lines.contains(
                "17:9: error: unit: unknown field 'pyton' (did you mean 'python'?); known fields: "
                    + "python, java, javascript, c, cpp"))
        let lines = { (text: String) in result.diagnostics(containing: text).map(\.location.line) }
        #expect(lines("'unit.java' must be a single value") == [17])
        #expect(lines("'unit' must be a mapping") == [22])
        #expect(lines("'unit' names a unit test of the suite") == [27])
    }
}
