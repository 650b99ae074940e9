import TestSupport
import Testing

@testable import CopydeskCore

/// `ClaimStrengthScan.negationAndHedge(before:needsHedge:)` reads the negation and the hedge
/// before a cue in one walk: over generated sentences (negators, `n't` words, hedges, "more
/// likely", clause breaks, punctuation gaps, dashes, words of neither kind), with keys and
/// without, it answers as `isNegated(before:)` and `hedge(before:)` do at every word.
@Suite struct ClaimStrengthScopeWalkTests {
    static let pieces = [
        "not", "no", "never", "cannot", "don't", "isn’t", "may", "might", "likely", "more", "less", "most",
        "possibly", "appears", "but", "which", "however", "because", "reduces", "causes", "linked", "the", "a",
        "risk", "of", "stroke", "in", "women", "(", ")", ",", ";", ":", "—", "–", "-", "x", "well", "nothing",
        "unlikely", "perhaps", "tend", "lack", "whether", "Not", "MAY", "naïve",
    ]

    @Test(arguments: 0..<4)
    func answersAsTheTwoWalks(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &+ 2_600)
        var negated = 0
        var hedged = 0
        for _ in 0..<2_000 {
            let words = (0..<(1 + random.next(14))).map { _ in Self.pieces[random.next(Self.pieces.count)] }
            let sentence = words.joined(separator: random.next(6) == 0 ? "" : " ") + "."
            let read = SentenceText(sentence)
            let roles = ClaimStrengthScan.roles(of: read.words)
            for keys in [read.keys, nil] {
                let scan = ClaimStrengthScan(
                    words: read.words, keys: keys, roles: roles,
                    gaps: ClauseGaps(tokens: read.tokens, text: read.bytes),
                    hyphens: TokenHyphens(read.tokens, read.bytes))
                for index in read.words.indices {
                    let plainNegated = scan.isNegated(before: index)
                    let plainHedge = scan.hedge(before: index)
                    let both = scan.negationAndHedge(before: index, needsHedge: true)
                    #expect(both.negated == plainNegated, "\(sentence) \(index)")
                    #expect(both.hedge == plainHedge, "\(sentence) \(index)")
                    let negation = scan.negationAndHedge(before: index, needsHedge: false)
                    #expect(negation.negated == plainNegated, "\(sentence) \(index)")
                    #expect(negation.hedge == nil, "\(sentence) \(index)")
                    if plainNegated { negated += 1 }
                    if plainHedge != nil { hedged += 1 }
                }
            }
        }
        #expect(negated > 1_000)
        #expect(hedged > 1_000)
    }
}
