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
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http://") == false)
    }

    @Test func overviewHistogramAndHeatMapArePresent() {
        for id in ["id=\"class-stats\"", "id=\"requirement-table\"", "id=\"histogram-chart\"", "id=\"heatmap-chart\"",
                   "id=\"student-table\"", "id=\"filter\""] {
            #expect(html.contains(id), "\(id)")
        }
        // Four graded students in bins 100%, 33%, 0%, 0%; one not gradable, mentioned not drawn.
        #expect(html.contains("<title>90–100%: 1 students</title>"))
        #expect(html.contains("<title>30–39%: 1 students</title>"))
        #expect(html.contains("<title>0–9%: 2 students</title>"))
        #expect(html.contains("1 submissions could not be graded"))
        // A cell per student and requirement, coloured by status.
        #expect(count("<rect x=\"") - 10 == 5 * 5)
        #expect(html.contains("<title>Zoë &quot;Z&quot; Ng · AC-1.2: unmet</title>"))
        #expect(html.contains("<title>=HYPERLINK(&quot;x&quot;) · REQ-1: not gradable</title>"))
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
