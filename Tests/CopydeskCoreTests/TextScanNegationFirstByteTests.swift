import TestSupport
import Testing

@testable import CopydeskCore

/// `TextScan.isNegated(before:window:)` looks a word up in the negations and in "that" only when
/// its token opens with n, c, w or t (either case) or a byte that is not ASCII: over generated
/// sentences of negations, "that", their near misses in every case and words opening with other
/// letters, digits and non-ASCII letters, it answers as the reading that looks every word up.
@Suite struct TextScanNegationFirstByteTests {
    /// The reading `isNegated` replaced: every word looked up.
    static func plainIsNegated(_ scan: TextScan, before index: Int, window: Int = 3) -> Bool {
        var cursor = index - 1
        var limit = index - window
        while cursor >= 0 && cursor >= limit {
            if TextScan.negations.contains(in: scan.keys, at: cursor) || scan.endsWithNegatedAuxiliary(cursor) {
                return true
            }
            if scan.isWord(cursor, in: TextScan.that) { limit = cursor - 4 }
            if scan.startsClause(cursor) { break }
            cursor -= 1
        }
        return false
    }

    static let vocabulary = [
        "no", "No", "NOT", "not", "never", "Never", "cannot", "Cannot", "without", "WITHOUT", "neither", "nor",
        "nothing", "that", "That", "THAT", "doesn't", "isn’t", "won't", "note", "now", "nobody", "can", "with",
        "this", "than", "the", "it", "reduces", "causes", "risk", "Ñot", "ńo", "café", "naïve", "2019", "40%",
        "shown", "been", "has", "studies", "found", "is", "safe", "x", "—", "(not)", "\"no\"",
    ]

    @Test(arguments: 0..<4)
    func answersAsEveryWordLookedUp(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        var negated = 0
        var asked = 0
        for _ in 0..<3000 {
            var words: [String] = []
            for _ in 0..<(1 + random.next(14)) {
                words.append(Self.vocabulary[random.next(Self.vocabulary.count)])
                if random.next(8) == 0 { words[words.count - 1] += [",", ";", ":"][random.next(3)] }
            }
            let scan = TextScan(words.joined(separator: " ") + ".")
            for index in 0...scan.count {
                for window in [3, 5] {
                    let fast = scan.isNegated(before: index, window: window)
                    #expect(fast == Self.plainIsNegated(scan, before: index, window: window), "\(words) \(index)")
                    asked += 1
                    if fast { negated += 1 }
                }
            }
        }
        #expect(negated > asked / 10 && negated < asked * 9 / 10)
    }
}
