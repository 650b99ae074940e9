import CopydeskCore
import TestSupport
import Testing

@testable import Reporting

/// A finding written from its depth's template (`PrettyJSON.findingElement`) against the
/// general writer (`element()` and `ReportJSON.write(_:into:)`, member by member), over
/// generated findings at every depth.
@Suite struct FindingTemplateTests {
    /// Pieces of strings: plain words, bytes that need escaping, characters of several bytes.
    static let pieces = [
        "cure", "for", " ", "Obesity", "\"", "\\", "/", "\u{0}", "\u{1}", "\t", "\n", "\r", "\u{1F}", "\u{7F}", "é",
        "\u{2028}", "中", "🧪", "completely safe", "’", "0123456789abcdef", "{", "}", "[", "]", ":",
    ]

    static func string(_ generator: inout SplitMix, maxPieces: Int) -> String {
        let count = generator.next(maxPieces + 1)
        return (0..<count).map { _ in pieces[generator.next(pieces.count)] }.joined()
    }

    static func position(_ generator: inout SplitMix) -> SourcePosition {
        let magnitudes = [10, 100, 10_000, 100_000_000, Int(Int32.max)]
        func value() -> Int { generator.next(magnitudes[generator.next(magnitudes.count)]) }
        return SourcePosition(line: value(), column: value(), offset: value())
    }

    /// A generated finding: any category and severity, strings of every kind (long ones too),
    /// a section or none, a fingerprint value or string, related locations and suggestions or none.
    static func finding(_ generator: inout SplitMix) -> Finding {
        let long = generator.next(8) == 0
        var finding = Finding(
            rule: string(&generator, maxPieces: 4),
            category: Category.allCases[generator.next(Category.allCases.count)],
            severity: Severity.allCases[generator.next(Severity.allCases.count)],
            message: string(&generator, maxPieces: long ? 60 : 8), match: string(&generator, maxPieces: long ? 40 : 5),
            range: SourceRange(start: position(&generator), end: position(&generator)),
            section: generator.next(3) == 0 ? nil : string(&generator, maxPieces: 4))
        switch generator.next(10) {
        case 0: finding.fingerprint = string(&generator, maxPieces: 3)
        case 1: finding.suggestions = [string(&generator, maxPieces: 3)]
        case 5, 6:
            // Suggestions (a stacked hedge's one), sometimes several or with a related location.
            finding.suggestions = (0..<[1, 1, 1, 2, 3, 5][generator.next(6)]).map { _ in
                string(&generator, maxPieces: long ? 30 : 3)
            }
            if generator.next(3) == 0 {
                finding.related = [
                    RelatedLocation(
                        message: string(&generator, maxPieces: 3),
                        range: SourceRange(start: position(&generator), end: position(&generator)))
                ]
            }
            finding.setFingerprint(hash: generator.next())
        case 2, 3, 4:
            // One related location (a repeat's first occurrence) mostly, sometimes two.
            finding.related = (0..<(generator.next(4) == 0 ? 2 : 1)).map { _ in
                RelatedLocation(
                    message: string(&generator, maxPieces: 3),
                    range: SourceRange(start: position(&generator), end: position(&generator)))
            }
            finding.setFingerprint(hash: generator.next())
        default: finding.setFingerprint(hash: generator.next())
        }
        return finding
    }

    /// Whether the template covers the finding at `depth`.
    static func isCovered(_ finding: Finding, depth: Int) -> Bool {
        finding.fingerprintHash != nil && finding.related.count <= 1 && depth == FindingTemplate.reportDepth
    }

    /// The finding as an element of an array at `depth`, after another element when
    /// `afterElement`, then one more element: from its template when `template` (the general
    /// writer when it declines), else member by member; and whether the template wrote it.
    static func written(_ finding: Finding, depth: Int, afterElement: Bool, template: Bool) -> ([UInt8], Bool) {
        var json = PrettyJSON(inside: depth, hasElements: afterElement, capacity: 0)
        var fromTemplate = false
        withUnsafePointer(to: finding) { finding in
            if template {
                fromTemplate = json.findingElement(
                    finding, template: FindingTemplate.atReportDepth, ranges: RangeTemplate.all)
            }
            if !fromTemplate {
                json.element()
                ReportJSON.write(finding, into: &json)
            }
        }
        json.element()
        json.int(7)
        return (json.bytes, fromTemplate)
    }

