import Testing

@testable import CopydeskCore

/// A multi-word cue is matched on its words before its gaps are read: over generated sentences
/// of the lexicon's phrase words, split by commas, semicolons, brackets and dashes or not, every
/// phrase at every place matches as when the gaps were read first.
@Suite struct ClaimStrengthPhraseMatchTests {
    static let phrases = ClaimStrengthLexicon.causalPhrases + ClaimStrengthLexicon.associationPhrases

    @Test(arguments: 0..<6)
    func phrasesMatchAsWithTheGapsReadFirst(_ seed: Int) {
        var state = UInt64(seed) &+ 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let vocabulary = Array(Set(Self.phrases.joined())).sorted() + ["the", "It", "risk", "LINKED", "x"]
        let separators = [" ", " ", " ", " ", ", ", "; ", " (", ") ", " – ", " - "]
        var matched = 0
        var compared = 0
        for _ in 0..<300 {
            var sentence = ""
            for index in 0..<(1 + next(12)) {
                // Whole phrases now and then, so that they match.
                let words =
                    next(3) == 0
                    ? Self.phrases[next(Self.phrases.count)] : [vocabulary[next(vocabulary.count)]]
                for word in words {
                    if index > 0 || sentence != "" { sentence += separators[next(separators.count)] }
                    sentence += word
                }
            }
            let read = SentenceText(sentence + ".")
            let tokens = read.tokens
            let scan = ClaimStrengthScan(
                words: read.words, roles: ClaimStrengthScan.roles(of: read.words),
                gaps: ClauseGaps(tokens: tokens, text: read.bytes), hyphens: TokenHyphens(tokens, read.bytes))
            for index in read.words.indices {
                for phrase in Self.phrases {
                    let matches = scan.matches(phrase, at: index)
                    #expect(matches == scan.matchesGapsFirst(phrase, at: index), "\(phrase) at \(index) of \(sentence)")
                    if matches { matched += 1 }
                    compared += 1
                }
            }
        }
        #expect(matched > 100 && compared > 10_000)
    }
}

extension ClaimStrengthScan {
    /// `matches(_:at:)` with the gaps read first (the reading it replaces, for the tests).
    func matchesGapsFirst(_ phrase: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for offset in 1..<max(1, phrase.count) where gaps[index + offset] { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset] != word { return false }
        return true
    }
}
