import Results
import SpecModel

/// The requirement × student matrix as a table that stays readable for a class of hundreds: a
/// row per student (name and percentage in sticky columns on the left), a column per
/// requirement or criterion (ids in a sticky header), each cell coloured and marked by status
/// (✓ met, ◐ partial, ✗ unmet, ○ untested, – not gradable, grey) with a tooltip. The page's
/// script sorts the rows by name, score or any requirement (worst first) and filters them by
/// name or by a status they contain; the name links to the student's drill-down.
///
/// Rows are rendered one at a time (`row(_:index:)`) so that the page streams.
struct RequirementHeatMap {
    let requirements: [Requirement]

    var header: Markup {
        let columns: [Markup] = requirements.enumerated().map { index, requirement in
            let criterion: Markup = requirement.kind == .criterion ? " class=\"criterion\"" : ""
            return
                "<th\(criterion) title=\"\(requirement.id): \(requirement.title)\"><button type=\"button\" data-sort=\"\(index)\">\(requirement.id)</button></th>"
        }
        let shown: [Markup] = [("u", "an unmet requirement"), ("p", "a partial requirement"), ("n", "not gradable")].map
        {
            "<option value=\"\($0.0)\">with \($0.1)</option>"
        }
        return """
            \(Self.legend)<div class="heat-tools"><input id="heat-filter" type="search" placeholder="Filter students" aria-label="Filter the heat map by student">\
            <label>Show <select id="heat-show"><option value="">every student</option>\(shown)</select></label>\
            <span id="heat-count" aria-live="polite"></span> <span class="hint">Click a column heading to sort by it.</span></div>
            <div class="scroll heat-scroll"><table id="heatmap"><thead><tr><th class="who"><button type="button" data-sort="name">Student</button></th>\
            <th class="pct"><button type="button" data-sort="score">%</button></th>\(columns)</tr></thead><tbody>

            """
    }

    /// One student's row; `index` is the drill-down's anchor number.
    func row(_ submission: SubmissionResult, index: Int) -> Markup {
        let statuses = Dictionary(
            submission.requirements.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        let gradable = submission.status != .notGradable
        var cells = ""

        cells.reserveCapacity(requirements.count * 32)
        for requirement in requirements {
            let status = statuses[requirement.id].map { ComplianceStatus.shown($0, in: submission) }
            let cell: Markup =
                status.map { "<td class=\"\(Self.code($0))\" title=\"\(requirement.id): \($0.label)\">\($0.mark)</td>" }
                ?? "<td title=\"\(requirement.id): not reported\"></td>"
            cells += cell.html
        }
        let percent = gradable ? Figures.percent(submission.score, of: submission.maxScore) : "–"
        return """
            <tr data-student="\(submission.student)"\(gradable ? " data-score=\"\(percent)\"" as Markup : "")><th class="who"><a href="#student-\(index)">\(submission.student)</a></th>\
            <td class="pct">\(percent)</td>\(Markup(stringLiteral: cells))</tr>

            """
    }

    static let footer: Markup = "</tbody></table></div>\n"

    /// The cell's class, one letter to keep 100,000 cells small: also what sorting ranks.
    static func code(_ status: ComplianceStatus) -> String {
        switch status {
        case .met: return "m"
        case .partial: return "p"
        case .unmet: return "u"
        case .untested: return "t"
        case .notGradable: return "n"
        }
    }

    static var legend: Markup {
        let items: [Markup] = ComplianceStatus.allCases.map {
            "<span><i class=\"\(code($0))\">\($0.mark)</i>\($0.label)</span>"
        }
        return "<p class=\"legend\">\(items)</p>"
    }
}
