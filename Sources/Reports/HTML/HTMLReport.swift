import Grading

/// `index.html`: one self-contained page (inline CSS, JS and SVG; no network) with the class
/// overview, a score histogram, the requirement × student heat map, a filterable student table
/// and a drill-down per student with verdicts, diffs and hidden tests marked.
///
/// Every piece of text from a spec or a program goes through `Markup`'s escaping, so a program
/// printing `</script><script>alert(1)</script>` shows that text and runs nothing.
public enum HTMLReport {
    public static func render(_ run: GradeRun) -> String {
        let students = run.submissions.enumerated().map { StudentDetails(submission: $1, index: $0) }
        let shard: Markup = run.shard.map { " · shard \($0)" } ?? ""
        let page: Markup = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLAssets.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(run.spec.title) — SpecGrade report</title>
            <style>\(HTMLAssets.style)</style></head>
            <body>
            <header><h1>\(run.spec.title)</h1>
            <p class="meta">Spec <code>\(run.spec.id)</code> · graded \(run.startedAt) · SpecGrade \(run.toolVersion)\(shard)</p></header>
            <section id="overview"><h2>Class overview</h2>
            \(ClassOverview(run: run).markup)</section>
            <section id="histogram"><h2>Score distribution</h2>
            \(ScoreHistogram(run.submissions).markup)</section>
            <section id="heatmap"><h2>Requirements × students</h2>
            \(RequirementHeatMap.legend)<div class="scroll">\(RequirementHeatMap(requirements: run.spec.requirements, submissions: run.submissions).markup)</div></section>
            <section id="students"><h2>Students</h2>
            <input id="filter" type="search" placeholder="Filter students" aria-label="Filter students">
            <table id="student-table"><thead><tr><th>Student</th><th>Status</th><th class="num">Score</th><th class="num">%</th><th class="num">Tests</th><th class="num">Requirements</th><th>Language</th></tr></thead><tbody>
            \(students.map(\.tableRow))</tbody></table>
            <div id="details">
            \(students.map(\.markup))</div></section>
            <script>\(HTMLAssets.script)</script>
            </body></html>

            """
        return page.html
    }
}
