import ArgumentParser
import Foundation
import Reports
import Results

/// `specgrade view REPORT.json`: a compliance report as aligned tables, a per-student summary
/// then the requirement × student matrix. Colour only on a terminal and never with `NO_COLOR`.
struct ViewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view", abstract: "Show a compliance report in the terminal.",
        discussion: "Reads the compliance.json that 'specgrade grade' or 'specgrade merge' wrote. "
            + "Lines fit the terminal's width (COLUMNS, else the terminal's, else 80 columns). "
            + "Colour is used only when standard output is a terminal and NO_COLOR is not set.")

    @Argument(help: "A compliance.json report.")
    var report: String

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    func run() async throws {
        let run: GradeRun
        do {
            run = try ComplianceReport.read(from: report)
        } catch let error as ReportError {
            throw CLIFailure.usage(error.description)
        }
        let environment = ProcessInfo.processInfo.environment
        let colored = !noColor && isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
        print(TerminalView(colored: colored, width: Self.columns(environment)).render(run), terminator: "")
    }

    /// The terminal's width: `COLUMNS` when set, else the tty's, else 80.
    static func columns(_ environment: [String: String]) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
