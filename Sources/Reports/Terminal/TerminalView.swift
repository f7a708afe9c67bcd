import Execution
import Results

/// What `specgrade view REPORT.json` prints, fitted to the terminal's width: a heading, a
/// per-student summary table and the requirement × student matrix (a row per student, a column
/// per requirement or criterion, each cell a status mark: ✓ met, ◐ partial, ✗ unmet, ○ untested,
/// – not gradable, so a submission that could not be graded never reads as the student's fault).
///
/// No line is wider than `width`: long names are cut with `…`, and a matrix with more columns
/// than fit is split into blocks of requirements, each with the student names again.
///
/// Colour is the caller's decision (`specgrade view` colours only a terminal, and never when
/// `NO_COLOR` is set); every name and message is stripped of control characters either way.
public struct TerminalView: Sendable {
    public var colored: Bool
    /// Columns available; at least 40 are used whatever is asked.
    public var width: Int

    public init(colored: Bool, width: Int = 80) {
        self.colored = colored
        self.width = max(40, width)
    }

    /// The longest a student's name is shown before it is cut.
    static let nameLimit = 24

    public func render(_ run: GradeRun) -> String {
        let heading = VisibleText.line(
            "\(run.spec.title) (\(run.spec.id)) — \(run.submissions.count) submissions, "
                + "graded \(run.startedAt)" + (run.shard.map { ", shard \($0)" } ?? ""))
        let mean = "Class \(ClassMean(run.submissions).text)."
        let legend = ComplianceStatus.allCases.map { "\($0.mark) \($0.label)" }.joined(separator: "  ")
        let blocks = matrix(run).map { $0.render(colored: colored) }.joined(separator: "\n\n")
        return [
            TerminalText.truncate(heading, to: width), TerminalText.truncate(mean, to: width), "",
            summary(run).render(colored: colored), "", "Requirements by student",
            TerminalText.truncate(legend, to: width), "",
            blocks, "",
        ].joined(separator: "\n")
    }

    private func summary(_ run: GradeRun) -> TextTable {
        var table = TextTable(
            headers: ["Student", "Status", "Score", "%", "Tests", "Reqs", "Language"],
            alignments: [.left, .left, .right, .right, .right, .right, .left])
        for submission in run.submissions {
            table.rows.append([
                .init(submission.student),
                .init(submission.status.rawValue, colour: Self.colour(submission.status)),
                .init("\(Figures.score(submission.score))/\(Figures.score(submission.maxScore))"),
                .init(
                    submission.status == .notGradable ? "–" : Figures.percent(submission.score, of: submission.maxScore)
                ),
                .init("\(submission.tests.filter(\.passed).count)/\(submission.tests.count)"),
                .init("\(submission.coverage.met)/\(submission.coverage.total)"),
                .init(submission.language ?? "—"),
            ])
        }
        // The name and language columns give way first, then on a narrow terminal the columns
        // after the score.
        table.limit(column: 6, to: 12)
        table.drop(toFit: width, column: 0, floor: 8, keeping: 4)
        table.fit(column: 0, within: width, floor: 8, ceiling: Self.nameLimit)
        return table
    }

    /// One table per block of requirement columns that fits the width.
    private func matrix(_ run: GradeRun) -> [TextTable] {
        let ids = run.spec.requirements.map(\.id).map(VisibleText.line)
        let names = run.submissions.map { VisibleText.line($0.student) }
        let nameWidth = min(
            Self.nameLimit, max(TerminalText.width("Student"), names.map(TerminalText.width).max() ?? 0), width / 3)
        let statuses = run.submissions.map { submission in
            Dictionary(submission.requirements.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        }
        var blocks: [[Int]] = []
        var used = nameWidth
        for (index, id) in ids.enumerated() {
            let column = min(TerminalText.width(id), width - nameWidth - 2) + 2
            if blocks.isEmpty || used + column > width {
                blocks.append([])
                used = nameWidth
            }
            blocks[blocks.count - 1].append(index)
            used += column
        }
        return blocks.map { block in
            var table = TextTable(
                headers: ["Student"] + block.map { ids[$0] }, alignments: [.left] + block.map { _ in .left })
            for (row, submission) in run.submissions.enumerated() {
                table.rows.append(
                    [.init(submission.student)]
                        + block.map { index in
                            guard let recorded = statuses[row][run.spec.requirements[index].id] else {
                                return .init(" ")
                            }
                            let status = ComplianceStatus.shown(recorded, in: submission)
                            return .init(status.mark, colour: Self.colour(status))
                        })
            }
            table.limit(column: 0, to: nameWidth)
            for column in 1..<table.headers.count { table.limit(column: column, to: width - nameWidth - 2) }
            return table
        }
    }

    private static func colour(_ status: SubmissionStatus) -> String {
        switch status {
        case .passed: return "32"
        case .partial: return "33"
        case .failed: return "31"
        case .notGradable: return "2"
        }
    }

    private static func colour(_ status: ComplianceStatus) -> String {
        switch status {
        case .met: return "32"
        case .partial: return "33"
        case .unmet: return "31"
        case .untested, .notGradable: return "2"
        }
    }
}
