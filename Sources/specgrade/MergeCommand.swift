import ArgumentParser
import Foundation
import Reports
import Results

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine shard reports into one set of reports.",
        discussion: "Each REPORT.json is the compliance.json of one `grade --shard I/N` run of the same spec.")

    @Argument(help: "The shards' compliance.json files.")
    var reports: [String]

    @Option(help: "Where to write the merged reports.")
    var out: String

    @Option(help: "Reports to write, comma-separated: junit,json,gradescope,csv,html (the default), canvas,moodle.")
    var format: String = ReportFormat.standard.map(\.rawValue).joined(separator: ",")

    @OptionGroup var gradebookOptions: GradebookOptions

    @Option(
        help: ArgumentHelp(
            "Who reads junit.xml, index.html and Gradescope's files.",
            discussion: "student leaves out hidden tests' inputs, outputs, diffs and stderr; "
                + "compliance.json is always the instructor's full record."))
    var audience: ReportAudience = .instructor

    func run() async throws {
        guard !reports.isEmpty else { throw CLIFailure.usage("merge: name at least one compliance.json") }
        let formats = try GradeCommand.formats(format, roster: gradebookOptions.roster != nil)
        let gradebook = try gradebookOptions.gradebook()
        var runs: [GradeRun] = []
        for path in reports {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIFailure.usage("\(path): cannot be read; pass the compliance.json a `grade --shard` run wrote")
            }
            do {
                runs.append(try ComplianceReport.decode(data, path: path))
            } catch {
                throw CLIFailure.usage("\(error)")
            }
        }
        let merged: GradeRun
        do { merged = try RunMerger.merge(runs) } catch { throw CLIFailure.usage("\(error)") }
        let writer = ReportWriter(formats: formats, audience: audience, gradebook: gradebook)
        let written = try await writer.write(merged, to: out)
        print(ClassSummary(run: merged).text)
        if let gradebook {
            RosterSummary(match: RosterMatch(roster: gradebook.roster, submissions: merged.submissions)).lines
                .forEach { print($0) }
        }
        print(WrittenReports.line(written, in: out))
    }
}
