import Foundation
import FoundationXML
import Results
import Testing

@testable import Reports

@Suite struct JUnitReportTests {
    let run = SyntheticRun.hostileClass

    func document() throws -> XMLDocument {
        try XMLDocument(data: JUnitReport.render(run), options: [])
    }

    func suites() throws -> [XMLElement] {
        try document().rootElement()?.elements(forName: "testsuite") ?? []
    }

    @Test func hostileOutputStillGivesWellFormedXMLWithOneSuitePerSubmission() throws {
        let suites = try suites()
        #expect(
            suites.map { $0.attribute(forName: "name")?.stringValue }
                == run.submissions.map { $0.student.replacingOccurrences(of: "\u{1B}", with: "\\x1B") })
        #expect(suites.allSatisfy { $0.elements(forName: "testcase").count == SyntheticRun.spec.tests.count })
    }

    @Test func countsAgreeWithTheChildren() throws {
        for suite in try suites() {
            let cases = suite.elements(forName: "testcase")
            func count(_ name: String) -> Int { cases.filter { !$0.elements(forName: name).isEmpty }.count }
            #expect(suite.attribute(forName: "tests")?.stringValue == String(cases.count))
            #expect(suite.attribute(forName: "failures")?.stringValue == String(count("failure")))
            #expect(suite.attribute(forName: "errors")?.stringValue == String(count("error")))
            #expect(suite.attribute(forName: "skipped")?.stringValue == String(count("skipped")))
        }
        let root = try #require(try document().rootElement())
        #expect(root.attribute(forName: "tests")?.stringValue == "20")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
    }

    @Test func verdictsMapToFailureErrorAndSkipped() throws {
        let suites = try suites()
        let zoe = suites[1].elements(forName: "testcase")
        #expect(zoe[0].children?.isEmpty ?? true)
        #expect(zoe[1].elements(forName: "failure").first?.attribute(forName: "type")?.stringValue == "wrong_answer")
        let li = suites[2].elements(forName: "testcase")
        #expect(li[3].elements(forName: "error").first?.attribute(forName: "type")?.stringValue == "internal_error")
        #expect(suites[3].elements(forName: "testcase").allSatisfy { !$0.elements(forName: "skipped").isEmpty })
    }

    @Test func timesHaveAtMostThreeDecimals() throws {
        let root = try #require(try document().rootElement())
        let elements = [root] + (try suites()).flatMap { [$0] + $0.elements(forName: "testcase") }
        for element in elements {
            let time = try #require(element.attribute(forName: "time")?.stringValue)
            #expect(time.wholeMatch(of: /[0-9]+\.[0-9]{1,3}/) != nil, "\(time)")
        }
        #expect(try suites()[0].elements(forName: "testcase")[0].attribute(forName: "time")?.stringValue == "1.234")
    }

    @Test func classnameAndNameAreUniqueAcrossTheFile() throws {
        let pairs = try suites().flatMap { $0.elements(forName: "testcase") }.map {
            "\($0.attribute(forName: "classname")?.stringValue ?? "")|\($0.attribute(forName: "name")?.stringValue ?? "")"
        }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test func duplicateTestIdsAndLookalikeStudentsStayUnique() throws {
        var twin = SyntheticRun.submission("a.b", verdicts: [.accepted, .accepted, .accepted, .accepted])
        twin.tests[1].id = twin.tests[0].id
        twin.tests[1].name = twin.tests[0].name
        let lookalike = SyntheticRun.submission("a_b", verdicts: [.accepted, .accepted, .accepted, .accepted])
        let document = try XMLDocument(data: JUnitReport.render(SyntheticRun.run([twin, lookalike])), options: [])
        let pairs = (document.rootElement()?.elements(forName: "testsuite") ?? []).flatMap {
            $0.elements(forName: "testcase")
        }.map {
            "\($0.attribute(forName: "classname")?.stringValue ?? "")|\($0.attribute(forName: "name")?.stringValue ?? "")"
        }
        #expect(pairs.count == 8)
        #expect(Set(pairs).count == 8)
    }

    @Test func requirementLinksAreSuitePropertiesAndTestcasesHaveNone() throws {
        let suite = try suites()[1]
        let properties = suite.elements(forName: "properties").first?.elements(forName: "property") ?? []
        let byName = Dictionary(
            properties.map {
                ($0.attribute(forName: "name")?.stringValue ?? "", $0.attribute(forName: "value")?.stringValue ?? "")
            },
            uniquingKeysWith: { first, _ in first })
        #expect(
            byName["requirement:REQ-1"]
                == "partial; T-empty accepted, T-one wrong_answer, T-punct accepted, T-secret time_limit")
        #expect(byName["requirement:REQ-3"] == "untested")
        #expect(byName["hidden_tests"] == "T-secret")
        #expect(byName["status"] == "partial")
        #expect(suite.elements(forName: "testcase").allSatisfy { $0.elements(forName: "properties").isEmpty })
    }

    @Test func failureMessageCarriesTheDiffExcerpt() throws {
        let failure = try #require(try suites()[1].elements(forName: "testcase")[1].elements(forName: "failure").first)
        #expect(
            failure.attribute(forName: "message")?.stringValue
                == "wrong_answer (line 1 differs): line 1: expected \"2\", got \"3\"")
        #expect(failure.stringValue?.contains("at Specs/word-count.md:48 (Zoë \"Z\" Ng, T-one)") == true)
        #expect(failure.stringValue?.contains("expected: \"2\"\n  actual:   \"3\"") == true)
    }

    @Test func controlCharactersAreEscapedAndInvalidUTF8Replaced() throws {
        let data = JUnitReport.render(run)
        #expect(String(data: data, encoding: .utf8)?.contains("<testsuite name=\"Zoë &quot;Z&quot; Ng\"") == true)
        #expect(!data.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        let out = try #require(
            try suites()[1].elements(forName: "testcase")[1].elements(forName: "system-out").first?.stringValue)
        #expect(out.contains("\\x1B[31mred\\x00\\x07\\u{FFFE}"))
        #expect(out.contains("</script><script>alert(1)</script>"))
        #expect(out.contains("\u{FFFD}"))
    }

    @Test func aNotGradableSubmissionSaysWhy() throws {
        let out = try suites()[3].elements(forName: "system-out").first?.stringValue
        #expect(out == "language 'ruby' is not allowed by this spec")
    }

    /// GitLab shows a testcase's failure, not the suite's output: a compile error's testcase
    /// carries the compiler's own words, a runtime error's the start of stderr.
    @Test func failedTestcasesCarryTheCompilerMessageAndStderr() throws {
        let bob = try suites()[4].elements(forName: "testcase")
        for testcase in bob {
            let failure = try #require(testcase.elements(forName: "failure").first)
            #expect(
                failure.attribute(forName: "message")?.stringValue?.hasSuffix("main.c:1: error: expected ';' \\x1B[0m")
                    == true)
            #expect(failure.stringValue?.contains("compiler:\nmain.c:1: error: expected ';'") == true)
        }
        let crash = try #require(try suites()[2].elements(forName: "testcase")[0].elements(forName: "failure").first)
        #expect(crash.attribute(forName: "type")?.stringValue == "runtime_error")
        #expect(crash.stringValue?.contains("stderr:\ntrace: </script><script>alert(1)</script>") == true)
        #expect(crash.attribute(forName: "message")?.stringValue?.contains("trace: </script>") == true)
    }

    /// dorny/test-reporter titles an annotation `suite ► name`, mikepenz/action-junit-report
    /// `file.name` with the line found as ` file:line` in the failure text: both name the
    /// student and the test, and the line is the test's heading in the spec.
    @Test func namesAndFailureTextSayWhoFailedWhatAndWhere() throws {
        let zoe = try suites()[1]
        #expect(zoe.attribute(forName: "name")?.stringValue == "Zoë \"Z\" Ng")
        #expect(zoe.attribute(forName: "file")?.stringValue == SyntheticRun.specPath)
        let testcase = zoe.elements(forName: "testcase")[1]
        #expect(testcase.attribute(forName: "name")?.stringValue == "[Zoë \"Z\" Ng] T-one: one word")
        let text = try #require(testcase.elements(forName: "failure").first?.stringValue)
        let located = text.matches(of: /\ [^ ]*Specs\/word-count\.md.*?:(\d+)/).last.map { String($0.1) }
        #expect(located == "48")
    }
}
