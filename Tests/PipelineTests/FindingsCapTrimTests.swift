import CopydeskCore
import Foundation
import Testing

@testable import Pipeline

/// The findings cap trims a long article's findings as the checks make them
/// (`FindingsCap.trim`): the report must be the one the cap gives when it sees them all at once.
@Suite struct FindingsCapTrimTests {
    /// Findings with many ties (same line and column, same rule), in no order.
    static func findings(count: Int, seed: UInt64) -> [Finding] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let rules = ["hedging.stacked-hedge", "citation.vague-attribution", "repetition.duplicate-sentence"]
        return (0..<count).map { index in
            let line = 1 + next(6)
            let column = 1 + next(3)
            let start = SourcePosition(line: line, column: column, offset: line * 100 + column)
            let end = SourcePosition(line: line, column: column + 4, offset: line * 100 + column + 4 + next(2))
            return Finding(
                rule: rules[next(rules.count)], category: .hedging, severity: .warning, message: "m\(next(2))",
                match: "finding \(index)", range: SourceRange(start: start, end: end))
        }
    }

    @Test func trimmingInStepsKeepsWhatOneCapKeeps() {
        for seed in 1...20 {
            let all = Self.findings(count: 200, seed: UInt64(seed))
            for limit in [1, 2, 5, 17, 64, 199, 200, 500] {
                var once = all
                FindingsCap(limit: limit).apply(to: &once)
                for step in [1, 7, 50] {
                    var cap = FindingsCap(limit: limit)
                    var gathered: [Finding] = []
                    var start = 0
                    while start < all.count {
                        gathered += all[start..<min(all.count, start + step)]
                        if gathered.count > cap.trimThreshold || step == 1 { cap.trim(&gathered) }
                        start += step
                    }
                    cap.apply(to: &gathered)
                    #expect(gathered == once, "seed \(seed), limit \(limit), step \(step)")
                }
            }
        }
    }

    /// A long article with suppressions and a rule left out: each limit's report is the first
    /// findings of the uncapped one, and the note counts the rest and points at the first of them.
    @Test func cappedReportsAreTheFirstFindingsOfTheWholeReport() throws {
        let folder = try TemporaryFolder()
        var text = "# Notes\n\n<!-- copydesk-disable hedging.hedge-density -->\n\n"
        for index in 0..<40 {
            text += "## Part\n\nStudies show it could potentially help. Experts say it cures everything.\n\n"
            if index % 7 == 0 { text += "<!-- copydesk-disable-next-line citation -->\n" }
            if index % 11 == 0 { text += "<!-- copydesk-disable-next-line no-such-rule -->\n" }
            text += "It might possibly work, some say. Studies show it could potentially help.\n\n"
        }
        let path = try folder.write("long.md", text)
        func findings(limit: Int) throws -> [Finding] {
            var request = LintRequest(paths: [path], policyPath: "default", workingDirectory: folder.path)
            request.disable = ["hedging.vague-attribution"]
            request.maxFindingsPerFile = limit
            return try Pipeline().lint(request).report.files[0].findings
        }
        let whole = try findings(limit: 1_000_000)
        #expect(whole.count > 300)
        #expect(whole.contains { $0.rule == PipelineRules.unknownSuppression.id })
        for limit in [1, 3, 10, 50, 99, 150, whole.count - 1] {
            let capped = try findings(limit: limit)
            let note = try #require(capped.first { $0.rule == FindingsCap.rule.id })
            #expect(capped.filter { $0.rule != FindingsCap.rule.id } == Array(whole.prefix(limit)), "limit \(limit)")
            #expect(note.range == whole[limit].range)
            #expect(note.message.hasPrefix("\(whole.count - limit) more findings"))
        }
        #expect(try findings(limit: whole.count) == whole)
    }
}
