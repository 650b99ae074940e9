import TestSupport
import Testing

@testable import CopydeskCore

/// `ClauseGaps.inPlace` reads a token's gap through the views' base pointers: over generated
/// sentences (commas, semicolons, colons, brackets, en and em dashes, other three-byte marks
/// opening with 0xE2, hyphens, punctuation inside tokens, runs of spaces, a dash's bytes cut by
/// the sentence's end), it and the subscript over it answer as the plain reading of the views at
/// every token.
@Suite struct ClauseGapsInPlaceTests {
    static let pieces = [
        "not", "may", "reduces", "risk", "1,000", "3:1", "(", ")", ",", ";", ":", "—", "–", "-", "…", "“", "”", "’",
        "a,b", "x", "well-known", "  ", "naïve", "e.g.", "(risk)", "risk,", "—risk", "\u{E2}",
    ]

    /// The gap read token by token and byte by byte through the views (the subscript's reading
    /// before it read in place).
    static func plainGap(_ gaps: ClauseGaps, _ index: Int) -> Bool {
        let lower = index == 0 ? 0 : gaps.tokens[index - 1].range.upperBound
        let upper = gaps.tokens[index].range.lowerBound
        for cursor in lower..<max(lower, upper) {
            switch gaps.text[cursor] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                return true
            case 0xE2 where ClaimStrengthClassifier.isDash(gaps.text, at: cursor): return true
            default: continue
            }
        }
        return false
    }

    @Test(arguments: 0..<3)
    func answersAsTheSubscript(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &+ 2_627)
        var gaps = 0
        for _ in 0..<3_000 {
            let words = (0..<(1 + random.next(14))).map { _ in Self.pieces[random.next(Self.pieces.count)] }
            let sentence = words.joined(separator: random.next(4) == 0 ? "" : " ")
            let read = SentenceText(sentence)
            let clauseGaps = ClauseGaps(tokens: read.tokens, text: read.bytes)
            for index in read.tokens.indices {
                let plain = Self.plainGap(clauseGaps, index)
                #expect(clauseGaps.inPlace(index) == plain, "\(sentence) \(index)")
                #expect(clauseGaps[index] == plain, "\(sentence) \(index)")
                if plain { gaps += 1 }
            }
        }
        #expect(gaps > 3_000)
    }
}
