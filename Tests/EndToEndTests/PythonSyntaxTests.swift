import Foundation
import Reports
import Results
import Testing

/// Python has no compile step: a syntax error shows up when a test runs, and is then confirmed
/// once with `py_compile`. Only a real one makes the submission `compile_error`.
@Suite struct PythonSyntaxTests {
    static let spec = """
        ---
        id: echo
        languages: [python]
        ---
        # Echo
        ## Requirements
        ### REQ-1: Echo
        Print what you read.

        ```test
        id: T-1
        covers: [REQ-1]
        stdin: "hi\\n"
        expect: { stdout: "hi\\n" }
        ```

        ```test
        id: T-2
        covers: [REQ-1]
        stdin: "yo\\n"
        expect: { stdout: "yo\\n" }
        ```
        """

    @Test func onlyARealSyntaxErrorIsACompileError() throws {
        let scratch = try Scratch()
        try Self.spec.write(toFile: scratch.path + "/echo.md", atomically: true, encoding: .utf8)
        let submissions = scratch.path + "/submissions"
        try FileManager.default.createDirectory(atPath: submissions, withIntermediateDirectories: true)
        try "print input()\n".write(toFile: submissions + "/broken.py", atomically: true, encoding: .utf8)
        // A SyntaxError raised at run time by eval is the program's own failure, not a compile error.
        try "import sys\nline = sys.stdin.readline()\nif 'y' in line: eval('1 +')\nprint(line, end='')\n"
            .write(toFile: submissions + "/evaluator.py", atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run([
            "grade", scratch.path + "/echo.md", submissions, "--out", scratch.path + "/out",
            "--db", scratch.path + "/h.sqlite",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/out/compliance.json"))
        let run = try ComplianceReport.decode(data, path: "compliance.json")
        let broken = try #require(run.submissions.first { $0.student == "broken" })
        #expect(broken.tests.map(\.verdict) == [.compileError, .compileError])
        #expect(broken.message?.contains("SyntaxError") == true)
        let evaluator = try #require(run.submissions.first { $0.student == "evaluator" })
        #expect(evaluator.tests.map(\.verdict) == [.accepted, .runtimeError])
    }
}
