import ArgumentParser
import Dispatch
import Execution
import Foundation
import Grading
import Reports
import Sandbox
import SpecModel

struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade every submission in a directory.",
        discussion: """
            SUBMISSIONS_DIR holds one folder or one source file per student. Reports go to \
            --out (default reports/<spec-id>); results are kept in a SQLite history so that \
            unchanged submissions are not run again. Ctrl-C stops cleanly: finished results \
            are kept and the same command continues where it stopped.
            """)

    @Argument(help: "The spec: a .md or .yaml file, or a folder holding spec.md.")
    var spec: String

    @OptionGroup var languages: LanguagesOption

    @Argument(help: "The folder of submissions.")
    var submissions: String

    @Option(help: "Where to write the reports (default: reports/<spec-id>).")
    var out: String?

    @Option(help: "Submissions graded at once (default: twice the number of cores).")
    var jobs: Int?

    @Option(
        help: ArgumentHelp(
            "Reports to write, comma-separated: junit,json,gradescope,csv,html (the default), canvas,moodle.",
            discussion: "canvas and moodle write the gradebook CSVs those systems import, for --roster."))
    var format: String = ReportFormat.standard.map(\.rawValue).joined(separator: ",")

    @OptionGroup var gradebookOptions: GradebookOptions

    @Option(help: "Grade only shard I of N (a stable split by student), e.g. 2/8.")
    var shard: String?

    @Flag(help: "Grade every submission again, even when unchanged.")
    var noCache = false

    @Option(help: "The run history (default: reports/specgrade.sqlite).")
    var db: String = "reports/specgrade.sqlite"

    @Option(help: "Exit 1 when any submission scores below this percentage.")
    var failUnder: Double?

    @Option(help: "Print CI annotations for failed requirements: github.")
    var annotations: String?

    @Option(
        help: ArgumentHelp(
            "Who reads junit.xml, index.html and Gradescope's files.",
            discussion: "student leaves out hidden tests' inputs, outputs, diffs and stderr; "
                + "compliance.json is always the instructor's full record."))
    var audience: ReportAudience = .instructor

    @Flag(help: "No progress output.")
    var quiet = false

    @OptionGroup var allowMissing: AllowMissingOptions

    func run() async throws {
        let formats = try Self.formats(format, roster: gradebookOptions.roster != nil)
        if let annotations, annotations != "github" {
            throw CLIFailure.usage("--annotations \(annotations): the only kind is github")
        }
        if let jobs, jobs < 1 { throw CLIFailure.usage("--jobs \(jobs): give at least 1") }
        let shard: Shard?
        do { shard = try self.shard.map { text throws(GradingError) in try Shard(parsing: text) } } catch {
            throw CLIFailure.usage("\(error)")
        }
        let gradebook = try gradebookOptions.gradebook()
        let loaded = try SpecInput.load(spec, languages: languages)
        let plan: GradingPlan
        do { plan = try GradingPlan(spec: loaded) } catch { throw CLIFailure.usage("\(error)") }

        let options = Grader.Options(
            jobs: jobs, shard: shard, useCache: !noCache, historyPath: db, toolVersion: SpecGrade.version)
        let grader = Grader(
            plan: plan, options: options, runner: ProgramRunner(loaded, alsoAllowed: try allowMissing.layers()))
        let progress = quiet ? ProgressReporter(style: .silent) : ProgressReporter.forStandardError()
        let outcome: Grader.Outcome
        do {
            outcome = try await InterruptibleTask.run {
                try await grader.grade(directory: submissions, progress: progress)
            }
        } catch let error as GradingError {
            throw CLIFailure.usage("\(error)")
        }
        if outcome.interrupted {
            throw CLIFailure(
                message:
                    "interrupted: \(outcome.run.submissions.count) of \(outcome.total) graded and kept in \(db); run the same command again to finish",
                exitCode: 130)
        }
        let directory = out ?? "reports/\(loaded.id)"
        let writer = ReportWriter(formats: formats, audience: audience, gradebook: gradebook)
        let written = try await writer.write(outcome.run, to: directory)
        if annotations == "github" {
            GitHubAnnotations.render(audience.view(of: outcome.run)).forEach { print($0) }
        }
        print(ClassSummary(run: outcome.run).text)
        if let gradebook {
            RosterSummary(match: RosterMatch(roster: gradebook.roster, submissions: outcome.run.submissions)).lines
                .forEach { print($0) }
        }
        print(WrittenReports.line(written, in: directory))
        if let failure = CLIFailure.internallyFailed(outcome.run.submissions.filter(\.hasInternalError)) {
            throw failure
        }
        if let failUnder {
            let below = outcome.run.submissions.filter {
                $0.maxScore > 0 && 100 * $0.score / $0.maxScore < failUnder || $0.status == .notGradable
            }
            if !below.isEmpty {
                let names = below.map { VisibleText.line($0.student) }.joined(separator: ", ")
                let count = "\(below.count) submission\(below.count == 1 ? "" : "s")"
                throw CLIFailure.unmet("\(count) below \(failUnder)%: \(names)")
            }
        }
    }

    /// The formats of `--format`; a gradebook format only with a roster.
    static func formats(_ list: String, roster: Bool = false) throws -> Set<ReportFormat> {
        switch ReportFormat.parse(list) {
        case .success(let formats):
            if !roster, let needing = formats.first(where: \.needsRoster) {
                throw CLIFailure.usage(ReportError.rosterRequired(format: needing.rawValue).description)
            }
            return formats
        case .failure(let unknown): throw CLIFailure.usage("--format: \(unknown)")
        }
    }
}
