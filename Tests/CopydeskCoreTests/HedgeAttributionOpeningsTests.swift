import TestSupport
import Testing

@testable import CopydeskCore

/// Attributions tried only at the openings a phrase index found (`SentencePhrases.Matches.openings`,
/// `HedgeAttributions.matches(in:openings:)`) are those the plain reading finds, every word read
/// in full; and the hedge detector's cues of an article's sentences, read so, are those it finds
/// in each sentence's text. Over the generated sentences of `HedgeAttributionStarterTests`.
@Suite struct HedgeAttributionOpeningsTests {
    /// One sentence a block (`CheckWorthinessNoClaimFastPathTests.article`).
    static func article(_ texts: [String]) -> Article { CheckWorthinessNoClaimFastPathTests.article(texts) }

    /// An index listing a lexicon's opening words finds exactly the tokens the attributions'
    /// `openings` hold, and the matches tried there are the plain ones; a lexicon with a prefix
    /// source has no opening words, and its index no list of them.
    @Test(arguments: 0..<5)
    func theOpeningsAnIndexFindsGiveThePlainMatches(_ lexicon: Int) {
        let lexicon = HedgeAttributionStarterTests.lexicons[lexicon]
        let attributions = HedgeAttributions(lexicon)
        let plain = HedgeAttributions(lexicon, prefilter: false)
        let index = SentencePhrases(
            worthiness: [], medical: ([], []), hedges: HedgeDetector.phrases(of: lexicon),
            openings: attributions.openingWords)
        guard let words = attributions.openingWords else {
            #expect(lexicon.attributionSources.contains { $0.hasSuffix("*") })
            #expect(index.openingWords == nil)
            return
        }
        #expect(index.openingWords == words)
        let openingSet = WordSet(words)
        let sentences = HedgeAttributionStarterTests.sentences(count: 4_000, seed: 77)
        let found = index.found(in: Self.article(sentences))
        var matched = 0
        for (number, sentence) in sentences.enumerated() {
            let text = HedgeText(SentenceText(sentence))
            let openings = found.openings(number)
            #expect(Array(openings) == Array(index.found(keys: text.keys).openings(0)), "\(sentence)")
            let held = (0..<text.count).filter { openingSet.contains(in: text.keys, at: $0) }
            #expect(openings.map(\.tokenRange) == held.map { $0..<($0 + 1) }, "\(sentence)")
            let expected = plain.matches(in: text)
            #expect(attributions.matches(in: text, openings: openings) == expected, "\(sentence)")
            matched += expected.count
        }
        #expect(matched >= 200)
    }

    /// A policy's detector lists its openings in the policy's index, and its cues of an
    /// article's sentences (`sentenceCues(in:)`) are those of each sentence read alone.
    @Test(arguments: 0..<2)
    func aPolicysDetectorFindsEachSentencesCues(policyIndex: Int) {
        let policy = SentencePhrasesTests.policies[policyIndex]
        let detector = HedgeDetector(policy: policy, includeQuotes: true)
        #expect(detector.indexesOpenings)
        var sentences = HedgeAttributionStarterTests.sentences(count: 3_000, seed: UInt64(90 + policyIndex))
        sentences += SentencePhrasesTests.sentences(SentencePhrasesTests.lists(policy), count: 300, seed: 5)
        let article = Self.article(sentences)
        let cues = detector.sentenceCues(in: article)
        let found = detector.phrases.found(in: article)
        var attributed = 0
        for (number, sentence) in sentences.enumerated() {
            let text = HedgeText(SentenceText(sentence))
            let expected = detector.cues(in: text, includingQuotes: true)
            #expect(cues[number] == expected, "\(sentence)")
            // A sentence told to hold neither a hedge match nor an opening has no cue.
            let holds = !found.hedges(number).isEmpty || !found.openings(number).isEmpty
            #expect(found.holdsHedgesOrOpenings(number) == holds)
            if !found.holdsHedgesOrOpenings(number) { #expect(expected.isEmpty, "\(sentence)") }
            #expect(
                detector.cues(
                    in: text, includingQuotes: true, found: found.hedges(number), openings: found.openings(number))
                    == expected, "\(sentence)")
            if expected.contains(where: { $0.kind == .attribution }) { attributed += 1 }
        }
        #expect(attributed >= 200)
    }
}
