import ArgumentParser
import Grading
import History
import Reports
import Sandbox

/// The one mapping from an error to what `specgrade` prints and the code it exits with
/// (README.md, "Exit codes"), the way ArgumentParser renders every error through one type:
/// commands throw their modules' errors as they are, and `SpecGrade.main` asks this.
///
/// - 0: `--help`, `--version`;
/// - 1: a `CLIFailure.unmet` (a threshold not met, a single run not accepted);
/// - 2: anything the person at the terminal can fix: bad usage, a spec, a folder, an
///   unusable `--out` or `--db`, a machine that lacks an isolation layer;
/// - 3: a failure of SpecGrade or its sandbox itself (a bug, or a run that failed twice).
struct ExitStatus {
    var code: Int32
    var message: String

    static func of(_ error: any Error) -> ExitStatus {
        switch error {
        case let failure as CLIFailure:
            return ExitStatus(code: failure.exitCode, message: failure.message)
        case let error as GradingError:
            return ExitStatus(code: 2, message: error.description)
        case let error as ReportError:
            return ExitStatus(code: 2, message: error.description)
        case let error as HistoryError:
            return ExitStatus(code: 2, message: error.description)
        case let error as SandboxError:
            return ExitStatus(code: 2, message: error.description)
        default:
            let code = SpecGrade.exitCode(for: error)
            if code == .success { return ExitStatus(code: 0, message: SpecGrade.fullMessage(for: error)) }
            if let explicit = error as? ExitCode { return ExitStatus(code: explicit.rawValue, message: "") }
            // ArgumentParser reports bad usage as 64; the documented code is 2. Anything else is ours.
            if code == .validationFailure { return ExitStatus(code: 2, message: SpecGrade.fullMessage(for: error)) }
            return ExitStatus(
                code: 3, message: "internal error: \(SpecGrade.fullMessage(for: error)) (a bug: please report it)")
        }
    }
}
