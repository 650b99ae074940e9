import TestSupport
import Testing

@testable import CopydeskCore

/// `ClauseGaps.inPlace` reads a token's gap through the views' base pointers: over generated
/// sentences (commas, semicolons, colons, brackets, en and em dashes, other three-byte marks
/// opening with 0xE2, hyphens, punctuation inside tokens, runs of spaces, a dash's bytes cut by
/// the sentence's end), it answers as the subscript at every token.
@Suite struct ClauseGapsInPlaceTests {
    static let pieces = [
        "not", "may", "reduces", "risk", "1,000", "3:1", "(", ")", ",", ";", ":", "—", "–", "-", "…", "“", "”", "’",
        "a,b", "x", "well-known", "  ", "naïve", "e.g.", "(risk)", "risk,", "—risk", "\u{E2}",
    ]

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
                #expect(clauseGaps.inPlace(index) == clauseGaps[index], "\(sentence) \(index)")
                if clauseGaps[index] { gaps += 1 }
            }
        }
        #expect(gaps > 3_000)
    }
}
