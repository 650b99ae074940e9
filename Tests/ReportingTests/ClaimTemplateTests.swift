import CopydeskCore
import TestSupport
import Testing

@testable import Reporting

/// A claim written from its depth's template (`PrettyJSON.claimElement`) against the general
/// writer (`element()` and `ReportJSON.write(claim)`, member by member), over generated claims
/// at every depth.
@Suite struct ClaimTemplateTests {
    /// A generated claim: any kind, strength and flags, a text of every kind (long ones too).
    static func claim(_ generator: inout SplitMix) -> Claim {
        let long = generator.next(8) == 0
        return Claim(
            text: FindingTemplateTests.string(&generator, maxPieces: long ? 60 : 8),
            kind: Claim.Kind.allCases[generator.next(Claim.Kind.allCases.count)],
            strength: Claim.Strength.allCases[generator.next(Claim.Strength.allCases.count)],
            cited: generator.next(2) == 0, hedged: generator.next(2) == 0,
            range: SourceRange(
                start: FindingTemplateTests.position(&generator), end: FindingTemplateTests.position(&generator)))
    }

    /// The claim as an element of an array at `depth`, after another element when
    /// `afterElement`, then one more element: from its template when `template` (the general
    /// writer when it declines), else member by member; and whether the template wrote it.
    static func written(_ claim: Claim, depth: Int, afterElement: Bool, template: Bool) -> ([UInt8], Bool) {
        var json = PrettyJSON(inside: depth, hasElements: afterElement, capacity: 0)
        var fromTemplate = false
        withUnsafePointer(to: claim) { claim in
            if template {
                fromTemplate = json.claimElement(
                    claim, template: ClaimTemplate.atReportDepth, ranges: RangeTemplate.all)
            }
            if !fromTemplate {
                json.element()
                ReportJSON.write(claim, into: &json, ranges: RangeTemplate.all)
            }
        }
        json.element()
        json.int(7)
        return (json.bytes, fromTemplate)
    }

    @Test func generatedClaimsFromTheTemplateAreWrittenAsMemberByMember() {
        var generator = SplitMix(seed: 0xC1A1)
        var covered = 0
        for round in 0..<4_000 {
            let claim = Self.claim(&generator)
            let depth = round % 4 == 0 ? round % 20 : ClaimTemplate.reportDepth
            let afterElement = generator.next(2) == 0
            let (fast, fromTemplate) = Self.written(claim, depth: depth, afterElement: afterElement, template: true)
            let (general, _) = Self.written(claim, depth: depth, afterElement: afterElement, template: false)
            #expect(fast == general, "round \(round): \(claim) at depth \(depth), after \(afterElement)")
            #expect(fromTemplate == (depth == ClaimTemplate.reportDepth), "round \(round)")
            if fromTemplate { covered += 1 }
        }
        #expect(covered > 2_900)
    }

    /// Every kind, strength and pair of flags, with an empty text and a plain one, at the
    /// report's depth (from the template) and around it (member by member), first in the array
    /// and after another element.
    @Test func everyKindStrengthAndFlagsAtAndAroundTheReportDepth() {
        for depth in (ClaimTemplate.reportDepth - 2)...(ClaimTemplate.reportDepth + 2) {
            for kind in Claim.Kind.allCases {
                for strength in Claim.Strength.allCases {
                    for flags in 0..<4 {
                        for text in ["", "Intermittent fasting cures obesity."] {
                            let claim = Claim(
                                text: text, kind: kind, strength: strength, cited: flags & 2 != 0,
                                hedged: flags & 1 != 0,
                                range: SourceRange(
                                    start: SourcePosition(line: 7, column: 3, offset: 109),
                                    end: SourcePosition(line: 7, column: 48, offset: 156)))
                            for afterElement in [false, true] {
                                let (fast, fromTemplate) = Self.written(
                                    claim, depth: depth, afterElement: afterElement, template: true)
                                let (general, _) = Self.written(
                                    claim, depth: depth, afterElement: afterElement, template: false)
                                #expect(fromTemplate == (depth == ClaimTemplate.reportDepth))
                                #expect(fast == general, "\(kind) \(strength) \(flags) at \(depth)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// A file entry's claims as the report writes them (`ReportJSON.write(file)`, from the
    /// template: its claims sit at `reportDepth`) against the same claims written member by member.
    @Test func aFileEntryWithClaimsIsWrittenAsMemberByMember() {
        var generator = SplitMix(seed: 0x5EED)
        for round in 0..<200 {
            let claims = (0..<generator.next(6)).map { _ in Self.claim(&generator) }
            let file = FileReport(
                path: "a\(round).md", format: .markdown, title: round % 2 == 0 ? nil : "T", words: round,
                sentences: round / 2, findings: [], claims: claims)
            var fast = PrettyJSON(depth: 2, capacity: 0)
            ReportJSON.write(file, into: &fast)
            var general = PrettyJSON(depth: 2, capacity: 0)
            general.beginObject()
            general.key("claims")
            general.beginArray()
            for claim in claims {
                general.element()
                withUnsafePointer(to: claim) { ReportJSON.write($0, into: &general, ranges: RangeTemplate.all) }
            }
            #expect(general.depth == ClaimTemplate.reportDepth)
            general.endArray()
            #expect(Array(fast.bytes.prefix(general.bytes.count)) == general.bytes, "round \(round)")
        }
    }
}
