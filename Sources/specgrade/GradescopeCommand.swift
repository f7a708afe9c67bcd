import ArgumentParser
import Foundation
import Grading
import Reports
import Sandbox

struct GradescopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradescope",
        abstract: "Run as a Gradescope autograder.",
        discussion: """
            Grades the one submission Gradescope unpacks in /autograder/submission and writes \
            /autograder/results/results.json. A course's run_autograder script is one line: \
            specgrade gradescope /autograder/source/SPEC.md
            """)

    @Argument(help: "The spec: a .md or .yaml file, or a folder holding spec.md.")
    var spec: String

    @OptionGroup var languages: LanguagesOption

    @Option(help: "The student's submission folder.")
    var submission: String = "/autograder/submission"

    @Option(help: "Where to write Gradescope's results.json.")
    var results: String = "/autograder/results/results.json"

    @Option(
        help: ArgumentHelp(
            "Who the results are for.",
            discussion: "student leaves hidden tests' outputs, diffs and stderr out even after "
                + "grades are published; instructor (the default) lets Gradescope show them then."))
    var audience: ReportAudience = .instructor

    @OptionGroup var allowMissing: AllowMissingOptions

    func run() async throws {
        let loaded = try SpecInput.load(spec, languages: languages)
        let plan: GradingPlan
        do { plan = try GradingPlan(spec: loaded) } catch { throw CLIFailure.usage("\(error)") }
        // One submission, no history: Gradescope starts every container afresh.
        let grader = Grader(
            plan: plan, options: Grader.Options(historyPath: nil, toolVersion: SpecGrade.version),
            runner: ProgramRunner(loaded, alsoAllowed: try allowMissing.layers()))
        let outcome: Grader.Outcome
        do {
            let found = try grader.discovery.submission(folder: submission, student: "submission")
            outcome = try await grader.grade([found], from: submission, progress: ProgressReporter(style: .lines))
        } catch let error as GradingError {
            throw CLIFailure.usage("\(error)")
        }
        guard let graded = outcome.run.submissions.first else {
            throw CLIFailure.internalError("the submission was not graded")
        }
        try FileManager.default.createDirectory(
            atPath: (results as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try GradescopeResults.write(audience.view(of: graded), to: results)
        print(
            "\(graded.status.rawValue): \(Figures.score(graded.score)) of \(Figures.score(graded.maxScore)); wrote \(results)"
        )
        if let failure = CLIFailure.internallyFailed(graded.hasInternalError ? [graded] : []) { throw failure }
    }
}
