import CopydeskCore
import Foundation

/// A static, self-contained HTML dashboard over one or many saved JSON reports: totals by
/// category and severity, the trend across reports, the articles with the most findings per
/// 1,000 words, each article's findings and the claim ledger. No script, no network: charts
/// are inline SVG, and every string from a report is escaped.
public struct DashboardRenderer: Sendable {
    public var title: String
    /// Whether reports are put in date order (the default) or kept in the order given.
    public var sortsByDate: Bool

    public init(title: String = "copydesk dashboard", sortsByDate: Bool = true) {
        self.title = title
        self.sortsByDate = sortsByDate
    }

    public func render(_ reports: [(name: String, date: Date?, report: Report)]) -> String {
        render(reports.map { DashboardInput(name: $0.name, date: $0.date, report: $0.report) })
    }

    public func render(_ inputs: [DashboardInput]) -> String {
        let model = DashboardModel(inputs, sortsByDate: sortsByDate)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="referrer" content="no-referrer">
            <title>\(DashboardHTML.escape(title))</title>
            <style>\(DashboardStyle.css)</style>
            </head>
            <body>

            """
        html += header(model)
        html += "<main>\n"
        html += errors(model)
        html += overview(model)
        html += trend(model)
        html += ranking(model)
        html += findings(model)
        html += claims(model)
        html += "</main>\n"
        html +=
            "<footer><p>Made by <code>copydesk dashboard</code> from "
            + DashboardHTML.plural(model.reports.count, "saved report")
            + (sortsByDate
                ? ". Reports are in time order by file modification time, then in the order given. "
                : ". Reports are in the order given. ")
            + "Each article is shown as the latest report that includes it saw it.</p></footer>\n"
        return html + "</body>\n</html>\n"
    }

    private func header(_ model: DashboardModel) -> String {
        var meta: [String] = [DashboardHTML.plural(model.reports.count, "report")]
        if let last = model.reports.last {
            meta.append("latest: " + DashboardHTML.escape(last.name) + (last.date.map { ", " + Self.date($0) } ?? ""))
        }
        meta.append("policy: " + model.policies.map(DashboardHTML.escape).joined(separator: ", "))
        meta.append(model.toolVersions.map(DashboardHTML.escape).joined(separator: ", "))
        return """
            <header>
            <h1>\(DashboardHTML.escape(title))</h1>
            <p class="meta">\(meta.joined(separator: " · "))</p>
            <nav><a href="#overview">Overview</a><a href="#trend">Trend</a><a href="#ranking">Articles</a>\
            <a href="#findings">Findings</a><a href="#claims">Claims</a></nav>
            </header>

            """
    }

    private func errors(_ model: DashboardModel) -> String {
        guard !model.errors.isEmpty else { return "" }
        var html = "<section id=\"errors\" class=\"problems\">\n<h2>Inputs that could not be read</h2>\n<ul>\n"
        for entry in model.errors {
            html +=
                "<li><code>\(DashboardHTML.escape(entry.error.location))</code> \(DashboardHTML.escape(entry.error.message))"
                + " <span class=\"muted\">(in \(DashboardHTML.escape(entry.reportName)))</span></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private func overview(_ model: DashboardModel) -> String {
        let uncited = model.claims.filter { !$0.cited }.count
        let cards: [(String, String, String)] = [
            ("Articles", DashboardHTML.count(model.articles.count), ""),
            ("Words", DashboardHTML.count(model.words), ""),
            ("Findings", DashboardHTML.count(model.findings), ""),
            ("Per 1,000 words", model.perThousandWords.map(DashboardHTML.decimal) ?? "–", ""),
            ("Errors", DashboardHTML.count(model.bySeverity[.error] ?? 0), "sev-error"),
            ("Warnings", DashboardHTML.count(model.bySeverity[.warning] ?? 0), "sev-warning"),
            ("Info", DashboardHTML.count(model.bySeverity[.info] ?? 0), "sev-info"),
            (
                "Claims without a citation (of \(DashboardHTML.count(model.claims.count)))",
                DashboardHTML.count(uncited), ""
            ),
        ]
        var html = "<section id=\"overview\">\n<h2>Overview</h2>\n<div class=\"cards\">\n"
        for (label, value, style) in cards {
            html +=
                "<div class=\"card\"><span class=\"card-value\">\(value)</span>"
                + "<span class=\"card-label\">\(style.isEmpty ? "" : "<i class=\"dot \(style)\"></i>")\(label)</span></div>\n"
        }
        html += "</div>\n<div class=\"charts\">\n"
        let severities = Severity.allCases.reversed().map { severity in
            DashboardChart.Row(
                label: severity.rawValue,
                segments: [
                    .init(value: model.bySeverity[severity] ?? 0, style: "sev-\(severity.rawValue)", label: "findings")
                ])
        }
        html +=
            "<figure><figcaption>Findings by severity</figcaption>"
            + DashboardChart.bars(severities, title: "Findings by severity") + "</figure>\n"
        let categories = Category.allCases.map { category in
            DashboardChart.Row(
                label: category.rawValue,
                segments: Severity.allCases.reversed().map { severity in
                    let count = model.articles.flatMap(\.file.findings).filter {
                        $0.category == category && $0.severity == severity
                    }.count
                    return .init(value: count, style: "sev-\(severity.rawValue)", label: severity.rawValue)
                })
        }
        html +=
            "<figure><figcaption>Findings by category, coloured by severity</figcaption>"
            + DashboardChart.bars(categories, title: "Findings by category") + "</figure>\n"
        return html + "</div>\n" + Self.legend + "</section>\n"
    }

    static let legend =
        "<p class=\"legend\"><span><i class=\"dot sev-error\"></i>error</span>"
        + "<span><i class=\"dot sev-warning\"></i>warning</span><span><i class=\"dot sev-info\"></i>info</span></p>\n"

    private func trend(_ model: DashboardModel) -> String {
        var html = "<section id=\"trend\">\n<h2>Trend across reports</h2>\n"
        if model.trend.count == 1 {
            html += "<p class=\"muted\">One report so far: give several saved reports to see how the counts move.</p>\n"
        }
        let slots = model.trend.map {
            DashboardChart.Slot(label: Self.shortName($0.name), sublabel: $0.date.map(Self.shortDate) ?? "no date")
        }
        let columns = zip(slots, model.trend).map { slot, snapshot in
            (
                slot: slot,
                segments: Severity.allCases.reversed().map {
                    DashboardChart.Segment(
                        value: snapshot.bySeverity[$0] ?? 0, style: "sev-\($0.rawValue)", label: $0.rawValue)
                }
            )
        }
        let rates = zip(slots, model.trend).map { (slot: $0, value: $1.perThousandWords) }
        html +=
            "<div class=\"charts\(model.trend.count > 4 ? " stacked" : "")\">\n"
            + "<figure class=\"wide\"><figcaption>Findings per report, oldest first</figcaption>"
            + "<div class=\"scroll latest\">"
            + DashboardChart.columns(columns, title: "Findings per report, oldest first")
            + "</div>" + Self.legend + "</figure>\n"
            + "<figure class=\"wide\"><figcaption>Findings per 1,000 words</figcaption><div class=\"scroll latest\">"
            + DashboardChart.line(
                rates, unit: "findings per 1,000 words", title: "Findings per 1,000 words, oldest first")
            + "</div></figure>\n</div>\n"
        html +=
            "<details class=\"reports\"\(model.trend.count <= Self.openLimit ? " open" : "")><summary>"
            + "Every report (\(DashboardHTML.count(model.trend.count)))</summary>\n"
        html +=
            "<table class=\"numbers stack\">\n<thead><tr><th class=\"text\">Report</th>"
            + "<th class=\"text\">Date</th><th class=\"optional\">Articles</th><th class=\"optional\">Words</th>"
            + "<th>Findings</th><th class=\"optional\">Errors</th><th class=\"optional\">Warnings</th>"
            + "<th class=\"optional\">Info</th><th>Per 1,000 words</th></tr></thead>\n<tbody>\n"
        for snapshot in model.trend {
            let (folder, file) = Self.split(snapshot.name)
            html +=
                "<tr><td class=\"text\"><code>\(DashboardHTML.escape(file))</code>"
                + (folder.isEmpty ? "" : "<br><code class=\"path\">\(DashboardHTML.escape(folder))</code>") + "</td>"
                + "<td class=\"text nowrap\" data-label=\"Date\">\(snapshot.date.map(Self.date) ?? "–")</td>"
                + "<td class=\"optional\">\(DashboardHTML.count(snapshot.articles))</td>"
                + "<td class=\"optional\">\(DashboardHTML.count(snapshot.words))</td>"
                + "<td class=\"inline\" data-label=\"Findings\">\(DashboardHTML.count(snapshot.findings))</td>"
                + Severity.allCases.reversed().map {
                    "<td class=\"optional\">\(DashboardHTML.count(snapshot.bySeverity[$0] ?? 0))</td>"
                }.joined()
                + "<td class=\"inline\" data-label=\"Per 1,000 words\">\(snapshot.perThousandWords.map(DashboardHTML.decimal) ?? "–")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</details>\n</section>\n"
    }

    /// `2026-11-25 20:15 UTC`.
    static func date(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }

    /// `11-25 20:15`, for chart labels.
    static func shortDate(_ date: Date) -> String {
        String(Self.date(date).dropFirst(5).dropLast(4))
    }

    /// A report's folder (with its trailing slash, or empty) and file name.
    static func split(_ name: String) -> (folder: String, file: String) {
        guard let slash = name.lastIndex(of: "/"), name.index(after: slash) < name.endIndex else { return ("", name) }
        return (String(name[...slash]), String(name[name.index(after: slash)...]))
    }

    /// The file name without folders or `.json`, for chart labels.
    static func shortName(_ name: String) -> String {
        var base = name.split(separator: "/").last.map(String.init) ?? name
        if base.lowercased().hasSuffix(".json") { base.removeLast(5) }
        return base
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
