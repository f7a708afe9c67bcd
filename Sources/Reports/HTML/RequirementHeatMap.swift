import Grading
import SpecModel

/// The requirement × student matrix as an inline SVG: a row per requirement or criterion, a
/// column per student, each cell coloured by status (met, partial, unmet, untested; pale grey
/// for a submission that could not be graded) with a tooltip and a link to the drill-down.
struct RequirementHeatMap {
    let requirements: [Requirement]
    let submissions: [SubmissionResult]

    static let cell = 14
    static let labelWidth = 120
    /// Up to this many students each column is labelled with the student's name.
    static let labelledColumns = 80

    /// Room above the cells: rotated names for a small class, a caption for a large one.
    var headerHeight: Int { submissions.count <= Self.labelledColumns ? 96 : 18 }

    var markup: Markup {
        let cell = Self.cell
        let width = Self.labelWidth + submissions.count * cell + 4
        let height = headerHeight + requirements.count * cell + 4
        let rowIndex = Dictionary(requirements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [Markup] = requirements.enumerated().map { index, requirement in
            let indent = requirement.kind == .criterion ? 12 : 0
            return """
                <text x="\(4 + indent)" y="\(headerHeight + index * cell + 11)" font-size="11">\(requirement.id)<title>\(requirement.id): \(requirement.title)</title></text>
                """
        }
        for (column, submission) in submissions.enumerated() {
            let x = Self.labelWidth + column * cell
            var cells: [Markup] = []
            let gradable = submission.status != .notGradable
            for status in submission.requirements {
                guard let row = rowIndex[status.id] else { continue }
                let colour = gradable ? Self.colour(status.status) : Self.notGradableColour
                let label = gradable ? status.status.rawValue : "not gradable"
                cells.append("""
                    <rect x="\(x)" y="\(headerHeight + row * cell)" width="\(cell - 1)" height="\(cell - 1)" fill="\(colour)"><title>\(submission.student) · \(status.id): \(label)</title></rect>
                    """)
            }
            let label: Markup = submissions.count <= Self.labelledColumns ? """
                <text transform="translate(\(x + cell - 3),\(headerHeight - 4)) rotate(-60)" font-size="10">\(String(submission.student.prefix(16)))</text>
                """ : ""
            rows.append("<a href=\"#student-\(column)\" class=\"column\">\(label)\(cells)</a>")
        }
        return """
            <svg id="heatmap-chart" xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" aria-label="Requirement by student compliance">\
            <text x="4" y="12" font-size="10" fill="#6b6b70">students →</text>
            \(rows)</svg>
            """
    }

    /// Cells of a submission that could not be graded: a pale grey unlike any status.
    static let notGradableColour = "#e6e6ea"

    static func colour(_ status: ComplianceStatus) -> String {
        switch status {
        case .met: return "#2e7d32"
        case .partial: return "#f9a825"
        case .unmet: return "#c62828"
        case .untested: return "#b0b0b0"
        }
    }

    static var legend: Markup {
        let items: [Markup] = ComplianceStatus.allCases.map { "<span><i style=\"background:\(colour($0))\"></i>\($0.rawValue)</span>" }
            + ["<span><i style=\"background:\(notGradableColour)\"></i>not gradable</span>"]
        return "<p class=\"legend\">\(items)</p>"
    }
}
