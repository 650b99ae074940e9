import CopydeskCore
import Foundation
import Testing

@testable import Reporting

@Suite struct MarkdownReporterTests {
    @Test func theSummaryCountsByCategoryAndSeverityThenListsFindingsWithLinks() throws {
        let text = try MarkdownReporter().render(SampleReport.report)
        #expect(text.hasPrefix("## copydesk: ❌ failed, 4 findings in 1 file\n"))
        #expect(text.contains("| medical-claim | 1 | 0 | 0 | 1 |\n"))
        #expect(text.contains("| **total** | 1 | 2 | 1 | **4** |\n"))
        #expect(
            text.contains(
                "| [articles/café\\.md\\:5\\:10](articles/caf%C3%A9.md#L5) | error | `medical-claim.cure-claim` | 'cures' claims a cure; say what the evidence shows |"
            ))
    }

    @Test func linksUseTheBaseWhenGiven() throws {
        let text = try MarkdownReporter(linkBase: "https://github.com/o/r/blob/abc/").render(SampleReport.report)
        #expect(text.contains("](https://github.com/o/r/blob/abc/articles/caf%C3%A9.md#L3)"))
    }

    @Test func insideGitHubActionsLinksPointAtTheCommit() throws {
        let environment = [
            "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r", "GITHUB_SHA": "abc",
        ]
        #expect(MarkdownReporter.linkBase(environment: environment) == "https://github.com/o/r/blob/abc/")
        #expect(MarkdownReporter.linkBase(environment: ["GITHUB_SHA": "abc"]) == nil)
        #expect(MarkdownReporter.linkBase(environment: [:]) == nil)
        #expect(
            MarkdownReporter.linkBase(environment: environment.merging(["COPYDESK_LINK_BASE": "https://x/y"]) { $1 })
                == "https://x/y/")
        let text = try OutputFormat.markdown.reporter(environment: environment).render(SampleReport.report)
        #expect(text.contains("](https://github.com/o/r/blob/abc/articles/caf%C3%A9.md#L3)"))
    }

    @Test func longReportsAreCutWithACount() throws {
        let text = try MarkdownReporter(linkBase: nil, maxRows: 1).render(SampleReport.report)
        #expect(text.components(separatedBy: "](articles/").count == 2)
        #expect(text.contains("…and 3 more; the full list is in the JSON or SARIF report."))
    }

    @Test func articleTextIsInert() {
        #expect(
            MarkdownReporter.escape("*a* _b_ `c` [d](e) <f> | g & h\ni")
                == "\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<f\\> \\| g \\& h i")
        #expect(MarkdownReporter.escape("www.x.com http://y $z$") == "www\\.x\\.com http\\://y \\$z\\$")
        #expect(MarkdownReporter.ruleID("hedging.stacked-hedge") == "`hedging.stacked-hedge`")
        #expect(MarkdownReporter.ruleID("x`y") == "x\\`y")
    }
}

@Suite struct HTMLReporterTests {
    @Test func findingsAreGroupedByFileWithTheirSentence() throws {
        let html = try HTMLReporter().render(SampleReport.report)
        #expect(html.contains("<h2><code>articles/café.md</code></h2>"))
        #expect(html.contains("<blockquote>Ice bath <mark>cures</mark> depression.</blockquote>"))
        #expect(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            ))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("src="))
    }

    @Test func theExcerptIsTheSentenceHoldingTheSpan() {
        let line = "First one. Then it could potentially help! Last one."
        let range = SourceRange(
            start: SourcePosition(line: 1, column: 20, offset: 19), end: SourcePosition(line: 1, column: 37, offset: 36)
        )
        let excerpt = SentenceExcerpt(line: line, range: range)
        #expect(excerpt.before == "Then it ")
        #expect(excerpt.span == "could potentially")
        #expect(excerpt.after == " help!")
    }

    @Test func aLongSentenceIsCutAroundTheSpan() {
        let line = String(repeating: "a", count: 300) + " cures " + String(repeating: "b", count: 300)
        let range = SourceRange(
            start: SourcePosition(line: 1, column: 302, offset: 301),
            end: SourcePosition(line: 1, column: 307, offset: 306))
        let excerpt = SentenceExcerpt(line: line, range: range, context: 10)
        #expect(excerpt.before == "…aaaaaaaaa ")
        #expect(excerpt.span == "cures")
        #expect(excerpt.after == " bbbbbbbbb…")
    }
}
