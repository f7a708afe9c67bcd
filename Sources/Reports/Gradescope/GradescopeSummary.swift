import Results

/// The top-level `output` of Gradescope's `results.json`: the text a student reads as soon as
/// the autograder finishes, before the instructor publishes grades. Everything in it is decided
/// by visible tests alone, so that a hidden test's verdict never changes a character of it:
///
///     Visible tests: 2 of 3 passed (3 of 4 points).
///     1 hidden test is graded and shown when grades are published.
///     Requirements decided by visible tests alone: 1 of 2 met; not yet met: AC-1.2.
///     3 more requirements also depend on hidden tests; their status is shown when grades
///     are published.
///
///     Suggestions:
///     - AC-1.2 (T-one): expected "2", got "3"
///
/// 1. The score and percentage appear only when there is no hidden test (`Score 5 of 7
///    (71.4%).`); otherwise the visible tests' tally takes their place.
/// 2. A requirement is named only when no hidden test covers it, directly or through its
///    criteria: its status is then the same before and after publication. The others are
///    counted, never named.
/// 3. Suggestions are those of the requirements so named. (A suggestion is the first failing
///    test of a requirement; for one a hidden test also covers, whether a visible test's hint
///    shows would depend on the hidden test's verdict.)
/// 4. The submission's message (compiler output, why it could not be graded) is shown: it is
///    decided before any test runs.
struct GradescopeSummary {
    let submission: SubmissionResult

    var text: String {
        guard submission.status != .notGradable else {
            let why = submission.message ?? "no reason recorded"
            return "This submission could not be graded: \(why).\n"
                + "This is not a judgement of your work; please contact your instructor."
        }
        let hidden = Set(submission.tests.filter(\.hidden).map(\.id))
        let decided = submission.requirements.filter { status in
            status.evidence.allSatisfy { !hidden.contains($0.test) }
        }
        var lines = hidden.isEmpty ? [scoreLine] : tallyLines(hiddenCount: hidden.count)
        lines += requirementLines(decided: decided, hiddenCount: hidden.count)
        if let message = submission.message, !message.isEmpty {
            lines += ["", message]
        }
        let decidedIDs = Set(decided.map(\.id))
        let suggestions = submission.suggestions.filter { decidedIDs.contains($0.requirement) }
        if !suggestions.isEmpty {
            lines += ["", "Suggestions:"]
            lines += suggestions.map { "- \($0.requirement) (\($0.test)): \($0.message)" }
        }
        return lines.joined(separator: "\n")
    }

    private var scoreLine: String {
        let score = Figures.score(submission.score)
        let maximum = Figures.score(submission.maxScore)
        let percent = Figures.percent(submission.score, of: submission.maxScore)
        return "Score \(score) of \(maximum) (\(percent)%)."
    }

    private func tallyLines(hiddenCount: Int) -> [String] {
        let visible = submission.tests.filter { !$0.hidden }
        let passed = visible.filter(\.passed).count
        let points = Figures.score(visible.reduce(0) { $0 + $1.score })
        let maximum = Figures.score(visible.reduce(0) { $0 + $1.maxScore })
        let tests = hiddenCount == 1 ? "1 hidden test is" : "\(hiddenCount) hidden tests are"
        return [
            "Visible tests: \(passed) of \(visible.count) passed (\(points) of \(maximum) points).",
            "\(tests) graded and shown when grades are published.",
        ]
    }

    private func requirementLines(decided: [RequirementStatus], hiddenCount: Int) -> [String] {
        let met = decided.filter { $0.status == .met }.count
        let missing = decided.filter { $0.status != .met }.map(\.id)
        let notMet = missing.isEmpty ? "." : "; not yet met: \(missing.joined(separator: ", "))."
        guard hiddenCount > 0 else {
            return ["Requirements met: \(met) of \(decided.count)\(notMet)"]
        }
        let others = submission.requirements.count - decided.count
        let pending = "their status is shown when grades are published."
        guard !decided.isEmpty else {
            return others == 0 ? [] : ["Every requirement also depends on hidden tests; \(pending)"]
        }
        var lines = [
            "Requirements decided by visible tests alone: \(met) of \(decided.count) met\(notMet)"
        ]
        if others > 0 {
            let more =
                others == 1
                ? "1 more requirement also depends" : "\(others) more requirements also depend"
            lines.append("\(more) on hidden tests; \(pending)")
        }
        return lines
    }
}
