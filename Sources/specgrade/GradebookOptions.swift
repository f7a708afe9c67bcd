import ArgumentParser
import Reports

/// `--roster FILE` and `--assignment NAME`, shared by `grade` and `merge`: the class list
/// that maps submission folders to students for the canvas and moodle gradebooks.
struct GradebookOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The class list: a CSV exported from Canvas or Moodle, or GitHub Classroom's roster.",
            discussion: "Maps submission folders to students (a folder named <assignment>-<login> matches login); "
                + "students without a folder get no grade, folders matching no one are listed.",
            valueName: "FILE"))
    var roster: String?

    @Option(help: "The gradebook's assignment column (default: the spec's title).")
    var assignment: String?

    /// The gradebook the roster makes, or nil without one; a ReportError names a bad roster.
    func gradebook() throws -> Gradebook? {
        try roster.map { Gradebook(roster: try Roster.read(from: $0), assignment: assignment) }
    }
}
