import CopydeskCore

/// One self-contained report page: inline CSS, no script, no network (a Content Security
/// Policy forbids both), findings grouped by file with the sentence they are in. Every string
/// is escaped, so an article's markup is shown, never run.
public struct HTMLReporter: Reporter {
    public static let id = "html"
    public static let fileExtension: String? = "html"

    public init() {}

    public func render(_ report: Report) throws -> String {
        let findings = report.files.flatMap(\.findings)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>copydesk report</title>
            <style>\(HTMLReporter.css)</style>
            </head>
            <body>
            <header>
            <h1>copydesk report</h1>

            """
        let verdict = report.summary.failed ? "failed" : "passed"
        out += "<p class=\"verdict \(verdict)\">\(verdict) <span>(fails on \(h(report.summary.failOn)))</span></p>\n"
        out += "<p class=\"meta\">\(Self.count(report.summary.files, "file")) · "
        out += "\(report.summary.words.formattedWithSeparators) words · policy \(h(report.policy.name)) · "
        out += "\(h(report.tool.name)) \(h(report.tool.version))</p>\n</header>\n<main>\n"
        out += summary(findings)
        if !report.errors.isEmpty {
            out += "<section class=\"errors\">\n<h2>Inputs not read</h2>\n<ul>\n"
            for error in report.errors { out += "<li><code>\(h(error.location))</code> \(h(error.message))</li>\n" }
            out += "</ul>\n</section>\n"
        }
        for file in report.files { out += section(file) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func summary(_ findings: [Finding]) -> String {
        let severities = Array(Severity.allCases.reversed())
        var out = "<section class=\"summary\">\n<h2>\(Self.count(findings.count, "finding"))</h2>\n"
        guard !findings.isEmpty else { return out + "</section>\n" }
        out += "<table>\n<thead><tr><th>category</th>"
        for severity in severities { out += "<th class=\"num \(severity.rawValue)\">\(severity.rawValue)</th>" }
        out += "<th class=\"num\">total</th></tr></thead>\n<tbody>\n"
        // Counted in place: copying the findings out by category cost more than the page.
        for category in Category.allCases {
            let inCategory = findings.count { $0.category == category }
            guard inCategory > 0 else { continue }
            out += "<tr><th>\(category.rawValue)</th>"
            for severity in severities {
                out += "<td class=\"num\">\(findings.count { $0.category == category && $0.severity == severity })</td>"
            }
            out += "<td class=\"num\">\(inCategory)</td></tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><th>total</th>"
        for severity in severities {
            out += "<td class=\"num\">\(findings.count { $0.severity == severity })</td>"
        }
        out += "<td class=\"num\">\(findings.count)</td></tr></tfoot>\n</table>\n</section>\n"
        return out
    }

    private func section(_ file: FileReport) -> String {
        var out = "<section class=\"file\">\n<h2><code>\(h(file.path))</code></h2>\n<p class=\"meta\">"
        if let title = file.title { out += "\(h(title)) · " }
        out += "\(file.words.formattedWithSeparators) words · \(Self.count(file.findings.count, "finding"))</p>\n"
        guard !file.findings.isEmpty else { return out + "</section>\n" }
        out += "<ol class=\"findings\">\n"
        for finding in file.findings {
            let start = finding.range.start
            out += "<li class=\"finding \(finding.severity.rawValue)\">\n<p class=\"head\">"
            out += "<span class=\"sev\">\(finding.severity.rawValue)</span> "
            out += "<span class=\"loc\">\(start.line):\(start.column)</span> <code>\(h(finding.rule))</code></p>\n"
            out += "<p class=\"msg\">\(h(finding.message))</p>\n"
            out += "<blockquote>\(excerpt(finding, in: file))</blockquote>\n"
            if !finding.suggestions.isEmpty {
                out +=
                    "<p class=\"fix\">suggestion: "
                    + finding.suggestions.map { "<q>\(h($0))</q>" }.joined(separator: ", ")
                out += "</p>\n"
            }
            for related in finding.related {
                out += "<p class=\"related\">\(h(related.message)): line \(related.range.start.line)</p>\n"
            }
            if let section = finding.section { out += "<p class=\"section\">in “\(h(section))”</p>\n" }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// The sentence around the finding from its source line, the span marked; the match alone
    /// when the line is not in the report (a report read back from JSON).
    private func excerpt(_ finding: Finding, in file: FileReport) -> String {
        guard let line = file.excerpts[finding.range.start.line] else { return "<mark>\(h(finding.match))</mark>" }
        let parts = SentenceExcerpt(line: line, range: finding.range)
        return h(parts.before) + "<mark>" + h(parts.span) + "</mark>" + h(parts.after)
    }

    private func h(_ text: String) -> String { XMLWriter.escape(text) }

    private static func count(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count.formattedWithSeparators) \(noun)s"
    }
}

/// The sentence of a source line that holds a span, cut to a readable length around it.
struct SentenceExcerpt {
    var before: String
    var span: String
    var after: String

    init(line: String, range: SourceRange, context: Int = 140) {
        let scalars = Array(line.unicodeScalars)
        let start = max(0, min(range.start.column - 1, scalars.count))
        let sameLine = range.end.line == range.start.line
        let end = sameLine ? max(start, min(range.end.column - 1, scalars.count)) : scalars.count
        func isStop(_ index: Int) -> Bool {
            [".", "!", "?"].contains(scalars[index]) && (index + 1 == scalars.count || scalars[index + 1] == " ")
        }
        var from = start
        while from > 0 && !isStop(from - 1) { from -= 1 }
        while from < start && scalars[from] == " " { from += 1 }
        var to = end
        if !(end > start && isStop(end - 1)) {
            while to < scalars.count && !isStop(to) { to += 1 }
            to = min(to + 1, scalars.count)
        }
        let cutFrom = max(from, start - context)
        let cutTo = min(to, end + context)
        // The pieces are cut from the line itself (cutFrom ≤ start ≤ end ≤ cutTo), in one walk.
        let view = line.unicodeScalars
        let cutFromIndex = view.index(view.startIndex, offsetBy: cutFrom)
        let startIndex = view.index(cutFromIndex, offsetBy: start - cutFrom)
        let endIndex = view.index(startIndex, offsetBy: end - start)
        let cutToIndex = view.index(endIndex, offsetBy: cutTo - end)
        before = (cutFrom > from ? "…" : "") + String(view[cutFromIndex..<startIndex])
        span = String(view[startIndex..<endIndex])
        after = String(view[endIndex..<cutToIndex]) + (cutTo < to ? "…" : "")
    }
}
