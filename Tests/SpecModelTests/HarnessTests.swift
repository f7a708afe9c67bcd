import Foundation
import Testing

/// The C/C++ harness (`Sources/UnitHarness/specgrade_test.h`) compiled with the sample
/// student files and suites of `Fixtures/unit-harness`, each test run alone as the runner will:
/// the result comes only from the descriptor in SPECGRADE_RESULT_FD.
@Suite("Unit tests: C and C++ harness", .serialized)
struct HarnessTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let header = root.appendingPathComponent("Sources/UnitHarness").path
    static let fixtures = root.appendingPathComponent("Fixtures/unit-harness").path

    static func available(_ tool: String) -> Bool {
        ["/usr/bin", "/usr/local/bin", "/bin"].contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }

    /// What one run of the test binary left: its exit status, the result channel, stdout.
    struct Run {
        var status: Int32
        var result: String
        var stdout: String
    }

    /// Compiles the sample student and suite into a fresh folder; returns the binary's path.
    static func build(compiler: String, student: String, suite: String) throws -> String {
        let folder = NSTemporaryDirectory() + "unit-harness-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let binary = folder + "/tests"
        let status = try shell(
            "\(compiler) -Wall -Wextra -Werror -Wno-unused-parameter -O1 "
                + "-Dmain=specgrade_student_main -I'\(header)' '\(fixtures)/\(student)' "
                + "'\(fixtures)/\(suite)' -o '\(binary)' -lm 2>'\(folder)/compile.txt'")
        let log = (try? String(contentsOfFile: folder + "/compile.txt", encoding: .utf8)) ?? ""
        #expect(status == 0, "\(compiler) failed: \(log)")
        #expect(log.isEmpty, "\(compiler) warned: \(log)")
        return binary
    }

    /// Runs `binary argument` with the result channel on descriptor 3.
    static func run(_ binary: String, _ argument: String) throws -> Run {
        let folder = (binary as NSString).deletingLastPathComponent
        let status = try shell(
            "SPECGRADE_RESULT_FD=3 '\(binary)' '\(argument)' 3>'\(folder)/result' "
                + ">'\(folder)/stdout' 2>/dev/null")
        let read = { (name: String) in
            (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)) ?? ""
        }
        return Run(status: status, result: read("result"), stdout: read("stdout"))
    }

    static func remove(_ binary: String) {
        try? FileManager.default.removeItem(atPath: (binary as NSString).deletingLastPathComponent)
    }

    @discardableResult
    static func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus
            : process.terminationStatus
    }

    /// The result line as JSON.
    static func json(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test(.enabled(if: available("gcc"))) func cSuite() throws {
        let binary = try Self.build(compiler: "gcc", student: "stats.c", suite: "stats_test.c")
        defer { Self.remove(binary) }

        let list = try Self.run(binary, "--list")
        #expect(list.result == """
            mean_even\nmedian_odd\ndescribe_one\ncount_is_int\ncrashes\nexits_early\nexits_now
            whole_program\nchannel_hidden\n
            """)

        let passed = try Self.run(binary, "mean_even")
        #expect(passed.status == 0)
        #expect(passed.result == #"{"test":"mean_even","outcome":"passed","message":null,"#
            + #""expected":null,"actual":null,"file":null,"line":null}"# + "\n")

        let failed = try Self.json(Self.run(binary, "median_odd").result)
        #expect(failed["outcome"] as? String == "failed")
        #expect(failed["message"] as? String == "SG_CHECK_EQ_DOUBLE(2.0, median(xs, 3), 1e-9)")
        #expect(failed["expected"] as? String == "2")
        #expect(failed["actual"] as? String == "1")
        #expect((failed["file"] as? String)?.hasSuffix("stats_test.c") == true)
        #expect(failed["line"] as? Int == 19)

        let strings = try Self.json(Self.run(binary, "describe_one").result)
        #expect(strings["expected"] as? String == "one \"quoted\"\n value")
        #expect(strings["actual"] as? String == "many values")
        #expect(strings["line"] as? Int == 25)

        let ints = try Self.json(Self.run(binary, "count_is_int").result)
        #expect(ints["message"] as? String == "SG_CHECK_EQ_INT(7, 3 + 3)")
        #expect(ints["expected"] as? String == "7")
        #expect(ints["actual"] as? String == "6")

        let hidden = try Self.run(binary, "channel_hidden")
        #expect(hidden.result.contains(#""outcome":"passed""#))
    }

    @Test(.enabled(if: available("gcc"))) func crashesExitsAndForgeriesLeaveNoPass() throws {
        let binary = try Self.build(compiler: "gcc", student: "stats.c", suite: "stats_test.c")
        defer { Self.remove(binary) }

        let crash = try Self.run(binary, "crashes")
        #expect(crash.result.isEmpty)
        #expect(crash.status == 128 + SIGSEGV)
        for early in ["exits_early", "exits_now"] {
            let run = try Self.run(binary, early)
            #expect(run.status == 0, "\(early)")
            #expect(run.result.isEmpty, "\(early): exit(0) inside a test must not pass it")
        }
        // The student's main prints a forged result on stdout: only the channel counts.
        let whole = try Self.run(binary, "whole_program")
        #expect(whole.stdout.contains("forged"))
        #expect(whole.result.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
        #expect(whole.result.hasPrefix(#"{"test":"whole_program","outcome":"passed""#))

        let unknown = try Self.json(Self.run(binary, "no_such_test").result)
        #expect(unknown["outcome"] as? String == "error")
        #expect(unknown["message"] as? String == "the suite defines no test of this name")
    }

    @Test(.enabled(if: available("g++"))) func cppSuite() throws {
        let binary = try Self.build(compiler: "g++", student: "stats.cpp", suite: "stats_test.cpp")
        defer { Self.remove(binary) }

        #expect(try Self.run(binary, "--list").result
            == "shout_word\nshout_wrong\nout_of_range\nswallowed_failure\n")
        #expect(try Self.run(binary, "shout_word").result.contains(#""outcome":"passed""#))

        let wrong = try Self.json(Self.run(binary, "shout_wrong").result)
        #expect(wrong["outcome"] as? String == "failed")
        #expect(wrong["expected"] as? String == "hey!")
        #expect(wrong["actual"] as? String == "HEY!")

        let exception = try Self.run(binary, "out_of_range")
        let error = try Self.json(exception.result)
        #expect(error["outcome"] as? String == "error")
        #expect((error["message"] as? String)?.hasPrefix("uncaught exception std::out_of_range: ")
            == true)

        // The student's code catches the harness's stop signal: the failure still counts.
        let swallowed = try Self.json(Self.run(binary, "swallowed_failure").result)
        #expect(swallowed["outcome"] as? String == "failed")
        #expect(swallowed["message"] as? String == "SG_CHECK_EQ_INT(1, 2)")
    }
}
