import Grading
import SpecModel

/// The top of the page: how many students passed, the mean and median score, and how many
/// students met each requirement.
struct ClassOverview {
    let run: GradeRun

    var markup: Markup {
        let submissions = run.submissions
        let graded = submissions.filter { $0.status != .notGradable }
        let percents = graded.map { $0.maxScore > 0 ? $0.score / $0.maxScore * 100 : 0 }.sorted()
        let mean = percents.isEmpty ? 0 : percents.reduce(0, +) / Double(percents.count)
        let median = percents.isEmpty ? 0
            : percents.count % 2 == 1 ? percents[percents.count / 2]
            : (percents[percents.count / 2 - 1] + percents[percents.count / 2]) / 2
        func count(_ status: SubmissionStatus) -> Int { submissions.filter { $0.status == status }.count }
        let stats: [(String, String)] = [
            ("Students", String(submissions.count)), ("Passed", String(count(.passed))),
            ("Partial", String(count(.partial))), ("Failed", String(count(.failed))),
            ("Not gradable", String(count(.notGradable))),
            ("Mean score", Figures.percent(mean, of: 100) + "%"), ("Median score", Figures.percent(median, of: 100) + "%"),
        ]
        let items: [Markup] = stats.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }
        return """
            <dl class="stats" id="class-stats">\(items)</dl>
            <table id="requirement-table"><thead><tr><th>Requirement</th><th>Title</th><th class="num">Met</th><th class="num">Partial</th><th class="num">Unmet</th><th class="num">Untested</th></tr></thead><tbody>
            \(run.spec.requirements.map(requirementRow))</tbody></table>
            """
    }

    private func requirementRow(_ requirement: Requirement) -> Markup {
        var counts: [ComplianceStatus: Int] = [:]
        for submission in run.submissions where submission.status != .notGradable {
            if let status = submission.requirements.first(where: { $0.id == requirement.id }) {
                counts[status.status, default: 0] += 1
            }
        }
        let indent: Markup = requirement.kind == .criterion ? "&emsp;" : ""
        return """
            <tr><td>\(indent)\(requirement.id)</td><td>\(requirement.title)</td><td class="num">\(counts[.met] ?? 0)</td><td class="num">\(counts[.partial] ?? 0)</td><td class="num">\(counts[.unmet] ?? 0)</td><td class="num">\(counts[.untested] ?? 0)</td></tr>

            """
    }
}
