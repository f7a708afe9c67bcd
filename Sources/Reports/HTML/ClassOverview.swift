import Results
import SpecModel

/// The top of the page: how many students passed, the mean (`ClassMean`) and median score of
/// the graded submissions, and how many students met each requirement.
struct ClassOverview {
    let run: GradeRun

    var markup: Markup {
        let submissions = run.submissions
        let mean = ClassMean(submissions)
        let percents = submissions.filter { $0.status != .notGradable && $0.maxScore > 0 }.map {
            $0.score / $0.maxScore * 100
        }.sorted()
        let median =
            percents.isEmpty
            ? 0
            : percents.count % 2 == 1
                ? percents[percents.count / 2]
                : (percents[percents.count / 2 - 1] + percents[percents.count / 2]) / 2
        func count(_ status: SubmissionStatus) -> Int { submissions.filter { $0.status == status }.count }
        let stats: [(String, String)] = [
            ("Students", String(submissions.count)), ("Passed", String(count(.passed))),
            ("Partial", String(count(.partial))), ("Failed", String(count(.failed))),
            ("Not gradable", String(count(.notGradable))),
            ("Mean score", mean.figure),
            ("Median score", percents.isEmpty ? "–" : Figures.percent(median, of: 100) + "%"),
        ]
        let items: [Markup] = stats.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }
        return """
            <dl class="stats" id="class-stats">\(items)</dl>
            <p class="caption" id="mean-definition">Mean and median: \(ClassMean.definition) (\(mean.text)).</p>
            <table id="requirement-table"><thead><tr><th>Requirement</th><th>Title</th><th class="num">Met</th><th class="num">Partial</th><th class="num">Unmet</th><th class="num">Untested</th><th class="num">Not gradable</th></tr></thead><tbody>
            \(run.spec.requirements.map(requirementRow))</tbody></table>
            """
    }

    private func requirementRow(_ requirement: Requirement) -> Markup {
        var counts: [ComplianceStatus: Int] = [:]
        for submission in run.submissions {
            if let status = submission.requirements.first(where: { $0.id == requirement.id }) {
                counts[ComplianceStatus.shown(status.status, in: submission), default: 0] += 1
            }
        }
        let indent: Markup = requirement.kind == .criterion ? "&emsp;" : ""
        return """
            <tr><td>\(indent)\(requirement.id)</td><td>\(requirement.title)</td><td class="num">\(counts[.met] ?? 0)</td><td class="num">\(counts[.partial] ?? 0)</td><td class="num">\(counts[.unmet] ?? 0)</td><td class="num">\(counts[.untested] ?? 0)</td><td class="num">\(counts[.notGradable] ?? 0)</td></tr>

            """
    }
}
