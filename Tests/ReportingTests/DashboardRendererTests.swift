import CopydeskCore
import Foundation
import Testing

@testable import Reporting

@Suite struct DashboardRendererTests {
    typealias F = DashboardFixture

    static let claimText = "Cold water may cure depression, and it may help."
    /// A claim at offsets 100..<148 on line 2; "may" occurs at 11 and 37 within it.
    static let claim = Claim(
        text: claimText, kind: .efficacy, strength: .causal, cited: false, hedged: true, range: F.range(2, 1, 100, 148))

    static var page: String {
        var stacked = F.finding("hedging.stacked-hedge", .warning, match: "may", at: 137)
        stacked.section = "Evidence"
        stacked.suggestions = ["can"]
        var heading = F.finding("repetition.duplicate-heading", .error, match: "Evidence", at: 20)
        heading.related = [RelatedLocation(message: "first <h2> here", range: F.range(1, 3, 2, 10))]
        let file = F.file("articles/cold.md", words: 400, findings: [heading, stacked], claims: [claim])
        return DashboardRenderer(title: "Health desk").render([
            (name: "reports/monday.json", date: F.day(1), report: F.report([F.file("articles/cold.md", words: 400)])),
            (name: "reports/tuesday.json", date: F.day(2), report: F.report([file])),
        ])
    }

    @Test func pageIsSelfContained() {
        let page = Self.page
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
        #expect(page.contains("<title>Health desk</title>"))
        for outside in ["<script", "http://", "https://", "src=", "@import", "url(", "<link"] {
            #expect(!page.lowercased().contains(outside), "found \(outside)")
        }
    }

