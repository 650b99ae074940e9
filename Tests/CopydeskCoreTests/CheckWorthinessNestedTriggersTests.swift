import TestSupport
import Testing

@testable import CopydeskCore

/// `CheckWorthiness.dropNested` keeps, in place, the triggers the plain reading keeps: each
/// trigger appended to a new list unless it sits inside the last one appended. Over generated
/// lists, sorted as `triggers` sorts them and in any order, with nested, overlapping, equal and
/// empty ranges.
@Suite struct CheckWorthinessNestedTriggersTests {
    /// The reading `dropNested` replaced.
    static func plainDropNested(_ found: [CheckWorthiness.Trigger]) -> [CheckWorthiness.Trigger] {
        var kept: [CheckWorthiness.Trigger] = []
        for trigger in found {
            if let last = kept.last, last.range.contains(trigger.range.lowerBound),
                trigger.range.upperBound <= last.range.upperBound
            {
                continue
            }
            kept.append(trigger)
        }
        return kept
    }

    static let kinds: [Claim.Kind] = [.research, .efficacy, .safety, .causal, .statistic, .other]

    static func triggers(_ random: inout SplitMix) -> [CheckWorthiness.Trigger] {
        (0..<random.next(9)).map { index in
            let start = random.next(30)
            let range = start..<(start + random.next(12))
            return CheckWorthiness.Trigger(
                kind: kinds[random.next(kinds.count)], range: range, cue: "cue \(index) \(range)",
                isVagueAttribution: random.next(4) == 0)
        }
    }

    @Test(arguments: 0..<4)
    func keepsWhatThePlainReadingKeeps(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        var dropped = 0
        for round in 0..<5000 {
            var found = Self.triggers(&random)
            if round % 2 == 0 {
                found.sort {
                    ($0.range.lowerBound, -$0.range.count, CheckWorthiness.rank($0))
                        < ($1.range.lowerBound, -$1.range.count, CheckWorthiness.rank($1))
                }
            }
            let plain = Self.plainDropNested(found)
            var fast = found
            CheckWorthiness.dropNested(&fast)
            #expect(fast == plain, "\(found)")
            dropped += found.count - plain.count
        }
        // Many triggers are dropped, so the kept ones move.
        #expect(dropped > 1000)
    }
}
