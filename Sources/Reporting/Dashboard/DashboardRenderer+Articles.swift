import CopydeskCore

extension DashboardRenderer {
    /// The articles with the most findings per 1,000 words, with a bar for each.
    func ranking(_ model: DashboardModel) -> String {
        let ranked = model.ranking
        var html = "<section id=\"ranking\">\n<h2>Articles with the most findings per 1,000 words</h2>\n"
        guard !ranked.isEmpty else { return html + "<p class=\"muted\">No article has findings.</p>\n</section>\n" }
        let shown = ranked.prefix(Self.rankingLimit)
        if ranked.count > shown.count {
            html +=
                "<p class=\"muted\">The top \(shown.count) of \(DashboardHTML.plural(ranked.count, "article")) with findings.</p>\n"
        }
        let largest = shown.compactMap(\.perThousandWords).max() ?? 0
        html +=
            "<table class=\"ranking stack\">\n<thead><tr><th class=\"rank\">#</th><th class=\"text\">Article</th>"
            + "<th class=\"optional\">Words</th><th>Findings</th><th class=\"optional\">Errors</th><th class=\"text\">Per 1,000 words</th></tr></thead>\n<tbody>\n"
        for (index, article) in shown.enumerated() {
            let rate = article.perThousandWords
            let errors = article.file.findings.filter { $0.severity == .error }.count
            let share = largest > 0 ? (rate ?? 0) / largest : 0
            html +=
                "<tr><td class=\"rank\">\(index + 1)</td><td class=\"text\"><a href=\"#\(article.anchor)\">"
                + "\(DashboardHTML.escape(article.displayTitle))</a><br><code class=\"path\">"
                + "\(DashboardHTML.escape(article.file.path))</code></td>"
                + "<td class=\"optional\">\(DashboardHTML.count(article.file.words))</td><td class=\"inline\" data-label=\"Findings\">\(DashboardHTML.count(article.file.findings.count))</td>"
                + "<td class=\"optional\">\(DashboardHTML.count(errors))</td><td class=\"text rate inline\" data-label=\"Per 1,000 words\">"
                + "<svg class=\"meter\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                + "<rect class=\"track\" width=\"100\" height=\"10\"/><rect class=\"sev-warning\" width=\""
                + DashboardChart.format(share * 100) + "\" height=\"10\"/></svg>"
                + "<span>\(rate.map(DashboardHTML.decimal) ?? "–")</span></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    static let rankingLimit = 20

    /// Each article's findings: severity, rule, message, and the sentence with the match marked.
    func findings(_ model: DashboardModel) -> String {
        var html = "<section id=\"findings\">\n<h2>Findings by article</h2>\n"
        let withFindings = model.articles.filter { !$0.file.findings.isEmpty }
        if withFindings.isEmpty { html += "<p class=\"muted\">No findings.</p>\n" }
        let open = model.articles.count <= Self.openLimit
        for article in withFindings {
            html +=
                "<details id=\"\(article.anchor)\" class=\"article\"\(open ? " open" : "")>\n<summary>"
                + articleHeading(article, model: model) + "<span class=\"counts\">"
                + severityCounts(article.file.findings) + "</span></summary>\n<ol class=\"findings\">\n"
            for finding in article.file.findings {
                html += item(finding, in: article.file)
            }
            html += "</ol>\n</details>\n"
        }
        return html + "</section>\n"
    }

    /// Articles up to this many are shown open; more are folded.
    static let openLimit = 10

    func articleHeading(_ article: DashboardModel.ArticleEntry, model: DashboardModel) -> String {
        var html =
            "<span class=\"article-title\">\(DashboardHTML.escape(article.displayTitle))</span> "
            + "<code class=\"path\">\(DashboardHTML.escape(article.file.path))</code>"
        if model.reports.count > 1 {
            html +=
                " <span class=\"muted\">as of \(DashboardHTML.escape(article.reportName))"
                + (article.reportDate.map { ", " + Self.date($0) } ?? "") + "</span>"
        }
        return html
    }

    private func severityCounts(_ findings: [Finding]) -> String {
        Severity.allCases.reversed().compactMap { severity in
            let count = findings.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            let noun = severity == .info ? "info" : severity.rawValue + (count == 1 ? "" : "s")
            return "<span class=\"badge sev-\(severity.rawValue)\">\(DashboardHTML.count(count)) \(noun)</span>"
        }.joined(separator: " ")
    }

    private func item(_ finding: Finding, in file: FileReport) -> String {
        let severity = finding.severity.rawValue
        var location = "line \(finding.range.start.line):\(finding.range.start.column)"
        if let section = finding.section, !section.isEmpty { location += " · " + DashboardHTML.escape(section) }
        var html =
            "<li class=\"finding edge-\(severity)\"><div class=\"finding-head\">"
            + "<span class=\"badge sev-\(severity)\">\(severity)</span> <code class=\"rule\">\(DashboardHTML.escape(finding.rule))</code>"
            + " <span class=\"where\">\(location)</span></div>\n"
            + "<p class=\"message\">\(DashboardHTML.escape(finding.message))</p>\n"
        if let claim = Self.sentence(containing: finding, in: file) {
            let hint = finding.range.start.offset - claim.range.start.offset
            html +=
                "<blockquote class=\"sentence\">\(DashboardHTML.highlighted(claim.text, match: finding.match, near: hint))</blockquote>\n"
        } else if !finding.match.isEmpty {
            html += "<blockquote class=\"sentence\"><mark>\(DashboardHTML.escape(finding.match))</mark></blockquote>\n"
        }
        if !finding.suggestions.isEmpty {
            html +=
                "<p class=\"suggestion\">Try: "
                + finding.suggestions.map { "<q>\(DashboardHTML.escape($0))</q>" }.joined(separator: ", ") + "</p>\n"
        }
        for related in finding.related {
            html +=
                "<p class=\"related\">Line \(related.range.start.line):\(related.range.start.column): "
                + "\(DashboardHTML.escape(related.message))</p>\n"
        }
        return html + "</li>\n"
    }

    /// The check-worthy sentence (from the claim ledger) a finding starts in, the shortest if several.
    /// The JSON report carries no sentence text of its own; findings outside any claim (headings,
    /// reference entries) show their matched text instead.
    static func sentence(containing finding: Finding, in file: FileReport) -> Claim? {
        let offset = finding.range.start.offset
        return file.claims.filter { $0.range.start.offset <= offset && offset < $0.range.end.offset }
            .min { ($0.range.end.offset - $0.range.start.offset) < ($1.range.end.offset - $1.range.start.offset) }
    }
}
