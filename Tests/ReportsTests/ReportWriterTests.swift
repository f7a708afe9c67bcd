import Execution
import Foundation
import FoundationXML
import Results
import Testing

@testable import Reports

@Suite struct ReportWriterTests {
    @Test func writesEveryFormatAndListsThePaths() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let run = SyntheticRun.hostileClass
        let paths = try await ReportWriter().write(run, to: folder.path)
        let expected =
            ["junit.xml", "compliance.json"]
            + run.submissions.map { GradescopeResults.relativePath(for: $0.student) } + ["grades.csv", "index.html"]
        #expect(paths == expected.map { (folder.path as NSString).appendingPathComponent($0) })
        #expect(folder.files() == expected.sorted())
        let written = try Data(contentsOf: URL(fileURLWithPath: paths[1]))
        #expect(try ComplianceReport.decode(written, path: paths[1]) == run)
        #expect(try Data(contentsOf: URL(fileURLWithPath: paths[0])) == JUnitReport.render(run))
        #expect(try String(contentsOfFile: paths.last ?? "", encoding: .utf8) == HTMLReport.render(run))
    }

    /// One score, one rounding: a score computed as 6.4999 is kept as 6.5 where it is earned
    /// (`Points`), and every report then shows the same 6.5.
    @Test func everyReportShowsTheSameScore() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var submission = SyntheticRun.submission("ada", verdicts: [.accepted, .wrongAnswer, .accepted, .accepted])
        submission.score = Points.rounded(6.4999)
        submission.maxScore = Points.rounded(0.1 + 6.9)
        submission.tests[0].score = Points.rounded(2.5 * 0.99996)
        submission.tests[0].maxScore = 2.5
        let paths = try await ReportWriter().write(SyntheticRun.run([submission]), to: folder.path)
        func text(_ name: String) throws -> String {
            try String(contentsOfFile: try #require(paths.first { $0.hasSuffix(name) }), encoding: .utf8)
        }
        #expect(try text("compliance.json").contains("\"score\": 6.5,"))
        #expect(try text("compliance.json").contains("\"score\": 2.5,"))
        #expect(try text("results.json").contains("\"score\": 6.5,"))
        #expect(try text("results.json").contains("\"score\": 2.5,"))
        #expect(try text("grades.csv").contains("ada,partial,6.5,7,92.9,"))
        #expect(try text("junit.xml").contains("name=\"score\" value=\"6.5\""))
        #expect(try text("index.html").contains("6.5/7"))
        for name in ["compliance.json", "results.json"] { #expect(try !text(name).contains("6.4999")) }
    }

    @Test func parallelJUnitBlocksJoinInStudentOrder() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let verdicts: [[Verdict]] = [
            [.accepted, .wrongAnswer, .accepted, .accepted], [.timeLimit, .accepted, .accepted, .accepted],
        ]
        let run = SyntheticRun.run((0..<300).map { SyntheticRun.submission("s\($0)", verdicts: verdicts[$0 % 2]) })
        let path = (folder.path as NSString).appendingPathComponent("junit.xml")
        try await JUnitReport.write(run, to: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written == JUnitReport.render(run))
        let names = try XMLDocument(data: written, options: []).rootElement()?.elements(forName: "testsuite")
            .map { $0.attribute(forName: "name")?.stringValue ?? "" }
        #expect(names == run.submissions.map(\.student))
    }

    @Test func writesOnlyTheChosenFormatsAndReplacesOldFiles() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let old = (folder.path as NSString).appendingPathComponent("grades.csv")
        try Data("stale".utf8).write(to: URL(fileURLWithPath: old))
        let paths = try await ReportWriter(formats: [.csv, .json]).write(SyntheticRun.hostileClass, to: folder.path)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["compliance.json", "grades.csv"])
        #expect(folder.files() == ["compliance.json", "grades.csv"])
        #expect(try String(contentsOfFile: old, encoding: .utf8) == GradesCSV.render(SyntheticRun.hostileClass))
    }

    @Test func aFailedStreamLeavesTheOldFileAndNoTemporary() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let target = (folder.path as NSString).appendingPathComponent("index.html")
        try AtomicFile.write(Data("old".utf8), to: target)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: target) { emit in
                try Data("half of a new".utf8).withUnsafeBytes(emit)
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        #expect(folder.files() == ["index.html"])
    }

    @Test func anUnwritableFolderIsNamedInTheError() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let blocker = (folder.path as NSString).appendingPathComponent("reports")
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let target = (blocker as NSString).appendingPathComponent("junit.xml")
        let error = #expect(throws: ReportError.self) { try AtomicFile.write(Data("x".utf8), to: target) }
        guard case let .cannotWrite(path, _)? = error else {
            Issue.record("expected cannotWrite, got \(String(describing: error))")
            return
        }
        #expect(path == target)
    }

    @Test func anEmptyClassStillGivesValidReports() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let run = SyntheticRun.run([])
        let paths = try await ReportWriter().write(run, to: folder.path)
        #expect(paths.count == 4)
        #expect(try ComplianceReport.decode(Data(contentsOf: URL(fileURLWithPath: paths[1])), path: paths[1]) == run)
        let xml = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: paths[0])), options: [])
        #expect(xml.rootElement()?.attribute(forName: "tests")?.stringValue == "0")
        #expect(GradesCSV.render(run) == GradesCSV.columns.joined(separator: ",") + "\r\n")
    }

    @Test func anUncreatableOutputFolderIsNamed() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let blocker = (folder.path as NSString).appendingPathComponent("file")
        try Data().write(to: URL(fileURLWithPath: blocker))
        let out = (blocker as NSString).appendingPathComponent("reports")
        await #expect(throws: ReportError.cannotWrite(path: out, reason: "cannot create the folder")) {
            try await ReportWriter().write(SyntheticRun.hostileClass, to: out)
        }
    }

    @Test func formatListsParseAndUnknownNamesAreReported() throws {
        #expect(try ReportFormat.parse("junit, json,html").get() == [.junit, .json, .html])
        #expect(throws: ReportFormat.UnknownFormat(name: "pdf")) { try ReportFormat.parse("junit,pdf").get() }
    }
}
