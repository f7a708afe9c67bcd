import Foundation
import History
import Reports
import Results
import Testing

/// `specgrade grade` as CI and instructors use it: exit codes, the cache, shards and merge.
@Suite struct GradeCommandTests {
    @Test func missingDirectoryIsBadUsageNamingIt() throws {
        let outcome = try CommandLine.run(["grade", "Specs/word-count.md", "/nonexistent/submissions"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("/nonexistent/submissions"))
        #expect(outcome.stderr.contains("does not exist"))
    }

    @Test func emptyDirectoryIsBadUsageSayingWhy() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/empty", withIntermediateDirectories: true)
        let outcome = try CommandLine.run([
            "grade", "Specs/word-count.md", scratch.path + "/empty", "--out", scratch.path + "/out",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("holds no submission"))
    }

    @Test func invalidSpecIsNeverGraded() throws {
        let scratch = try Scratch()
        let spec = scratch.path + "/bad.md"
        try "---\nid: Bad Id\n---\n# x\n".write(toFile: spec, atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run([
            "grade", spec, "Fixtures/word-count/submissions", "--out", scratch.path + "/out",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(spec):2:"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/out"))
    }

    @Test func badShardAndFormatAreUsageErrors() throws {
        #expect(
            try CommandLine.run(["grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--shard", "3/2"])
                .status == 2)
        let format = try CommandLine.run([
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--format", "pdf",
        ])
        #expect(format.status == 2)
        #expect(format.stderr.contains("pdf"))
    }

    /// A second grading of unchanged work comes from the cache, agrees with the first, and
    /// `--fail-under` turns the class's failures into exit 1.
    @Test func cacheAgreesAndFailUnderExitsOne() throws {
        let scratch = try Scratch()
        let arguments = [
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--out", scratch.path + "/out", "--db",
            scratch.path + "/h.sqlite",
        ]
        let first = try CommandLine.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let firstRun = try Self.report(scratch.path + "/out")
        let second = try CommandLine.run(arguments + ["--fail-under", "50"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("(16 from cache"), "\(second.stderr)")
        #expect(second.stderr.contains("below 50"))
        let secondRun = try Self.report(scratch.path + "/out")
        #expect(firstRun.submissions == secondRun.submissions)
    }

    /// Two shards, merged, give the same class as one run; and every student is in exactly one shard.
    @Test func shardsMergeIntoTheWholeClass() throws {
        let scratch = try Scratch()
        var shardReports: [String] = []
        for index in 1...2 {
            let out = scratch.path + "/shard\(index)"
            let outcome = try CommandLine.run([
                "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--shard", "\(index)/2",
                "--out", out, "--db", scratch.path + "/h.sqlite", "--format", "json",
            ])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            shardReports.append(out + "/compliance.json")
        }
        let merged = try CommandLine.run(["merge"] + shardReports + ["--out", scratch.path + "/merged"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let whole = try CommandLine.run([
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions",
            "--out", scratch.path + "/whole", "--db", scratch.path + "/h.sqlite", "--format", "json",
        ])
        #expect(whole.status == 0)
        let mergedRun = try Self.report(scratch.path + "/merged")
        let wholeRun = try Self.report(scratch.path + "/whole")
        #expect(mergedRun.submissions.map(\.student) == wholeRun.submissions.map(\.student))
        #expect(mergedRun.submissions.map(\.score) == wholeRun.submissions.map(\.score))
        let shards = try shardReports.map { try Self.report(($0 as NSString).deletingLastPathComponent) }
        #expect(shards.allSatisfy { !$0.submissions.isEmpty })
        #expect(shards.map(\.submissions.count).reduce(0, +) == wholeRun.submissions.count)
    }

    /// `grade` killed with SIGKILL midway, started again, finishes the same run without
    /// redoing what was finished and without duplicate rows.
    @Test func killedRunResumesWithoutRedoingOrDuplicating() async throws {
        let scratch = try Scratch()
        let db = scratch.path + "/h.sqlite"
        let arguments = [
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--out", scratch.path + "/out", "--db",
            db, "--jobs", "1", "--no-cache",
        ]
        let first = try CommandLine.start(arguments)
        // Progress lines ("[3/16] carla-cpp: ...") are printed once a result is recorded.
        var recorded = 0
        var pending = ""
        let stderr = try #require(first.standardError as? Pipe).fileHandleForReading
        while recorded < 4 {
            let chunk = stderr.availableData
            if chunk.isEmpty { break }
            pending += String(decoding: chunk, as: UTF8.self)
            recorded = pending.split(separator: "\n").filter { $0.hasPrefix("[") }.count
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(recorded >= 4 && recorded < 16, "the first run must be killed midway; it recorded \(recorded)")

        let second = try CommandLine.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("already graded in the interrupted run"), "\(second.stderr)")
        let store = try HistoryStore(path: db)
        let runs = try await store.runs(specID: "word-count", limit: 10)
        #expect(runs.count == 1)
        #expect(runs.first?.students == 16)
        #expect(runs.first?.status == .finished)
        let regraded = second.stderr.split(separator: "\n").filter { $0.hasPrefix("[") && !$0.contains("(cached)") }
        #expect(regraded.count <= 16 - recorded)
    }

    static func report(_ directory: String) throws -> GradeRun {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/compliance.json"))
        return try ComplianceReport.decode(data, path: directory + "/compliance.json")
    }
}

/// Ctrl-C: finished results are kept and the same command finishes the run.
@Suite struct InterruptTests {
    @Test func interruptKeepsFinishedResultsAndTheNextRunFinishes() async throws {
        let scratch = try Scratch()
        let db = scratch.path + "/h.sqlite"
        let arguments = [
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--out", scratch.path + "/out", "--db",
            db, "--jobs", "1",
        ]
        let first = try CommandLine.start(arguments)
        let stderr = try #require(first.standardError as? Pipe).fileHandleForReading
        var text = ""
        while text.split(separator: "\n").filter({ $0.hasPrefix("[") }).count < 3 {
            let chunk = stderr.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        kill(first.processIdentifier, SIGINT)
        text += String(decoding: stderr.readDataToEndOfFile(), as: UTF8.self)
        first.waitUntilExit()
        #expect(first.terminationStatus == 130, "\(text)")
        #expect(text.contains("interrupted"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/out/compliance.json"))

        let second = try CommandLine.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("already graded in the interrupted run"))
        let store = try HistoryStore(path: db)
        let runs = try await store.runs(specID: "word-count", limit: 10)
        #expect(runs.count == 1)
        #expect(runs.first?.status == .finished)
    }
}