    @Test func generatedFindingsFromTheTemplateAreWrittenAsMemberByMember() {
        var generator = SplitMix(seed: 0xF1D1)
        var covered = 0
        for round in 0..<4_000 {
            let finding = Self.finding(&generator)
            let depth = round % 4 == 0 ? round % 20 : FindingTemplate.reportDepth
            let afterElement = generator.next(2) == 0
            let (fast, fromTemplate) = Self.written(finding, depth: depth, afterElement: afterElement, template: true)
            let (general, _) = Self.written(finding, depth: depth, afterElement: afterElement, template: false)
            #expect(fast == general, "round \(round): \(finding) at depth \(depth), after \(afterElement)")
            #expect(fromTemplate == Self.isCovered(finding, depth: depth), "round \(round)")
            if fromTemplate { covered += 1 }
        }
        #expect(covered > 1_500)
    }

    /// Every category and severity, with and without a section, a related location and suggestions, at the
    /// report's depth (from the template) and around it (member by member).
    @Test func everyCategoryAndSeverityAtAndAroundTheReportDepth() {
        for depth in (FindingTemplate.reportDepth - 2)...(FindingTemplate.reportDepth + 2) {
            for category in Category.allCases {
                for severity in Severity.allCases {
                    for section in [nil, "Results", ""] as [String?] {
                        var finding = Finding(
                            rule: "medical-claim.cure-claim", category: category, severity: severity,
                            message: "cure claim 'cure for obesity'", match: "cure for obesity",
                            range: SourceRange(
                                start: SourcePosition(line: 12, column: 3, offset: 809),
                                end: SourcePosition(line: 12, column: 19, offset: 825)),
                            section: section)
                        finding.setFingerprint(hash: 0x0123_4567_89AB_CDEF)
                        var related = finding
                        related.related = [
                            RelatedLocation(
                                message: "first occurrence",
                                range: SourceRange(
                                    start: SourcePosition(line: 3, column: 1, offset: 40),
                                    end: SourcePosition(line: 3, column: 20, offset: 59)))
                        ]
                        let covered = depth == FindingTemplate.reportDepth
                        var suggested = finding
                        suggested.suggestions = ["might"]
                        var twoSuggestions = related
                        twoSuggestions.suggestions = ["could", "\"perhaps\"\n"]
                        for finding in [finding, related, suggested, twoSuggestions] {
                            for afterElement in [false, true] {
                                let (fast, fromTemplate) = Self.written(
                                    finding, depth: depth, afterElement: afterElement, template: true)
                                let (general, _) = Self.written(
                                    finding, depth: depth, afterElement: afterElement, template: false)
                                #expect(fromTemplate == covered)
                                #expect(fast == general, "\(category) \(severity) \(section ?? "nil") at \(depth)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// A range member from the templates the caller read (`rangeMember(_:templates:)`, as the
    /// claims and the general finding writer read them once a file) against the members one by one.
    @Test func rangeMembersFromTemplatesReadOnceAreWrittenAsMemberByMember() {
        var generator = SplitMix(seed: 0x2A4)
        let templates = RangeTemplate.all
        for round in 0..<2_000 {
            let range = SourceRange(start: Self.position(&generator), end: Self.position(&generator))
            let depth = round % 20
            var fast = PrettyJSON(depth: depth, capacity: 0)
            fast.beginObject()
            if round % 3 == 0 { fast.intMember("a", 1) }
            fast.rangeMember(range, templates: templates)
            fast.endObject()
            var general = PrettyJSON(depth: depth, capacity: 0)
            general.beginObject()
            if round % 3 == 0 { general.intMember("a", 1) }
            general.intObjectsMember(
                "range", "end", (("column", range.end.column), ("line", range.end.line), ("offset", range.end.offset)),
                "start", (("column", range.start.column), ("line", range.start.line), ("offset", range.start.offset)))
            general.endObject()
            #expect(fast.bytes == general.bytes, "round \(round): \(range) at depth \(depth)")
        }
    }
}
