import Foundation
import Testing

/// `specgrade check` as instructors and CI run it.
@Suite struct CheckCommandTests {
    @Test func shippedSpecsLintCleanWithASummaryEach() throws {
        let specs = try FileManager.default.contentsOfDirectory(atPath: CommandLine.repository.path + "/Specs")
            .filter { !$0.hasPrefix(".") }.map { "Specs/" + $0 }
        let outcome = try CommandLine.run(["check"] + specs)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(!outcome.stdout.contains("error:"))
        #expect(!outcome.stdout.contains("warning:"))
        let summaries = outcome.stdout.split(separator: "\n").filter { $0.contains(" tests") && $0.contains(" points") }
        #expect(summaries.count == specs.count)
    }

    @Test func errorsExitTwoWithPositions() throws {
        let scratch = try Scratch()
        let spec = scratch.path + "/broken.md"
        try """
        ---
        id: broken
        ---
        # Broken
        ## Requirements
        ### REQ-1: One
        Text.

        ```test
        id: T-1
        covers: [REQ-9]
        expect: { stdout: "1\\n" }
        ```
        """.write(toFile: spec, atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run(["check", spec])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.contains("\(spec):11:"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("REQ-9"))
    }

    @Test func jsonIsForMachines() throws {
        let outcome = try CommandLine.run(["check", "--format", "json", "Specs/word-count.md", "/nonexistent/spec.md"])
        #expect(outcome.status == 2)
        let records = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[0]["ok"] as? Bool == true)
        #expect(records[1]["ok"] as? Bool == false)
        let diagnostics = try #require(records[1]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["severity"] as? String == "error")
    }

    @Test func noSpecIsBadUsage() throws {
        #expect(try CommandLine.run(["check"]).status == 2)
    }
}