    @Test func overviewCountsTheCurrentArticles() {
        let page = Self.page
        #expect(page.contains("<p class=\"meta\">2 reports · latest: reports/tuesday.json, 2025-11-26 16:00 UTC"))
        #expect(page.contains("<span class=\"card-value\">2</span><span class=\"card-label\">Findings</span>"))
        #expect(page.contains("<span class=\"card-value\">5.0</span><span class=\"card-label\">Per 1,000 words</span>"))
        #expect(
            page.contains(
                "<span class=\"card-value\">1</span><span class=\"card-label\">Claims without a citation (of 1)</span>")
        )
    }

    @Test func trendHasARowAndAColumnPerReportOldestFirst() {
        let page = Self.page
        let monday = page.range(of: "<code>monday.json</code>")!.lowerBound
        let tuesday = page.range(of: "<code>tuesday.json</code>")!.lowerBound
        #expect(monday < tuesday)
        #expect(page.contains("<details class=\"reports\" open><summary>Every report (2)</summary>"))
        #expect(page.contains("<td class=\"text nowrap\" data-label=\"Date\">2025-11-25 16:00 UTC</td>"))
        #expect(page.contains("<title>tuesday (11-26 16:00): 1 error</title>"))
        #expect(page.contains("<title>tuesday (11-26 16:00): 1 warning</title>"))
        #expect(!page.contains("<title>monday (11-25 16:00): 0 "))  // no findings, no empty segments
        #expect(page.contains("<title>monday (11-25 16:00): 0.0 findings per 1,000 words</title>"))
        #expect(page.contains("<title>tuesday (11-26 16:00): 5.0 findings per 1,000 words</title>"))
        #expect(page.contains("<path class=\"trend-line\" d=\"M86 182L178 22\"/>"))
    }

    @Test func findingShowsItsRuleMessageAndSentenceWithTheMatchMarked() {
        let page = Self.page
        #expect(
            page.contains(
                "<span class=\"badge sev-warning\">warning</span> <code class=\"rule\">hedging.stacked-hedge</code> "
                    + "<span class=\"where\">line 2:138 · Evidence</span>"))
        #expect(page.contains("<p class=\"message\">hedging.stacked-hedge message</p>"))
        // The "may" nearest the finding (claim start + 37) is the one marked, not the first.
        #expect(
            page.contains(
                "<blockquote class=\"sentence\">Cold water may cure depression, and it <mark>may</mark> help.</blockquote>"
            ))
        #expect(page.contains("<p class=\"suggestion\">Try: <q>can</q></p>"))
        // Outside every claim (a heading): the match alone.
        #expect(page.contains("<blockquote class=\"sentence\"><mark>Evidence</mark></blockquote>"))
        #expect(page.contains("<p class=\"related\">Line 1:3: first &lt;h2&gt; here</p>"))
        #expect(page.contains("as of reports/tuesday.json, 2025-11-26 16:00 UTC"))
    }

    @Test func claimLedgerListsEveryClaim() {
        let page = Self.page
        #expect(
            page.contains(
                "<tr><td class=\"inline\" data-label=\"Line\">2</td><td class=\"claim-text\">\(Self.claimText)</td>"
                    + "<td class=\"inline\" data-label=\"Kind\">efficacy</td><td class=\"inline\" data-label=\"Strength\">causal</td>"
                    + "<td data-label=\"Cited\" class=\"inline no\">no</td><td class=\"inline\" data-label=\"Hedged\">yes</td></tr>"
            ))
        #expect(
            page.contains("<p>1 check-worthy claim: 1 without a citation (1 of them stated as causal), 1 hedged.</p>"))
    }

    @Test func rankingLinksToTheArticleByPosition() {
        let page = Self.page
        #expect(page.contains("<a href=\"#article-1\">Title of articles/cold.md</a>"))
        #expect(page.contains("<details id=\"article-1\" class=\"article\" open>"))
    }

    @Test func emptyReportSaysSo() {
        let page = DashboardRenderer().render([(name: "r.json", date: nil, report: F.report([]))])
        #expect(page.contains("<p class=\"muted\">No article has findings.</p>"))
        #expect(page.contains("<p class=\"muted\">No findings.</p>"))
        #expect(page.contains("<p class=\"muted\">No check-worthy claims.</p>"))
        #expect(
            page.contains(
                "<p class=\"muted\">One report so far: give several saved reports to see how the counts move.</p>"))
        #expect(page.contains("<span class=\"card-value\">–</span><span class=\"card-label\">Per 1,000 words</span>"))
    }

    @Test func inputErrorsAreListed() {
        let report = F.report(
            [], errors: [InputError(path: "broken.md", message: "not valid UTF-8", line: 3, column: 7)])
        let page = DashboardRenderer().render([(name: "r.json", date: nil, report: report)])
        #expect(
            page.contains(
                "<li><code>broken.md:3:7</code> not valid UTF-8 <span class=\"muted\">(in r.json)</span></li>"))
    }

    @Test func manyArticlesAreFolded() {
        let files = (1...11).map { F.file("a\($0).md", words: 100, findings: [F.finding("hedging.hedge-cue", .info)]) }
        let page = DashboardRenderer().render([(name: "r.json", date: nil, report: F.report(files))])
        #expect(page.contains("<details id=\"article-11\" class=\"article\">"))
        #expect(!page.contains("class=\"article\" open>"))
        #expect(page.contains("<details class=\"reports\" open>"))
    }

    @Test func formatting() {
        #expect(DashboardRenderer.date(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00 UTC")
        #expect(DashboardRenderer.shortDate(Date(timeIntervalSince1970: 90_061)) == "01-02 01:01")
        #expect(DashboardRenderer.shortName("ci/reports/2026-11-25.JSON") == "2026-11-25")
        #expect(DashboardRenderer.split("ci/r.json") == (folder: "ci/", file: "r.json"))
        #expect(DashboardRenderer.split("r.json") == (folder: "", file: "r.json"))
        #expect(DashboardHTML.count(1_234_567) == "1,234,567")
        #expect(DashboardHTML.count(999) == "999")
        #expect(DashboardHTML.decimal(82.94) == "82.9")
        #expect(DashboardHTML.decimal(5) == "5.0")
        #expect(DashboardHTML.plural(1, "report") == "1 report")
        #expect(DashboardHTML.plural(2, "report") == "2 reports")
    }

    @Test func lineBreaksWhereAReportHasNoWords() {
        let slot = DashboardChart.Slot(label: "r", sublabel: "d")
        let svg = DashboardChart.line(
            [(slot, 10), (slot, nil), (slot, 5), (slot, 0)], unit: "per 1,000 words", title: "t")
        #expect(svg.contains("<path class=\"trend-line\" d=\"M86 22M270 102L362 182\"/>"))
        #expect(svg.components(separatedBy: "<circle").count == 4)
        #expect(svg.contains("style=\"min-width: 312px\""))
    }

    @Test func manyReportsGetNarrowerSlotsAndEveryNthLabelCountedFromTheLatest() {
        let slots = (0..<25).map { DashboardChart.Slot(label: "r\($0)", sublabel: "d\($0)") }
        let frame = DashboardChart.Frame(slots: slots, largest: 30)
        #expect(frame.slotWidth == 36)
        #expect(frame.labelEvery == 3)
        #expect(frame.barWidth == 22)
        #expect(frame.width == 962)
        #expect((0..<25).filter(frame.isLabelled) == [0, 3, 6, 9, 12, 15, 18, 21, 24])
        let svg = DashboardChart.columns(
            slots.map { (slot: $0, segments: [.init(value: 5, style: "sev-info", label: "info")]) }, title: "t")
        #expect(svg.components(separatedBy: "<rect").count == 26)
        #expect(svg.components(separatedBy: "class=\"value\"").count == 10)
        #expect(svg.contains(">r24</text>"))
        #expect(!svg.contains(">r23</text>"))
        #expect(DashboardChart.Frame(slots: Array(slots.prefix(10)), largest: 1).slotWidth == 92)
        #expect(DashboardChart.Frame(slots: slots + slots + slots + slots, largest: 1).slotWidth == 14)
    }

    @Test func chartSteps() {
        #expect(
            [0, 1, 5, 6, 10, 11, 36, 99, 250, 251].map { DashboardChart.niceStep(for: $0) } == [
                1, 1, 1, 2, 2, 5, 10, 20, 50, 100,
            ])
        let svg = DashboardChart.bars(
            [.init(label: "error", segments: [.init(value: 0, style: "sev-error", label: "findings")])], title: "t")
        #expect(!svg.contains("<rect"))
        #expect(svg.contains(">0</text>"))
    }
}
