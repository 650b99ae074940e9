import TestSupport
import Testing

@testable import CopydeskCore

/// `ClaimStrengthScan.endsWithNT(at:)` reads an ASCII word's ending on its key's bytes: over
/// generated sentences (contractions in either case, curly apostrophes, words that are not
/// ASCII, short words), it answers as `endsWithNT` of the word's string, with keys and without.
@Suite struct ClaimStrengthNegationKeyTests {
    static let pieces = [
        "don't", "DON'T", "Don’t", "can’t", "isn't", "ISN'T", "wasN'T", "n't", "N'T", "'t", "nt", "t", "n'", "aren't",
        "naïven't", "ÉN'T", "won'tt", "won't.", "cause", "causes", "not", "never", "it’s", "x", "a", "the", "nâ€t",
        "(", ")", ",", "-", "reduces", "linked", "in't", "İn't", "\u{212A}n't",
    ]

    @Test(arguments: 0..<3)
    func endingsAreTheWordsEndings(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &+ 40)
        for _ in 0..<2_000 {
            let words = (0..<(1 + random.next(12))).map { _ in Self.pieces[random.next(Self.pieces.count)] }
            let sentence = words.joined(separator: random.next(5) == 0 ? "" : " ") + "."
            let read = SentenceText(sentence)
            let roles = ClaimStrengthScan.roles(of: read.words)
            for keys in [read.keys, nil] {
                let scan = ClaimStrengthScan(
                    words: read.words, keys: keys, roles: roles,
                    gaps: ClauseGaps(tokens: read.tokens, text: read.bytes),
                    hyphens: TokenHyphens(read.tokens, read.bytes))
                for index in read.words.indices {
                    #expect(
                        scan.endsWithNT(at: index) == ClaimStrengthScan.endsWithNT(read.words[index]),
                        "\(sentence) \(index)")
                }
            }
        }
    }
}
