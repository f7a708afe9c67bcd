import Foundation
import Testing

/// `grade --roster` with the gradebook formats, and `view` fitted to COLUMNS, as a user runs them.
@Suite struct GradebookCommandTests {
    @Test func aRosterGivesCanvasAndMoodleGradebooksAndListsFoldersMatchingNoOne() throws {
        let scratch = try Scratch()
        let roster = scratch.path + "/classroom_roster.csv"
        // GitHub Classroom's columns; the fixtures' folders are `<name>-<language>`, so `python`
        // is no one's login and ada's folder is found by her identifier.
        try """
        identifier,github_username,github_id,name
        ada-python,ada-l,1,Ada Lovelace
        brian-c,brian,2,Brian Cole
        absent@example.edu,absent,3,Abe Sent

        """.write(toFile: roster, atomically: true, encoding: .utf8)
        let out = scratch.path + "/out"
        let graded = try CommandLine.run([
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--out", out, "--db",
            scratch.path + "/h.sqlite",
            "--roster", roster, "--format", "csv,canvas,moodle", "--quiet",
        ])
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.stdout.contains("roster: 2 of 3 students have a submission; 1 without one get no grade"))
        #expect(graded.stdout.contains("  carla-cpp: matches no one on the roster"))
        let canvas = try String(contentsOfFile: out + "/canvas.csv", encoding: .utf8)
        let lines = canvas.components(separatedBy: "\r\n")
        #expect(lines[0] == "Student,ID,SIS User ID,SIS Login ID,Section,Word Count")
        #expect(lines[1].hasPrefix("Ada Lovelace,,,,,") && lines[3] == "Abe Sent,,,,,")
        let unmatched = try String(contentsOfFile: out + "/unmatched.csv", encoding: .utf8)
        #expect(unmatched.contains("\r\ncarla-cpp,,"))
        #expect(FileManager.default.fileExists(atPath: out + "/moodle.csv"))
    }

    /// Shards graded apart and merged give the same gradebook as one grading of the class.
    @Test func mergeWritesTheGradebookOfItsShards() throws {
        let scratch = try Scratch()
        let roster = scratch.path + "/roster.csv"
        try "identifier,name\nada-python,Ada Lovelace\nbrian-c,Brian Cole\nabsent,Abe Sent\n"
            .write(toFile: roster, atomically: true, encoding: .utf8)
        var shards: [String] = []
        for shard in ["1/2", "2/2"] {
            let out = scratch.path + "/shard-\(shard.prefix(1))"
            let graded = try CommandLine.run([
                "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--out", out, "--db",
                scratch.path + "/h.sqlite", "--shard", shard, "--format", "json", "--quiet",
            ])
            #expect(graded.status == 0, "\(graded.stderr)")
            shards.append(out + "/compliance.json")
        }
        let merged = try CommandLine.run(
            ["merge"] + shards + ["--out", scratch.path + "/merged", "--roster", roster, "--format", "canvas"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("roster: 2 of 3 students have a submission"))
        let canvas = try String(contentsOfFile: scratch.path + "/merged/canvas.csv", encoding: .utf8)
        let lines = canvas.components(separatedBy: "\r\n")
        #expect(lines[0] == "Student,ID,SIS User ID,SIS Login ID,Section,Word Count")
        #expect(lines.contains { $0.hasPrefix("Ada Lovelace,") && !$0.hasSuffix(",") })
        #expect(lines.contains("Abe Sent,,,,,"))
    }

    @Test func aGradebookWithoutARosterIsBadUsage() throws {
        let outcome = try CommandLine.run([
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--format", "canvas",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--roster FILE"))
    }

    @Test func viewFitsColumns() throws {
        let scratch = try Scratch()
        let out = scratch.path + "/out"
        let graded = try CommandLine.run([
            "grade", "Specs/word-count.md", "Fixtures/word-count/submissions", "--out", out, "--db",
            scratch.path + "/h.sqlite",
            "--format", "json", "--quiet",
        ])
        #expect(graded.status == 0, "\(graded.stderr)")
        for columns in [50, 80] {
            let viewed = try CommandLine.run(
                ["view", out + "/compliance.json", "--no-color"], environment: ["COLUMNS": String(columns)])
            #expect(viewed.status == 0)
            let widest = viewed.stdout.components(separatedBy: "\n").map(\.count).max() ?? 0
            #expect(widest <= columns, "\(columns): \(viewed.stdout)")
        }
    }
}
