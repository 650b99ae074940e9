import CopydeskCore
import Testing

@testable import Pipeline

/// `ReportBuilder.add` counts the findings shown by severity and category through the counts'
/// buffers, a value's place by its `caseIndex`: against counting with `allCases` over
/// generated files of findings of every severity and category, some empty, with and without
/// a display level that hides some.
@Suite struct ReportBuilderCountTests {
    @Test func theCountsAreThoseOfEverySeverityAndCategoryShown() {
        // `caseIndex` is the place in `allCases`, and `<` is the order of `allCases`.
        #expect(Severity.allCases.map(\.caseIndex) == Array(Severity.allCases.indices))
        #expect(Category.allCases.map(\.caseIndex) == Array(Category.allCases.indices))
        for (left, right) in zip(Category.allCases, Category.allCases.dropFirst()) { #expect(left < right) }
        for (left, right) in zip(Severity.allCases, Severity.allCases.dropFirst()) { #expect(left < right) }
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for minSeverity in Severity.allCases {
            var builder = ReportBuilder(
                policy: Policy(name: "p", source: "s"), failOn: .error, minSeverity: minSeverity, baseline: nil,
                recordsBaseline: false)
            var severities: [String: Int] = [:]
            var categories: [String: Int] = [:]
            var shown = 0
            for file in 0..<60 {
                let findings = (0..<next(file % 7 == 0 ? 1 : 40)).map { index in
                    let position = SourcePosition(line: 1 + index, column: 1, offset: index * 10)
                    return Finding(
                        rule: "rule.\(next(3))", category: Category.allCases[next(Category.allCases.count)],
                        severity: Severity.allCases[next(Severity.allCases.count)], message: "m",
                        match: "finding \(index)", range: SourceRange(start: position, end: position))
                }
                for finding in findings where finding.severity >= minSeverity {
                    severities[finding.severity.rawValue, default: 0] += 1
                    categories[finding.category.rawValue, default: 0] += 1
                    shown += 1
                }
                let report = FileReport(
                    path: "f\(file).md", format: .markdown, title: nil, words: 1, sentences: 1, findings: findings,
                    claims: [])
                _ = builder.add(report)
            }
            let summary = builder.finish(errors: []).report.summary
            #expect(summary.findings == shown)
            for severity in Severity.allCases {
                #expect(summary.bySeverity[severity.rawValue] == severities[severity.rawValue, default: 0])
            }
            for category in Category.allCases {
                #expect(summary.byCategory[category.rawValue] == categories[category.rawValue, default: 0])
            }
        }
    }
}
