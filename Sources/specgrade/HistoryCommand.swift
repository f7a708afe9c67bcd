import ArgumentParser
import Execution
import Foundation
import History
import Reports
import Results

/// `specgrade history`: the runs recorded in the history database, or per-student score changes
/// between two of them.
///
///     specgrade history --spec word-count --limit 5
///     specgrade history --changes --spec word-count          # the last two finished runs
///     specgrade history --changes --from 3 --to 7
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List grading runs and per-student score changes.")

    @Option(help: "The history database.")
    var db = "reports/specgrade.sqlite"

    @Option(help: "Only runs of this spec id.")
    var spec: String?

    @Option(help: "How many runs to list, newest first.")
    var limit = 20

    @Flag(help: "Show per-student score changes between the last two finished runs of a spec.")
    var changes = false

    @Option(help: "With --changes: the earlier run's id.")
    var from: Int64?

    @Option(help: "With --changes: the later run's id.")
    var to: Int64?

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if !changes, from != nil || to != nil { throw ValidationError("--from and --to go with --changes") }
    }

    func run() async throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CLIFailure.usage("no run history at \(db): run `specgrade grade` first, or pass --db PATH")
        }
        // A HistoryError names the database and what to do; ExitStatus reports it (exit 2).
        let store = try HistoryStore(path: db)
        if changes {
            print(Self.render(try await store.scoreChanges(specID: spec, from: from, to: to)))
        } else {
            let runs = try await store.runs(specID: spec, limit: limit)
            print(runs.isEmpty ? "no runs\(spec.map { " of \($0)" } ?? "") in \(db)" : Self.render(runs))
        }
    }

    static func render(_ runs: [RunSummary]) -> String {
        let header = ["RUN", "SPEC", "SHARD", "STARTED", "STATUS", "FINISHED", "STUDENTS", "MEAN"]
        let rows = runs.map { run in
            [
                String(run.id), run.specID, run.shard ?? "-", time(run.startedAt), run.status.rawValue,
                run.finishedAt.map(time) ?? "-", String(run.students),
                ClassMean(percent: run.meanPercent, graded: run.graded, notGradable: run.notGradable).cell,
            ]
        }
        return aligned([header] + rows, rightAligned: [0, 6, 7])
    }

    /// Students whose score moved, who are new or who are gone, then a one-line tally.
    static func render(_ comparison: RunComparison) -> String {
        let spec = VisibleText.line(comparison.to.specID)
        let title =
            "\(spec): run \(comparison.from.id) (\(time(comparison.from.startedAt)))"
            + " -> run \(comparison.to.id) (\(time(comparison.to.startedAt)))"
        let moved = comparison.changes.filter { $0.delta != 0 }
        let improved = moved.count { ($0.delta ?? 0) > 0 }
        let worse = moved.count { ($0.delta ?? 0) < 0 }
        let new = moved.count { $0.before == nil }
        let gone = moved.count { $0.after == nil }
        let tally =
            "\(improved) improved, \(worse) worse, \(comparison.changes.count - moved.count) unchanged, "
            + "\(new) new, \(gone) gone"
        guard !moved.isEmpty else { return "\(title)\n\(tally)" }
        let header = ["STUDENT", "BEFORE", "AFTER", "DELTA"]
        let rows = moved.map { change in
            [
                change.student, change.before.map(fraction) ?? "-", change.after.map(fraction) ?? "-",
                change.delta.map { ($0 > 0 ? "+" : "") + number($0) } ?? (change.before == nil ? "new" : "gone"),
            ]
        }
        return "\(title)\n\(aligned([header] + rows, rightAligned: [1, 2, 3]))\n\(tally)"
    }

    private static func fraction(_ score: ScoreChange.Score) -> String {
        "\(number(score.score))/\(number(score.maxScore))"
    }

    /// At most two decimals, none when whole: `7`, `5.25`, `0.33`.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded()
            ? String(Int(rounded))
            : String(format: "%.2f", rounded)
                .replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
    }

    /// Local time to the minute, e.g. `2025-03-01 10:02`.
    private static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// Columns padded to their widest cell, two spaces apart; every cell escaped, since a
    /// student's name is whatever their folder was called.
    private static func aligned(_ cells: [[String]], rightAligned: Set<Int>) -> String {
        let rows = cells.map { $0.map(VisibleText.line) }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            .joined(separator: "  ").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
        }
        .joined(separator: "\n")
    }
}
