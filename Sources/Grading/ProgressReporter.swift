import Execution
import Foundation
import Results

/// Tells the person at the terminal how grading goes.
///
/// On a terminal: one live line, redrawn (`[ 120/200]  35.2/s  ETA 0:02  12 failing`).
/// Elsewhere (CI logs): a plain line per submission. `NO_COLOR` turns colour off;
/// `.silent` prints nothing (tests, `--quiet`). A student's name is the name of a folder the
/// student chose, so it is printed through `VisibleText.line`: a folder named
/// `evil\u{1B}]0;pwned\u{07}` shows as `evil\x1B]0;pwned\x07` and cannot retitle the terminal.
public actor ProgressReporter {
    public enum Style: Sendable {
        case live(color: Bool)
        case lines
        case silent
    }

    private let style: Style
    /// Where the text goes: standard error, or a test's buffer.
    private let output: @Sendable (String) -> Void
    private var total = 0
    private var done = 0
    private var failing = 0
    private var cached = 0
    private var started = Date()

    public init(
        style: Style, output: @escaping @Sendable (String) -> Void = ProgressReporter.standardError
    ) {
        self.style = style
        self.output = output
    }

    /// Writes to standard error, unbuffered.
    public static let standardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Live on a terminal, lines otherwise; colour unless NO_COLOR is set.
    public static func forStandardError() -> ProgressReporter {
        guard isatty(STDERR_FILENO) == 1 else { return ProgressReporter(style: .lines) }
        let color = ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        return ProgressReporter(style: .live(color: color))
    }

    func begin(total: Int, resumed: Int) {
        self.total = total
        started = Date()
        if case .lines = style {
            let resumedNote = resumed > 0 ? " (\(resumed) already graded in the interrupted run)" : ""
            write("grading \(total) submission\(total == 1 ? "" : "s")\(resumedNote)\n")
        }
    }

    func finished(_ result: SubmissionResult, fromCache: Bool) {
        done += 1
        if fromCache { cached += 1 }
        if result.status != .passed { failing += 1 }
        switch style {
        case .silent:
            return
        case .lines:
            let score = "\(Self.number(result.score))/\(Self.number(result.maxScore))"
            let cachedNote = fromCache ? " (cached)" : ""
            let student = VisibleText.line(result.student)
            write("[\(done)/\(total)] \(student): \(result.status.rawValue) \(score)\(cachedNote)\n")
        case .live(let color):
            let elapsed = max(Date().timeIntervalSince(started), 0.001)
            let rate = Double(done) / elapsed
            let remaining = rate > 0 ? Int(Double(total - done) / rate) : 0
            let width = String(total).count
            let counter = String(repeating: " ", count: max(0, width - String(done).count)) + "\(done)/\(total)"
            var failures = "\(failing) not passed"
            if color && failing > 0 { failures = "\u{1B}[31m\(failures)\u{1B}[0m" }
            write(
                "\r\u{1B}[2K[\(counter)] \(String(format: "%.1f", rate))/s  ETA \(remaining / 60):\(String(format: "%02d", remaining % 60))  \(failures)"
            )
        }
    }

    func end(interrupted: Bool) {
        let elapsed = Date().timeIntervalSince(started)
        let summary =
            "\(interrupted ? "interrupted after" : "graded") \(done) of \(total) in \(String(format: "%.1f", elapsed)) s"
            + " (\(cached) from cache, \(failing) not passed)\n"
        switch style {
        case .silent: return
        case .lines: write(summary)
        case .live: write("\r\u{1B}[2K" + summary)
        }
    }

    private func write(_ text: String) {
        output(text)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
