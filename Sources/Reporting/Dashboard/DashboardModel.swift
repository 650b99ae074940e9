import CopydeskCore
import Foundation

/// What the dashboard shows, worked out once from the reports.
///
/// The current state is each article as the latest report that mentions it saw it (as a file
/// or as an input error), so shards of one run add up and older runs of the same articles are
/// replaced by newer ones. The trend has one point per report, in time order.
struct DashboardModel {
    /// One report's point on the trend.
    struct Snapshot {
        var name: String
        var date: Date?
        var articles: Int
        var words: Int
        var findings: Int
        var bySeverity: [Severity: Int]
        var perThousandWords: Double? { words > 0 ? Double(findings) * 1000 / Double(words) : nil }
    }

    /// One article in the current state.
    struct ArticleEntry {
        /// A stable anchor id made from the position, never from the path.
        var anchor: String
        var file: FileReport
        var reportName: String
        var reportDate: Date?
        var perThousandWords: Double? { file.words > 0 ? Double(file.findings.count) * 1000 / Double(file.words) : nil }
        var displayTitle: String { file.title.flatMap { $0.isEmpty ? nil : $0 } ?? file.path }
    }

    struct ErrorEntry {
        var error: InputError
        var reportName: String
    }

    var reports: [DashboardInput]
    var trend: [Snapshot]
    var articles: [ArticleEntry]
    var errors: [ErrorEntry]
    var bySeverity: [Severity: Int] = [:]
    var byCategory: [Category: Int] = [:]
    var words = 0
    var findings = 0
    var claims: [Claim] = []

    init(_ inputs: [DashboardInput], sortsByDate: Bool = true) {
        let reports = sortsByDate ? DashboardInput.timeOrdered(inputs) : inputs
        self.reports = reports
        trend = reports.map { input in
            let files = input.report.files
            let all = files.flatMap(\.findings)
            return Snapshot(
                name: input.name, date: input.date, articles: files.count, words: files.reduce(0) { $0 + $1.words },
                findings: all.count, bySeverity: Dictionary(grouping: all, by: \.severity).mapValues(\.count))
        }
        // The latest report mentioning a path decides it, as a file or as an error.
        var latest: [String: Int] = [:]
        for (index, input) in reports.enumerated() {
            for file in input.report.files { latest[file.path] = index }
            for error in input.report.errors { latest[error.path] = index }
        }
        var current: [(file: FileReport, index: Int)] = []
        var errors: [ErrorEntry] = []
        for (index, input) in reports.enumerated() {
            current += input.report.files.filter { latest[$0.path] == index }.map { ($0, index) }
            errors += input.report.errors.filter { latest[$0.path] == index }
                .map { ErrorEntry(error: $0, reportName: input.name) }
        }
        current.sort { $0.file.path < $1.file.path }
        articles = current.enumerated().map { position, entry in
            ArticleEntry(
                anchor: "article-\(position + 1)", file: entry.file, reportName: reports[entry.index].name,
                reportDate: reports[entry.index].date)
        }
        self.errors = errors.sorted { ($0.error.path, $0.error.line ?? 0) < ($1.error.path, $1.error.line ?? 0) }
        for article in articles {
            words += article.file.words
            findings += article.file.findings.count
            claims += article.file.claims
            for finding in article.file.findings {
                bySeverity[finding.severity, default: 0] += 1
                byCategory[finding.category, default: 0] += 1
            }
        }
    }

    /// Articles with findings, most findings per 1,000 words first (then most findings, then path).
    var ranking: [ArticleEntry] {
        articles.filter { !$0.file.findings.isEmpty }.sorted { lhs, rhs in
            let left = lhs.perThousandWords ?? -1
            let right = rhs.perThousandWords ?? -1
            if left != right { return left > right }
            if lhs.file.findings.count != rhs.file.findings.count {
                return lhs.file.findings.count > rhs.file.findings.count
            }
            return lhs.file.path < rhs.file.path
        }
    }

    var perThousandWords: Double? { words > 0 ? Double(findings) * 1000 / Double(words) : nil }

    /// Policy names and tool versions across the reports, as given, without repeats.
    var policies: [String] { unique(reports.map(\.report.policy.name)) }
    var toolVersions: [String] { unique(reports.map { "\($0.report.tool.name) \($0.report.tool.version)" }) }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
