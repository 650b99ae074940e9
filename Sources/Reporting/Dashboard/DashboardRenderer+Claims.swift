import CopydeskCore

extension DashboardRenderer {
    /// The claim ledger: claims by kind (cited or not), then every article's claims.
    func claims(_ model: DashboardModel) -> String {
        var html = "<section id=\"claims\">\n<h2>Claim ledger</h2>\n"
        let all = model.claims
        guard !all.isEmpty else { return html + "<p class=\"muted\">No check-worthy claims.</p>\n</section>\n" }
        let uncited = all.filter { !$0.cited }.count
        let hedged = all.filter(\.hedged).count
        let causalUncited = all.filter { !$0.cited && $0.strength == .causal }.count
        html +=
            "<p>\(DashboardHTML.plural(all.count, "check-worthy claim")): \(DashboardHTML.count(uncited)) without a citation "
            + "(\(DashboardHTML.count(causalUncited)) of them stated as causal), \(DashboardHTML.count(hedged)) hedged.</p>\n"
        let rows = Claim.Kind.allCases.map { kind in
            let ofKind = all.filter { $0.kind == kind }
            return DashboardChart.Row(
                label: kind.rawValue,
                segments: [
                    .init(value: ofKind.filter { !$0.cited }.count, style: "uncited", label: "without a citation"),
                    .init(value: ofKind.filter(\.cited).count, style: "cited", label: "cited"),
                ])
        }
        html +=
            "<div class=\"charts\"><figure><figcaption>Claims by kind</figcaption>"
            + DashboardChart.bars(rows, title: "Claims by kind") + "</figure></div>\n"
            + "<p class=\"legend\"><span><i class=\"dot uncited\"></i>without a citation</span>"
            + "<span><i class=\"dot cited\"></i>cited</span></p>\n"
        let open = model.articles.count <= Self.openLimit
        for article in model.articles where !article.file.claims.isEmpty {
            let articleUncited = article.file.claims.filter { !$0.cited }.count
            html +=
                "<details class=\"article\"\(open ? " open" : "")>\n<summary>" + articleHeading(article, model: model)
                + "<span class=\"counts\"><span class=\"badge plain\">\(DashboardHTML.plural(article.file.claims.count, "claim"))</span>"
                + (articleUncited > 0
                    ? " <span class=\"badge uncited\">\(DashboardHTML.count(articleUncited)) uncited</span>" : "")
                + "</span></summary>\n"
            html +=
                "<table class=\"ledger stack\">\n<thead><tr><th>Line</th><th>Claim</th><th>Kind</th><th>Strength</th>"
                + "<th>Cited</th><th>Hedged</th></tr></thead>\n<tbody>\n"
            for claim in article.file.claims {
                html +=
                    "<tr><td class=\"inline\" data-label=\"Line\">\(claim.range.start.line)</td>"
                    + "<td class=\"claim-text\">\(DashboardHTML.escape(claim.text))</td>"
                    + "<td class=\"inline\" data-label=\"Kind\">\(claim.kind.rawValue)</td>"
                    + "<td class=\"inline\" data-label=\"Strength\">\(claim.strength.rawValue)</td>"
                    + "<td data-label=\"Cited\" class=\"inline \(claim.cited ? "yes" : "no")\">\(claim.cited ? "yes" : "no")</td>"
                    + "<td class=\"inline\" data-label=\"Hedged\">\(claim.hedged ? "yes" : "no")</td></tr>\n"
            }
            html += "</tbody>\n</table>\n</details>\n"
        }
        return html + "</section>\n"
    }
}
