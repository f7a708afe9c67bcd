import Foundation
import History
import Results
import Testing

/// A failure of SpecGrade's own machinery (here, the instructor's checker crashing) is never a
/// student's verdict: `internal_error`, the submission `not_gradable`, retried once, never
/// cached, and `grade` exits 3 saying what to do.
@Suite struct InternalErrorTests {
    static let spec = """
        ---
        id: broken-checker
        languages: [python]
        ---
        # Broken checker
        ## Requirements
        ### REQ-1: Echo
        Echo the input.
        ## Test cases
        ```test
        id: T-echo
        covers: [REQ-1]
        stdin: "hi\\n"
        checker: checker.py
        ```
        """

    @Test func aCrashingCheckerIsAnInternalErrorNeverCachedAndExits3() throws {
        let scratch = try Scratch()
        let folder = scratch.path + "/spec"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.spec.write(toFile: folder + "/spec.md", atomically: true, encoding: .utf8)
        try "import sys\nsys.exit(7)\n".write(toFile: folder + "/checker.py", atomically: true, encoding: .utf8)
        let submissions = scratch.path + "/submissions"
        try FileManager.default.createDirectory(atPath: submissions, withIntermediateDirectories: true)
        try "print(input())\n".write(toFile: submissions + "/alice.py", atomically: true, encoding: .utf8)
        let arguments = [
            "grade", folder, submissions, "--out", scratch.path + "/out", "--db", scratch.path + "/h.sqlite",
        ]

        let first = try CommandLine.run(arguments)
        #expect(first.status == 3, "\(first.stdout) \(first.stderr)")
        #expect(first.stderr.contains("1 submission could not be graded"), "\(first.stderr)")
        #expect(first.stderr.contains("specgrade doctor"), "\(first.stderr)")
        #expect(first.stdout.contains("1 not gradable (1 of them by an internal error)"), "\(first.stdout)")
        let report =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: scratch.path + "/out/compliance.json"))) as? [String: Any]
        let student = (report?["submissions"] as? [[String: Any]])?.first
        #expect(student?["status"] as? String == "not_gradable")
        let test = (student?["tests"] as? [[String: Any]])?.first
        #expect(test?["verdict"] as? String == "internal_error")

        // Not cached: the next run grades it again (and fails the same way).
        let second = try CommandLine.run(arguments)
        #expect(second.status == 3)
        #expect(second.stderr.contains("(0 from cache"), "\(second.stderr)")
        #expect(second.stderr.contains("grading it once more"), "\(second.stderr)")
    }
}
