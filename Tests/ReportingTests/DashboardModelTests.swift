import CopydeskCore
import Foundation
import Testing

@testable import Reporting

/// Small reports written for the dashboard tests.
enum DashboardFixture {
    static func range(_ line: Int, _ column: Int, _ start: Int, _ end: Int) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: line, column: column, offset: start),
            end: SourcePosition(line: line, column: column + end - start, offset: end))
    }

    static func finding(_ rule: String, _ severity: Severity, match: String = "may", at start: Int = 10) -> Finding {
        let category = Category(rawValue: String(rule.prefix { $0 != "." })) ?? .style
        return Finding(
            rule: rule, category: category, severity: severity, message: "\(rule) message", match: match,
            range: range(2, start + 1, start, start + match.utf8.count))
    }

    static func file(_ path: String, words: Int, findings: [Finding] = [], claims: [Claim] = []) -> FileReport {
        FileReport(
            path: path, format: .markdown, title: "Title of \(path)", words: words, sentences: 5, findings: findings,
            claims: claims)
    }

    static func report(_ files: [FileReport], errors: [InputError] = [], policy: String = "default") -> Report {
        let findings = files.flatMap(\.findings)
        return Report(
            tool: .init(version: "0.1.0"), policy: .init(name: policy, source: "builtin:\(policy)"),
            summary: .init(
                files: files.count, words: files.reduce(0) { $0 + $1.words }, findings: findings.count, failed: false,
                failOn: "error", bySeverity: [:], byCategory: [:]),
            files: files, errors: errors)
    }

    static func day(_ day: Int) -> Date { Date(timeIntervalSince1970: 1_764_000_000 + Double(day) * 86_400) }
}

@Suite struct DashboardModelTests {
    typealias F = DashboardFixture

    @Test func reportsAreInTimeOrderThenInTheOrderGiven() {
        let report = F.report([])
        let inputs = [
            DashboardInput(name: "c.json", date: F.day(3), report: report),
            DashboardInput(name: "a.json", date: F.day(1), report: report),
            DashboardInput(name: "b2.json", date: F.day(2), report: report),
            DashboardInput(name: "b1.json", date: F.day(2), report: report),
            DashboardInput(name: "undated.json", date: nil, report: report),
        ]
        #expect(
            DashboardInput.timeOrdered(inputs).map(\.name) == [
                "undated.json", "a.json", "b2.json", "b1.json", "c.json",
            ])
    }

    @Test func givenOrderIsKeptWhenAsked() {
        let inputs = [
            DashboardInput(name: "new.json", date: F.day(2), report: F.report([F.file("a.md", words: 10)])),
            DashboardInput(name: "old.json", date: F.day(1), report: F.report([F.file("a.md", words: 20)])),
        ]
        let model = DashboardModel(inputs, sortsByDate: false)
        #expect(model.reports.map(\.name) == ["new.json", "old.json"])
        #expect(model.articles.map(\.reportName) == ["old.json"])
        #expect(DashboardModel(inputs).articles.map(\.reportName) == ["new.json"])
    }

    @Test func theLatestReportMentioningAnArticleDecidesIt() {
        let old = F.report(
            [
                F.file(
                    "a.md", words: 100,
                    findings: [F.finding("hedging.hedge-cue", .warning), F.finding("citation.x", .error)]),
                F.file("b.md", words: 200, findings: [F.finding("hedging.hedge-cue", .info)]),
            ], errors: [InputError(path: "c.md", message: "not valid UTF-8")])
        let new = F.report(
            [
                F.file("a.md", words: 120, findings: [F.finding("hedging.hedge-cue", .warning)]),
                F.file("c.md", words: 80),
            ], errors: [InputError(path: "d.md", message: "no such file")])
        // Given newest first: the dates put them right.
        let model = DashboardModel([
            DashboardInput(name: "new.json", date: F.day(2), report: new),
            DashboardInput(name: "old.json", date: F.day(1), report: old),
        ])
        #expect(model.reports.map(\.name) == ["old.json", "new.json"])
        #expect(model.articles.map(\.file.path) == ["a.md", "b.md", "c.md"])
        #expect(model.articles.map(\.reportName) == ["new.json", "old.json", "new.json"])
        #expect(model.articles.map(\.anchor) == ["article-1", "article-2", "article-3"])
        #expect(model.errors.map(\.error.path) == ["d.md"])
        #expect(model.words == 400)
        #expect(model.findings == 2)
        #expect(model.bySeverity == [.warning: 1, .info: 1])
        #expect(model.byCategory == [.hedging: 2])
        #expect(model.trend.map(\.findings) == [3, 1])
        #expect(model.trend.map(\.words) == [300, 200])
        #expect(model.trend[0].bySeverity == [.error: 1, .warning: 1, .info: 1])
        #expect(model.trend[1].perThousandWords == 5)
    }

    @Test func rankingIsFindingsPerThousandWordsThenFindingsThenPath() {
        let three = (0..<3).map { _ in F.finding("hedging.hedge-cue", .warning) }
        let model = DashboardModel([
            DashboardInput(
                name: "r.json", date: nil,
                report: F.report([
                    F.file("dense.md", words: 200, findings: three),  // 15 per 1,000
                    F.file("long.md", words: 1000, findings: Array(three.prefix(2))),  // 2
                    F.file("same-b.md", words: 500, findings: Array(three.prefix(1))),  // 2, fewer findings
                    F.file("same-a.md", words: 500, findings: Array(three.prefix(1))),  // 2, path first
                    F.file("clean.md", words: 300),
                    F.file("empty.md", words: 0, findings: Array(three.prefix(1))),  // no rate: last
                ]))
        ])
        #expect(model.ranking.map(\.file.path) == ["dense.md", "long.md", "same-a.md", "same-b.md", "empty.md"])
        #expect(model.ranking.map(\.perThousandWords) == [15, 2, 2, 2, nil])
    }

    @Test func policiesAndVersionsAreListedOnce() {
        let model = DashboardModel([
            DashboardInput(name: "1", date: F.day(1), report: F.report([], policy: "default")),
            DashboardInput(name: "2", date: F.day(2), report: F.report([], policy: "medical")),
            DashboardInput(name: "3", date: F.day(3), report: F.report([], policy: "default")),
        ])
        #expect(model.policies == ["default", "medical"])
        #expect(model.toolVersions == ["copydesk 0.1.0"])
    }
}
