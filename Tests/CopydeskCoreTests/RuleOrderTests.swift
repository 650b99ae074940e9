import Testing

@testable import CopydeskCore

/// `Finding.ruleOrder` reads two rules as `!=` then `<` do, ASCII or not, and the report order
/// built on it sorts findings as the plain comparator (line, column, rule by `<`, end offset,
/// message) does.
@Suite struct RuleOrderTests {
    static let pieces = [
        "", "a", "b", "z", "A", ".", "-", "medical", "medical.cure-claim", "medical.miracle-language",
        "citation.unsupported-claim", "hedging.stacked-hedge", "e", "\u{301}", "é", "f", "ñ", "n\u{303}",
        "12345678", "abcdefgh", "Z", "~", "\u{7F}", "\u{80}", "日本",
    ]

    static func rules(seed: UInt64, count: Int) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<next(4)).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    static func plainOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.range.start
        let right = rhs.range.start
        if left.line != right.line { return left.line < right.line }
        if left.column != right.column { return left.column < right.column }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.range.end.offset != rhs.range.end.offset { return lhs.range.end.offset < rhs.range.end.offset }
        return lhs.message < rhs.message
    }

    @Test func ruleOrderIsInequalityThenLess() {
        let rules = Self.rules(seed: 7, count: 300) + Self.pieces
        for lhs in rules {
            for rhs in rules {
                let expected: Bool? = lhs != rhs ? lhs < rhs : nil
                #expect(Finding.ruleOrder(lhs, rhs) == expected, "\(lhs.debugDescription) \(rhs.debugDescription)")
            }
        }
        // The same rule in separate storage, and a rule built at run time.
        let built = String(decoding: Array("medical.cure-claim".utf8), as: UTF8.self)
        #expect(Finding.ruleOrder(built, "medical.cure-claim") == nil)
        #expect(Finding.ruleOrder(built + "x", "medical.cure-claim") == false)
    }

    @Test func reportOrderSortsAsThePlainComparator() {
        for seed in 1...40 {
            var state = UInt64(seed)
            func next(_ bound: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((state >> 33) % UInt64(bound))
            }
            let rules = Self.rules(seed: UInt64(seed) * 31, count: 6)
            let findings = (0..<(seed * 3)).map { index in
                let start = SourcePosition(line: next(3) + 1, column: next(2) + 1, offset: 0)
                let end = SourcePosition(line: start.line, column: start.column, offset: next(3))
                return Finding(
                    rule: rules[next(rules.count)], category: .hedging, severity: .warning,
                    message: ["m", "n", "é"][next(3)], match: "\(index)", range: SourceRange(start: start, end: end))
            }
            var sorted = findings
            sorted.sortInReportOrder()
            #expect(sorted == findings.sorted(by: Self.plainOrder))
            // Ties (same position, rule, end and message) keep their order.
            #expect(sorted.map(\.match) == findings.sorted(by: Self.plainOrder).map(\.match))
        }
    }
}
