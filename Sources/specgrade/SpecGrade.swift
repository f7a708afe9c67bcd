import ArgumentParser
import Execution
import Foundation

/// `specgrade`: parses arguments and hands each subcommand to the module that does the work.
@main
struct SpecGrade: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "specgrade",
        abstract: "Grade programming submissions against a specification, sandboxed.",
        version: version,
        subcommands: [
            CheckCommand.self, GradeCommand.self, RunCommand.self, ViewCommand.self,
            MergeCommand.self, HistoryCommand.self, GradescopeCommand.self,
            LanguagesCommand.self, DoctorCommand.self,
        ])

    /// Runs the command line; every error goes through `ExitStatus`, the one mapping to a
    /// message and an exit code.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // --help and --version arrive as errors that exit 0, printed as ArgumentParser prints them.
            if exitCode(for: error) == .success { exit(withError: error) }
            let status = ExitStatus.of(error)
            // Messages carry names a student chose (folders, files): escaped, never acted on.
            if !status.message.isEmpty {
                FileHandle.standardError.write(Data((VisibleText.lines(status.message) + "\n").utf8))
            }
            Foundation.exit(status.code)
        }
    }
}
