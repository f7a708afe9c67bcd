import Foundation
import Results

/// Writes a grading run's reports into a folder, each file atomically (see `AtomicFile`), the
/// formats rendered concurrently:
///
///     let paths = try await ReportWriter(formats: [.junit, .json]).write(run, to: "reports/word-count")
///     // ["reports/word-count/junit.xml", "reports/word-count/compliance.json"]
///
/// `audience` decides what the JUnit, Gradescope, CSV and HTML reports show of hidden tests
/// (see `ReportAudience`); `compliance.json` always gets the whole run, being the instructor's
/// record that `view` and `merge` read back.
///
/// The gradebook formats (`canvas`, `moodle`) need `gradebook`, the roster they are written
/// for; with them, `unmatched.csv` lists the folders that match no one on it.
public struct ReportWriter: Sendable {
    public var formats: Set<ReportFormat>
    public var audience: ReportAudience
    public var gradebook: Gradebook?

    public init(
        formats: Set<ReportFormat> = Set(ReportFormat.standard), audience: ReportAudience = .instructor,
        gradebook: Gradebook? = nil
    ) {
        self.formats = formats
        self.audience = audience
        self.gradebook = gradebook
    }

    /// The file that lists what a roster and the submissions do not agree on.
    public static let unmatchedFileName = "unmatched.csv"

    /// The paths written, in `ReportFormat.allCases` order (a Gradescope file per student).
    public func write(_ run: GradeRun, to directory: String) async throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError.cannotWrite(path: directory, reason: "cannot create the folder")
        }
        if let format = formats.first(where: \.needsRoster), gradebook == nil {
            throw ReportError.rosterRequired(format: format.rawValue)
        }
        let shown = audience.view(of: run)
        let written = try await withThrowingTaskGroup(of: (ReportFormat, [String]).self) { group in
            for format in ReportFormat.allCases where formats.contains(format) && !format.needsRoster {
                let input = format == .json ? run : shown
                group.addTask { (format, try await Self.write(format, input, to: directory)) }
            }
            return try await group.reduce(into: [ReportFormat: [String]]()) { $0[$1.0] = $1.1 }
        }
        return ReportFormat.allCases.flatMap { written[$0] ?? [] } + (try writeGradebooks(run, to: directory))
    }

    /// The gradebooks asked for and, with them, `unmatched.csv`.
    private func writeGradebooks(_ run: GradeRun, to directory: String) throws -> [String] {
        guard let gradebook, formats.contains(where: \.needsRoster) else { return [] }
        let match = gradebook.match(run)
        var files: [(path: String, text: String)] = []
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        if formats.contains(.canvas) {
            files.append((path(ReportFormat.canvas.fileName), gradebook.canvas(run, match)))
        }
        if formats.contains(.moodle) {
            files.append((path(ReportFormat.moodle.fileName), gradebook.moodle(run, match)))
        }
        files.append((path(Self.unmatchedFileName), gradebook.unmatched(match)))
        // Each flushed on its own: a batch's one `sync` would flush every disk of the machine.
        for file in files { try AtomicFile.write(Data(file.text.utf8), to: file.path) }
        return files.map(\.path)
    }

    private static func write(_ format: ReportFormat, _ run: GradeRun, to directory: String) async throws -> [String] {
        func path(_ relative: String) -> String { (directory as NSString).appendingPathComponent(relative) }
        switch format {
        case .junit:
            try await JUnitReport.write(run, to: path(format.fileName))
        case .json:
            try ComplianceReport.write(run, to: path(format.fileName))
        case .csv:
            try AtomicFile.write(Data(GradesCSV.render(run).utf8), to: path(format.fileName))
        case .html:
            try HTMLReport.write(run, to: path(format.fileName))
        case .canvas, .moodle:
            return []
        case .gradescope:
            let files = run.submissions.map { submission in
                (
                    path: path(GradescopeResults.relativePath(for: submission.student)),
                    data: GradescopeResults.render(submission)
                )
            }
            try AtomicFile.write(files)
            return files.map(\.path)
        }
        return [path(format.fileName)]
    }
}
