import TestSupport
import Testing

@testable import CopydeskCore

/// The prefiltered attribution reading (a word `openings` let through taken as a starter unless
/// it is "according", the verb looked for once) finds what the plain reading, every word read
/// in full, finds: over generated sentences of sources, quantifiers, verbs, auxiliaries,
/// blockers, openers, "according to", "that" and punctuation, in capitals and not, with
/// lexicons where "according" is a source or a quantifier and where a source is a prefix.
@Suite struct HedgeAttributionStarterTests {
    static let vocabulary = [
        "some", "many", "several", "others", "most", "few", "one", "certain", "studies", "study", "research",
        "experts", "people", "Scientists", "trials", "suggest", "suggests", "believe", "say", "says", "claim",
        "feel", "felt", "argue", "think", "have", "has", "long", "also", "often", "widely", "the", "these", "our",
        "of", "from", "a", "number", "handful", "and", "but", "while", "although", "that", "which", "according",
        "According", "to", "to", "at", "Harvard", "recent", "animal", "coffee", "helps", "it", "is", "safe",
        "accord", "accordingly", "ACCORDING", "accordings", "some-studies", "café", "don’t",
    ]
    static let punctuation = ["", "", "", "", ",", ";", ".", ":", " —", " (", ")"]

    static var lexicons: [HedgeLexicon] {
        var prefixSource = HedgeLexicon.builtIn
        prefixSource.attributionSources.append("scien*")
        var accordingSource = HedgeLexicon.builtIn
        accordingSource.attributionSources.append("according")
        var accordingQuantifier = HedgeLexicon.builtIn
        accordingQuantifier.attributionQuantifiers.append("according")
        var accordingVerb = HedgeLexicon.builtIn
        accordingVerb.attributionVerbs.append("according")
        return [.builtIn, prefixSource, accordingSource, accordingQuantifier, accordingVerb]
    }

    static func sentences(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let words = random.next(16)
            var sentence = ""
            for index in 0..<words {
                if index > 0 { sentence += " " }
                sentence += vocabulary[random.next(vocabulary.count)]
                if random.next(4) == 0 { sentence += punctuation[random.next(punctuation.count)] }
            }
            return sentence
        }
    }

    @Test(arguments: 0..<5)
    func startersFindThePlainMatches(_ lexicon: Int) {
        let lexicon = Self.lexicons[lexicon]
        let fast = HedgeAttributions(lexicon)
        let plain = HedgeAttributions(lexicon, prefilter: false)
        var found = 0
        var differing: [String] = []
        for sentence in Self.sentences(count: 6_000, seed: 24) {
            let text = HedgeText(sentence)
            let expected = plain.matches(in: text)
            if fast.matches(in: text) != expected { differing.append(sentence) }
            found += expected.count
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(found >= 300)
    }
}
