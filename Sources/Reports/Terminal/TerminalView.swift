import Execution
import Grading

/// What `specgrade view REPORT.json` prints: a heading, a per-student summary table and the
/// requirement × student matrix (a row per student, a column per requirement or criterion;
/// `n/a` across a submission that could not be graded, so it never reads as the student's fault).
///
/// Colour is the caller's decision (`specgrade view` colours only a terminal, and never when
/// `NO_COLOR` is set); every name and message is stripped of control characters either way.
public struct TerminalView: Sendable {
    public var colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    public func render(_ run: GradeRun) -> String {
        let heading = VisibleText.line(
            "\(run.spec.title) (\(run.spec.id)) — \(run.submissions.count) submissions, "
                + "graded \(run.startedAt)" + (run.shard.map { ", shard \($0)" } ?? ""))
        return [heading, "", summary(run).render(colored: colored), "", "Requirements by student", "",
                matrix(run).render(colored: colored), ""].joined(separator: "\n")
    }

    private func summary(_ run: GradeRun) -> TextTable {
        var table = TextTable(
            headers: ["Student", "Status", "Score", "%", "Tests", "Requirements", "Language"],
            alignments: [.left, .left, .right, .right, .right, .right, .left])
        for submission in run.submissions {
            table.rows.append([
                .init(submission.student),
                .init(submission.status.rawValue, colour: Self.colour(submission.status)),
                .init("\(Figures.score(submission.score))/\(Figures.score(submission.maxScore))"),
                .init(Figures.percent(submission.score, of: submission.maxScore)),
                .init("\(submission.tests.filter(\.passed).count)/\(submission.tests.count)"),
                .init("\(submission.coverage.met)/\(submission.coverage.total)"),
                .init(submission.language ?? "—"),
            ])
        }
        return table
    }

    private func matrix(_ run: GradeRun) -> TextTable {
        let ids = run.spec.requirements.map(\.id)
        var table = TextTable(headers: ["Student"] + ids, alignments: [.left] + ids.map { _ in .left })
        for submission in run.submissions {
            let statuses = Dictionary(submission.requirements.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
            table.rows.append([.init(submission.student)] + ids.map { id in
                guard submission.status != .notGradable else { return .init("n/a", colour: "2") }
                guard let status = statuses[id] else { return .init("—") }
                return .init(status.rawValue, colour: Self.colour(status))
            })
        }
        return table
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
        case .untested: return "2"
        }
    }
}
