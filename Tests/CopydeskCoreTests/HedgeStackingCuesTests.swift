import TestSupport
import Testing

@testable import CopydeskCore

/// A clause's stacking cues, written into room made once, are what the reading by `prefix` and
/// `filter` gave: the cues before the first open question, without the vague attributions.
@Suite struct HedgeStackingCuesTests {
    @Test func stackingCuesAreThoseBeforeTheFirstQuestionWithoutAttributions() {
        var random = SplitMix(seed: 53)
        let kinds = HedgeCue.Kind.allCases
        var kept = 0
        for _ in 0..<2_000 {
            let cues = (0..<random.next(8)).map { index in
                HedgeCue(
                    kind: kinds[random.next(kinds.count)], phrase: "cue \(index)", entry: "entry \(index)",
                    range: (4 * index)..<(4 * index + 3))
            }
            let clause = HedgeClause(range: 0..<40, cues: cues)
            let plain = cues.prefix { $0.kind != .openQuestion }.filter { $0.kind != .attribution }
            #expect(clause.stackingCues == plain)
            kept += plain.count
        }
        #expect(kept > 2_000)
    }
}
