import Foundation
import Results

/// `index.html`: one self-contained page (inline CSS, JS and SVG; no network) with the class
/// overview, a score histogram, the requirement × student heat map, a filterable student table
/// and a drill-down per student with verdicts, diffs and hidden tests marked.
///
/// Every piece of text from a spec or a program goes through `Markup`'s escaping, so a program
/// printing `</script><script>alert(1)</script>` shows that text and runs nothing.
public enum HTMLReport {
    public static func render(_ run: GradeRun) -> String {
        String(decoding: ByteSinks.collect { render(run, into: $0) }, as: UTF8.self)
    }

    /// Writes the page to `path` atomically, streaming it a student at a time.
    public static func write(_ run: GradeRun, to path: String) throws {
        try AtomicFile.write(to: path) { try render(run, into: $0) }
    }

    /// Streams the page into `sink` in pieces of about a megabyte.
    static func render(_ run: GradeRun, into sink: ByteSink) rethrows {
        var pending = ""
        func emit(_ markup: Markup) throws {
            pending += markup.html
            guard pending.utf8.count >= 1 << 20 else { return }
            try pending.withUTF8 { try sink(UnsafeRawBufferPointer($0)) }
            pending = ""
        }
        let students = run.submissions.enumerated().map { StudentDetails(submission: $1, index: $0) }
        let heatMap = RequirementHeatMap(requirements: run.spec.requirements)
        try emit(head(run))
        try emit(heatMap.header)
        for student in students { try emit(heatMap.row(student.submission, index: student.index)) }
        try emit(RequirementHeatMap.footer)
        try emit(studentsHeading)
        for student in students { try emit(student.tableRow) }
        try emit("</tbody></table>\n<div id=\"details\">\n")
        for student in students { try emit(student.markup) }
        try emit("</div></section>\n<script>\(HTMLAssets.script)</script>\n</body></html>\n")
        try pending.withUTF8 { try sink(UnsafeRawBufferPointer($0)) }
    }

    /// Everything above the heat map's rows: head, overview, histogram, the heat map's heading.
    private static func head(_ run: GradeRun) -> Markup {
        let shard: Markup = run.shard.map { " · shard \($0)" } ?? ""
        return """
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
            <section id="heatmap-section"><h2>Requirements × students</h2>

            """
    }

    /// Between the heat map and the student rows.
    private static let studentsHeading: Markup = """
        </section>
        <section id="students"><h2>Students</h2>
        <input id="filter" type="search" placeholder="Filter students" aria-label="Filter students">
        <table id="student-table"><thead><tr><th>Student</th><th>Status</th><th class="num">Score</th><th class="num">%</th><th class="num">Tests</th><th class="num">Requirements</th><th>Language</th></tr></thead><tbody>

        """
}
