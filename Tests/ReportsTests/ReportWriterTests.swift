import Execution
import Foundation
import FoundationXML
import Testing
@testable import Reports

@Suite struct ReportWriterTests {
    @Test func writesEveryFormatAndListsThePaths() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let run = SyntheticRun.hostileClass
        let paths = try await ReportWriter().write(run, to: folder.path)
        let expected = ["junit.xml", "compliance.json"]
            + run.submissions.map { GradescopeResults.relativePath(for: $0.student) } + ["grades.csv", "index.html"]
        #expect(paths == expected.map { (folder.path as NSString).appendingPathComponent($0) })
        #expect(folder.files() == expected.sorted())
        let written = try Data(contentsOf: URL(fileURLWithPath: paths[1]))
        #expect(try ComplianceReport.decode(written, path: paths[1]) == run)
        #expect(try Data(contentsOf: URL(fileURLWithPath: paths[0])) == JUnitReport.render(run))
        #expect(try String(contentsOfFile: paths.last ?? "", encoding: .utf8) == HTMLReport.render(run))
    }

    @Test func parallelJUnitBlocksJoinInStudentOrder() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let verdicts: [[Verdict]] = [[.accepted, .wrongAnswer, .accepted, .accepted], [.timeLimit, .accepted, .accepted, .accepted]]
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
