import TestSupport
import Testing

@testable import CopydeskCore

/// `ClaimStrengthScan.scope(before:)` reads whether a question opens a cue's clause, and the
/// negation and hedge before the cue, in one walk: over generated sentences (question words,
/// negators, `n't` words, hedges, "more likely", clause breaks, punctuation gaps, dashes, words
/// of neither kind), with keys and without, it answers at every word as `isInQuestion`,
/// `isNegated(before:)` and `hedge(before:)` do; `mainCueAndScope()` gives `mainCue()` with
/// its scope.
@Suite struct ClaimStrengthScopeWalkTests {
    static let pieces = [
        "not", "no", "never", "cannot", "don't", "isn’t", "may", "might", "likely", "more", "less", "most",
        "possibly", "appears", "but", "which", "however", "because", "reduces", "causes", "linked", "the", "a",
        "risk", "of", "stroke", "in", "women", "(", ")", ",", ";", ":", "—", "–", "-", "x", "well", "nothing",
        "unlikely", "perhaps", "tend", "lack", "whether", "Not", "MAY", "naïve", "if", "evaluate", "improves",
        "associated", "increased", "lower", "effect", "on",
    ]

    @Test(arguments: 0..<4)
    func answersAsTheThreeWalks(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &+ 2_600)
        var negated = 0
        var hedged = 0
        var questions = 0
        var cues = 0
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
                // The main cue's scope is what the separate walks read before it.
                if let main = scan.mainCueAndScope() {
                    let start = main.cue.start
                    #expect(!scan.isInQuestion(start), "\(sentence)")
                    let plain = ClaimStrengthScan.CueScope(
                        negated: scan.isNegated(before: start), hedge: scan.hedge(before: start))
                    #expect(main.scope == plain, "\(sentence)")
                    cues += 1
                }
                for index in read.words.indices {
                    let plainNegated = scan.isNegated(before: index)
                    let plainHedge = scan.hedge(before: index)
                    let plain =
                        scan.isInQuestion(index)
                        ? nil : ClaimStrengthScan.CueScope(negated: plainNegated, hedge: plainHedge)
                    #expect(scan.scope(before: index) == plain, "\(sentence) \(index)")
                    if plain == nil { questions += 1 }
                    if plainNegated { negated += 1 }
                    if plainHedge != nil { hedged += 1 }
                }
            }
        }
        #expect(negated > 1_000)
        #expect(hedged > 1_000)
        #expect(questions > 1_000)
        #expect(cues > 1_000)
    }
}
