import Foundation
import Reports
import Results
import Testing

/// Grading as an ordinary user, where cgroups are not writable and the spec waives them: the
/// shipped word-count class must get exactly the results it gets as root, in every language.
@Suite struct UnprivilegedGradingTests {
    @Test func aSpecWaivingCgroupsGradesLikeRoot() throws {
        let scratch = try Scratch()
        let spec = try String(
            contentsOf: CommandLine.repository.appendingPathComponent("Specs/word-count.md"), encoding: .utf8)
        let waived = spec.replacingOccurrences(
            of: "\ncompare: lines\n", with: "\ncompare: lines\nsandbox: { allow_missing: [cgroup] }\n")
        #expect(waived != spec, "the spec's front matter changed; update this test's insertion point")
        try waived.write(toFile: scratch.path + "/word-count.md", atomically: true, encoding: .utf8)
        _ = chmod(scratch.path, 0o777)

        let droppedFromRoot = geteuid() == 0
        var arguments = [
            CommandLine.binary.path, "grade", scratch.path + "/word-count.md", "Fixtures/word-count/submissions",
            "--out", scratch.path + "/out", "--db", scratch.path + "/h.sqlite", "--quiet",
        ]
        // As root, drop to nobody the way a student's laptop runs it; otherwise we already are one.
        if droppedFromRoot {
            arguments = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + arguments
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = CommandLine.repository
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")

        let data = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/out/compliance.json"))
        let run = try ComplianceReport.decode(data, path: "compliance.json")
        let expected = try FixtureExpectations.load(spec: "word-count")
        for submission in run.submissions {
            let want = try #require(expected.students[submission.student])
            #expect(
                submission.status.rawValue == want.status,
                "\(submission.student): \(submission.tests.map { "\($0.id)=\($0.verdict.rawValue) \($0.detail ?? "")" })"
            )
            if let score = want.score { #expect(abs(submission.score - score) < 0.001, "\(submission.student)") }
            if droppedFromRoot, submission.status != .notGradable {
                #expect(
                    submission.isolation.missing.keys.contains("cgroup"),
                    "\(submission.student): the waived layer must be recorded")
            }
        }
    }
}
