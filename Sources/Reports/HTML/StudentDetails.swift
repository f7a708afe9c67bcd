import Results

/// One student's row in the class table and their drill-down: requirement statuses, then each
/// test with its verdict, score and time, hidden tests marked, and for a failed test the
/// first difference and the start of its output.
struct StudentDetails {
    let submission: SubmissionResult
    /// The anchor `student-<index>` the table and heat map link to.
    let index: Int

    var anchor: String { "student-\(index)" }

    var tableRow: Markup {
        let passed = submission.tests.filter(\.passed).count
        return """
            <tr data-student="\(submission.student)"><td><a href="#\(anchor)">\(submission.student)</a></td>\
            <td><span class="status status-\(submission.status.rawValue)">\(submission.status.rawValue)</span></td>\
            <td class="num">\(Figures.score(submission.score))/\(Figures.score(submission.maxScore))</td>\
            <td class="num">\(Figures.percent(submission.score, of: submission.maxScore))%</td>\
            <td class="num">\(passed)/\(submission.tests.count)</td>\
            <td class="num">\(submission.coverage.met)/\(submission.coverage.total)</td><td>\(submission.language ?? "—")</td></tr>

            """
    }

    var markup: Markup {
        let message: Markup = submission.message.map { "<pre class=\"message\">\($0)</pre>" } ?? ""
        let suggestions: Markup =
            submission.suggestions.isEmpty
            ? ""
            : """
            <ul class="suggestions">\(submission.suggestions.map { "<li><b>\($0.requirement)</b> (\($0.test)): \($0.message)</li>" as Markup })</ul>
            """
        let requirements: [Markup] = submission.requirements.map { status in
            let evidence = status.evidence.map { "\($0.test) \($0.verdict.rawValue)" }.joined(separator: ", ")
            let shown = ComplianceStatus.shown(status.status, in: submission)
            return
                "<tr><td>\(status.id)</td><td><span class=\"status compliance-\(shown.rawValue)\">\(shown.rawValue)</span></td><td>\(evidence)</td></tr>"
        }
        return """
            <details class="student" id="\(anchor)" data-student="\(submission.student)"><summary>\(submission.student) — \
            <span class="status status-\(submission.status.rawValue)">\(submission.status.rawValue)</span> \
            \(Figures.score(submission.score))/\(Figures.score(submission.maxScore))</summary>
            \(message)\(suggestions)<table class="requirements"><thead><tr><th>Requirement</th><th>Status</th><th>Evidence</th></tr></thead><tbody>\(requirements)</tbody></table>
            <table class="tests"><thead><tr><th>Test</th><th>Verdict</th><th class="num">Score</th><th class="num">Time</th></tr></thead><tbody>
            \(submission.tests.map(testRows))</tbody></table></details>

            """
    }

    private func testRows(_ test: TestResult) -> Markup {
        let hidden: Markup = test.hidden ? "<span class=\"hidden-badge\">hidden</span>" : ""
        let verdictClass =
            test.passed ? "verdict-accepted" : test.verdict == .notGradable ? "verdict-skipped" : "verdict-failed"
        let row: Markup = """
            <tr class="test" data-verdict="\(test.verdict.rawValue)"><td>\(test.title)\(hidden)</td>\
            <td><span class="verdict \(verdictClass)">\(test.outcome)</span></td>\
            <td class="num">\(Figures.score(test.score))/\(Figures.score(test.maxScore))</td>\
            <td class="num">\(Figures.seconds(milliseconds: test.wallMs)) s</td></tr>

            """
        guard !test.passed else { return row }
        var parts: [Markup] = []
        if let diff = test.diff {
            parts.append(
                """
                <pre class="diff">\(diff.position)
                <span class="expected">expected: \(diff.expected.map(Quoted.text) ?? "(output ended)")</span>
                <span class="actual">actual:   \(diff.actual.map(Quoted.text) ?? "(output ended)")</span></pre>
                """)
        }
        if !test.stdoutExcerpt.isEmpty { parts.append("<pre class=\"stdout\">\(test.stdoutExcerpt)</pre>") }
        if !test.stderrExcerpt.isEmpty { parts.append("<pre class=\"stderr\">\(test.stderrExcerpt)</pre>") }
        guard !parts.isEmpty else { return row }
        return "\(row)<tr class=\"test-detail\"><td colspan=\"4\">\(parts)</td></tr>\n"
    }
}
