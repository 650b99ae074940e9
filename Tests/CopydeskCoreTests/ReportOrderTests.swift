import Testing

@testable import CopydeskCore

@Suite struct ReportOrderTests {
    private func finding(_ line: Int, _ column: Int, _ rule: String, _ message: String, match: String = "")
        -> Finding
    {
        let start = SourcePosition(line: line, column: column, offset: line * 100 + column)
        return Finding(
            rule: rule, category: .hedging, severity: .warning, message: message, match: match,
            range: SourceRange(start: start, end: start))
    }

    @Test func sortingInReportOrderIsTheStableSortByReportOrder() {
        let findings = [
            finding(3, 1, "b.rule", "x"), finding(1, 5, "a.rule", "y", match: "first"),
            finding(1, 5, "a.rule", "y", match: "second"),
            finding(1, 2, "z.rule", "m"), finding(1, 5, "a.rule", "a"), finding(2, 9, "a.rule", "q"),
        ]
        var sorted = findings
        sorted.sortInReportOrder()
        #expect(sorted == findings.sorted(by: Finding.reportOrder))
        #expect(sorted.map(\.message) == ["m", "a", "y", "y", "q", "x"])
        // Ties keep their order.
        #expect(sorted[2].match == "first")
        #expect(sorted[3].match == "second")
        // In order already: the same list back.
        var again = sorted
        again.sortInReportOrder()
        #expect(again == sorted)
    }

    @Test func everyShuffleSortsToTheStableSort() {
        var generator = SystemRandomNumberGenerator()
        for count in [2, 3, 5, 17, 200] {
            for _ in 0..<30 {
                // Few distinct positions, so ties (kept in list order) are common.
                let findings = (0..<count).map { index in
                    finding(
                        Int.random(in: 1...4, using: &generator), Int.random(in: 1...3, using: &generator), "a.rule",
                        "m", match: "\(index)")
                }
                var sorted = findings
                sorted.sortInReportOrder()
                #expect(sorted == findings.sorted(by: Finding.reportOrder))
            }
        }
    }
}
