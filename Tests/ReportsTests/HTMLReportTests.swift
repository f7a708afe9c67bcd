import Results
import Testing

@testable import Reports

@Suite struct HTMLReportTests {
    let html = HTMLReport.render(SyntheticRun.hostileClass)

    func count(_ needle: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    @Test func hostileOutputIsTextNeverMarkup() {
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>&amp;"))
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(count("<script") == 1)
        #expect(count("</script>") == 1)
    }

    @Test func controlCharactersAreVisibleEscapes() {
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        #expect(html.contains("\\x1B[31mred\\x00\\x07\\u{FFFE}"))
        #expect(html.contains("李雷 \\x1B[2J"))
    }

    @Test func namesWithQuotesCannotBreakOutOfAttributes() {
        #expect(html.contains("data-student=\"Zoë &quot;Z&quot; Ng\""))
        #expect(html.contains("data-student=\"=HYPERLINK(&quot;x&quot;)\""))
    }

    @Test func nothingIsFetchedFromTheNetwork() {
        #expect(html.contains("content=\"default-src &#39;none&#39;;"))
        for reference in ["src=", "<link", "@import", "url(", "https://"] {
            #expect(!html.contains(reference), "\(reference)")
        }
        // The only URL is the SVG namespace name, which is never fetched.
        #expect(
            html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http://") == false
        )
    }

    @Test func overviewHistogramAndHeatMapArePresent() {
        for id in [
            "id=\"class-stats\"", "id=\"requirement-table\"", "id=\"histogram-chart\"", "id=\"heatmap\"",
            "id=\"student-table\"", "id=\"filter\"",
        ] {
            #expect(html.contains(id), "\(id)")
        }
        // Four graded students in bins 100%, 33%, 0%, 0%; one not gradable, mentioned not drawn.
        #expect(html.contains("<title>90–100%: 1 students</title>"))
        #expect(html.contains("<title>30–39%: 1 students</title>"))
        #expect(html.contains("<title>0–9%: 2 students</title>"))
        #expect(html.contains("1 submissions could not be graded"))
        // A cell per student and requirement, coloured and marked by status.
        #expect(html.matches(of: /<td class="[mputn]" title="/).count == 5 * 5)
        #expect(
            html.contains(
                "<tr data-student=\"Zoë &quot;Z&quot; Ng\" data-score=\"33.3\"><th class=\"who\"><a href=\"#student-1\">Zoë &quot;Z&quot; Ng</a></th>"
            ))
        #expect(html.contains("<td class=\"u\" title=\"AC-1.2: unmet\">✗</td>"))
    }

    /// A class of hundreds: the heat map is a table whose student names and requirement ids
    /// are all there as text (sticky headers keep them in view; see .ci/check-html), with
    /// sort buttons on every column and a filter, not an SVG that drops the labels.
    @Test func heatMapLabelsEveryStudentAndRequirementAtThreeHundred() {
        let students = (0..<300).map {
            SyntheticRun.submission("student-\($0)", verdicts: [.accepted, .wrongAnswer, .accepted, .accepted])
        }
        let page = HTMLReport.render(SyntheticRun.run(students))
        let heat = page[
            page.range(of: "<table id=\"heatmap\">")!
                .lowerBound..<page.range(of: "<section id=\"students\">")!.lowerBound]
        #expect(heat.components(separatedBy: "<th class=\"who\"><a href=\"#student-").count - 1 == 300)
        #expect(heat.contains("<a href=\"#student-299\">student-299</a>"))
        #expect(heat.components(separatedBy: "data-sort=\"").count - 1 == 2 + SyntheticRun.spec.requirements.count)
        #expect(page.contains("id=\"heat-filter\"") && page.contains("id=\"heat-show\""))
        #expect(page.contains("position:sticky;top:0"))
    }

    /// Not gradable is its own grey status: no red cell, no unmet badge, no suggestions shown.
    @Test func aNotGradableSubmissionIsGreyEverywhere() {
        let row =
            html.components(separatedBy: "<tr data-student=\"=HYPERLINK(&quot;x&quot;)\">").dropFirst().first ?? ""
        let cells = row.prefix { $0 != "\n" }
        #expect(cells.components(separatedBy: "<td class=\"n\" title=").count - 1 == 4)
        #expect(cells.contains("<td class=\"t\" title=\"REQ-3: untested\">○</td>"))
        #expect(!cells.contains("class=\"u\""))
        let details =
            html.components(separatedBy: "<details class=\"student\" id=\"student-3\"").dropFirst().first ?? ""
        let drill = details.components(separatedBy: "</details>").first ?? ""
        #expect(!drill.contains("compliance-unmet"))
        #expect(drill.contains("<span class=\"status compliance-not_gradable\">not_gradable</span>"))
        #expect(!drill.contains("class=\"suggestions\""))
    }

    /// The class mean leaves the not-gradable submission out and says so beside it.
    @Test func theMeanIsStatedWhereItIsShown() {
        #expect(html.contains("<dt>Mean score</dt><dd>33.3%</dd>"))
        #expect(html.contains("mean 33.3% over 4 graded (1 not gradable, left out)"))
        #expect(ClassMean(percent: 75, graded: 2, notGradable: 1).cell == "75% (1 not gradable)")
        #expect(
            ClassMean(percent: nil, graded: 0, notGradable: 1).text == "mean – over 0 graded (1 not gradable, left out)"
        )
    }

    @Test func drillDownShowsVerdictsDiffsAndHiddenTests() {
        #expect(count("<details class=\"student\"") == 5)
        #expect(html.contains("id=\"student-1\""))
        #expect(html.contains("href=\"#student-1\""))
        #expect(count("<span class=\"hidden-badge\">hidden</span>") == 5)
        #expect(html.contains("<span class=\"expected\">expected: &quot;2&quot;</span>"))
        #expect(html.contains("<span class=\"actual\">actual:   (output ended)</span>") == false)
        #expect(html.contains("<span class=\"expected\">expected: (output ended)</span>"))
        #expect(html.contains("data-verdict=\"security_violation\""))
        #expect(html.contains("language &#39;ruby&#39; is not allowed by this spec"))
    }
}
