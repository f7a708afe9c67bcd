import Foundation
import Testing

/// The C/C++ harness (`Sources/UnitHarness/Resources/specgrade_test.h`) compiled with the
/// sample student files and suites of `Fixtures/unit-harness`, and driven over the harness
/// protocol (docs/unit-tests.md) as the runner drives it: tests named on stdin after a nonce,
/// results only from the lines that carry that nonce.
@Suite("Unit tests: C and C++ harness", .serialized)
struct HarnessTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let header = root.appendingPathComponent("Sources/UnitHarness/Resources").path
    static let fixtures = root.appendingPathComponent("Fixtures/unit-harness").path

    static func available(_ tool: String) -> Bool {
        ["/usr/bin", "/usr/local/bin", "/bin"].contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }

    /// One run of the test binary: the events with its nonce, in order, and all of stdout.
    struct Run {
        var events: [[String: Any]]
        var stdout: String

        /// The result event of `test` (the first, if several).
        func result(_ test: String) -> [String: Any]? {
            events.first { $0["event"] as? String == "result" && $0["test"] as? String == test }
        }

        func results(_ test: String) -> Int {
            events.filter { $0["event"] as? String == "result" && $0["test"] as? String == test }
                .count
        }
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

    /// Runs `binary` with a fresh nonce and `tests` (each given `timeoutMs`) on stdin.
    static func run(_ binary: String, _ tests: [String], timeoutMs: Int = 5000) throws -> Run {
        let folder = (binary as NSString).deletingLastPathComponent
        let nonce = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }
            .joined()
        let input = ([nonce] + tests.map { "\(timeoutMs) \($0)" }).joined(separator: "\n") + "\n"
        try input.write(toFile: folder + "/input", atomically: true, encoding: .utf8)
        try shell("'\(binary)' <'\(folder)/input' >'\(folder)/stdout' 2>/dev/null")
        let stdout = (try? String(contentsOfFile: folder + "/stdout", encoding: .utf8)) ?? ""
        let prefix = "@@specgrade:\(nonce) "
        let events = try stdout.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map {
            try json(String($0.dropFirst(prefix.count)))
        }
        return Run(events: events, stdout: stdout)
    }

    /// What `binary --list` prints.
    static func list(_ binary: String) throws -> String {
        let folder = (binary as NSString).deletingLastPathComponent
        try shell("'\(binary)' --list >'\(folder)/list'")
        return (try? String(contentsOfFile: folder + "/list", encoding: .utf8)) ?? ""
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
        return process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus
            : process.terminationStatus
    }

    static func json(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test(.enabled(if: available("gcc"))) func cSuite() throws {
        let binary = try Self.build(compiler: "gcc", student: "stats.c", suite: "stats_test.c")
        defer { Self.remove(binary) }

        #expect(
            try Self.list(binary) == """
                mean_even\nmedian_odd\ndescribe_one\ncount_is_int\ncrashes\nexits_early\nexits_now
                whole_program\nreads_nothing\nchatty\nspins\n
                """)

        let run = try Self.run(binary, ["mean_even", "median_odd", "describe_one", "count_is_int"])
        #expect(
            run.events.map { "\($0["event"] ?? "")" } == [
                "start", "result", "start", "result", "start", "result", "start", "result", "done",
            ])
        #expect(
            run.stdout.contains(
                #"{"event":"result","test":"mean_even","outcome":"passed","#
                    + #""message":null,"expected":null,"actual":null,"exception":null,"trace":null,"#
                    + #""output":null,"file":null,"line":null}"# + "\n"))

        let failed = try #require(run.result("median_odd"))
        #expect(failed["outcome"] as? String == "failed")
        #expect(failed["message"] as? String == "SG_CHECK_EQ_DOUBLE(2.0, median(xs, 3), 1e-9)")
        #expect(failed["expected"] as? String == "2")
        #expect(failed["actual"] as? String == "1")
        #expect((failed["file"] as? String)?.hasSuffix("stats_test.c") == true)
        #expect(failed["line"] as? Int == 21)

        let strings = try #require(run.result("describe_one"))
        #expect(strings["expected"] as? String == "one \"quoted\"\n value")
        #expect(strings["actual"] as? String == "many values")
        #expect(strings["line"] as? Int == 27)

        let ints = try #require(run.result("count_is_int"))
        #expect(ints["message"] as? String == "SG_CHECK_EQ_INT(7, 3 + 3)")
        #expect(ints["expected"] as? String == "7")
        #expect(ints["actual"] as? String == "6")
    }

    @Test(.enabled(if: available("gcc"))) func crashesExitsHangsAndForgeriesFailAlone() throws {
        let binary = try Self.build(compiler: "gcc", student: "stats.c", suite: "stats_test.c")
        defer { Self.remove(binary) }

        let run = try Self.run(
            binary,
            [
                "crashes", "exits_early", "exits_now", "spins", "whole_program", "reads_nothing",
                "chatty", "no_such_test", "mean_even",
            ], timeoutMs: 500)
        // Each test in a child of its own: whatever one does, the run goes on to `done`.
        #expect(run.events.last?["event"] as? String == "done")

        let crash = try #require(run.result("crashes"))
        #expect(crash["outcome"] as? String == "error")
        #expect(crash["exception"] as? String == "SIGSEGV")
        #expect(crash["message"] as? String == "the test ended without a result: killed by SIGSEGV")
        // exit(0) or _exit inside a test must not pass it.
        #expect(
            run.result("exits_early")?["message"] as? String
                == "the test ended without a result: exit code 0")
        #expect(
            run.result("exits_now")?["message"] as? String
                == "the test ended without a result: exit code 3")
        #expect(run.result("spins")?["outcome"] as? String == "timeout")
        #expect(run.result("mean_even")?["outcome"] as? String == "passed")

        // The student's main prints a forged result: it is the test's output, never a result.
        let whole = try #require(run.result("whole_program"))
        #expect(whole["outcome"] as? String == "passed")
        #expect((whole["output"] as? String)?.hasPrefix("@@specgrade:0000") == true)
        #expect(run.results("whole_program") == 1)

        #expect(run.result("reads_nothing")?["outcome"] as? String == "passed")
        let chatty = try #require(run.result("chatty")?["output"] as? String)
        #expect(chatty.count == 4096 + 3 && chatty.hasSuffix("x..."))

        let unknown = try #require(run.result("no_such_test"))
        #expect(unknown["outcome"] as? String == "missing")
        #expect(unknown["message"] as? String == "the suite has no test named no_such_test")
    }

    @Test(.enabled(if: available("g++"))) func cppSuite() throws {
        let binary = try Self.build(compiler: "g++", student: "stats.cpp", suite: "stats_test.cpp")
        defer { Self.remove(binary) }

        #expect(try Self.list(binary) == "shout_word\nshout_wrong\nout_of_range\nswallowed_failure\n")
        let run = try Self.run(
            binary,
            [
                "shout_word", "shout_wrong", "out_of_range", "swallowed_failure",
            ])
        #expect(run.result("shout_word")?["outcome"] as? String == "passed")

        let wrong = try #require(run.result("shout_wrong"))
        #expect(wrong["outcome"] as? String == "failed")
        #expect(wrong["expected"] as? String == "hey!")
        #expect(wrong["actual"] as? String == "HEY!")

        let error = try #require(run.result("out_of_range"))
        #expect(error["outcome"] as? String == "error")
        #expect(error["exception"] as? String == "std::out_of_range")
        #expect((error["message"] as? String)?.isEmpty == false)

        // The student's code catches the harness's stop signal: the failure still counts.
        let swallowed = try #require(run.result("swallowed_failure"))
        #expect(swallowed["outcome"] as? String == "failed")
        #expect(swallowed["message"] as? String == "SG_CHECK_EQ_INT(1, 2)")
    }
}
