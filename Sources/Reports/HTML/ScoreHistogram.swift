import Results

/// The class's score distribution as an inline SVG bar chart: ten bins of percentage
/// (0–9 %, 10–19 %, ..., 90–100 %), each bar labelled with its count. Submissions that could
/// not be graded are left out and counted in the caption.
struct ScoreHistogram {
    /// Students per bin, lowest bin first.
    let bins: [Int]
    let notGradable: Int

    init(_ submissions: [SubmissionResult]) {
        var bins = Array(repeating: 0, count: 10)
        var notGradable = 0
        for submission in submissions {
            guard submission.status != .notGradable else {
                notGradable += 1
                continue
            }
            let fraction = submission.maxScore > 0 ? submission.score / submission.maxScore : 0
            bins[min(9, max(0, Int((fraction * 10).rounded(.down))))] += 1
        }
        self.bins = bins
        self.notGradable = notGradable
    }

    var markup: Markup {
        let width = 520, height = 240, left = 40, bottom = 36, top = 16
        let plotHeight = height - bottom - top
        let barWidth = (width - left - 10) / bins.count
        let tallest = max(1, bins.max() ?? 1)
        var bars: [Markup] = []
        for (index, count) in bins.enumerated() {
            let barHeight = count * plotHeight / tallest
            let x = left + index * barWidth + 3
            let y = top + plotHeight - barHeight
            let label = index == 9 ? "90–100%" : "\(index * 10)–\(index * 10 + 9)%"
            bars.append(
                """
                <g class="bin"><rect x="\(x)" y="\(y)" width="\(barWidth - 6)" height="\(barHeight)" fill="#0b57d0" rx="2"><title>\(label): \(count) students</title></rect>\
                <text x="\(x + (barWidth - 6) / 2)" y="\(y - 3)" text-anchor="middle" font-size="11">\(count)</text>\
                <text x="\(x + (barWidth - 6) / 2)" y="\(height - bottom + 14)" text-anchor="middle" font-size="10" fill="#6b6b70">\(label)</text></g>
                """)
        }
        let caption: Markup =
            notGradable == 0
            ? "" : "<p class=\"meta\">\(notGradable) submissions could not be graded and are not shown.</p>"
        return """
            <svg id="histogram-chart" xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" aria-label="Score distribution">\
            <line x1="\(left)" y1="\(top + plotHeight)" x2="\(width - 6)" y2="\(top + plotHeight)" stroke="#dedee3"/>\
            <text x="\(left - 6)" y="\(top + 4)" text-anchor="end" font-size="10" fill="#6b6b70">\(tallest)</text>\
            <text x="\(left - 6)" y="\(top + plotHeight)" text-anchor="end" font-size="10" fill="#6b6b70">0</text>
            \(bars)</svg>\(caption)
            """
    }
}
