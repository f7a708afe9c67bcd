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

    /// Runs the command line with the exit codes README.md documents: usage errors exit 2 (not
    /// ArgumentParser's 64), a `CLIFailure` exits with its own code, anything else 3.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CLIFailure {
            // Messages carry names a student chose (folders, files): escaped, never acted on.
            if !failure.message.isEmpty {
                let message = VisibleText.lines(failure.message)
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            // --help and --version arrive as errors that exit 0.
            if code == .success { exit(withError: error) }
            if let explicit = error as? ExitCode { Foundation.exit(explicit.rawValue) }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                FileHandle.standardError.write(Data((VisibleText.lines(message) + "\n").utf8))
            }
            // ArgumentParser reports bad usage as 64; the documented code is 2. Anything else is ours: 3.
            Foundation.exit(code == .validationFailure ? 2 : 3)
        }
    }
}
