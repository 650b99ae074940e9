import TestSupport
import Testing

@testable import CopydeskCore

/// Vague attributions never overlap: a source right after an attribution reads back no further
/// than its end (a bare source's modifiers and a quantifier before it are looked for after it).
/// Overlapping matches made the detector split a sentence at a reversed range and trap.
@Suite struct HedgeAttributionOverlapTests {
    static let vocabulary = [
        "some", "studies", "suggest", "researchers", "believe", "many", "experts", "say", "research",
        "suggests", "according", "to", "a", "number", "of", "recent", "animal", "it", "may", "could",
        "work", "that", "feel", "others", "argue", "scientists", "think", "seems", "perhaps", ",", ";",
        ":", "—", "and", "which", "in", "the", "drug", "helps",
    ]

    @Test func aSourceRightAfterAnAttributionStartsItsOwn() {
        let attributions = HedgeAttributions(.builtIn)
        let text = HedgeText("Some studies suggest researchers believe it works.")
        #expect(attributions.matches(in: text) == [0..<3, 3..<5])
        let capitalized = HedgeText("Some Studies Suggest Researchers Believe It Works.")
        #expect(attributions.matches(in: capitalized) == [0..<3, 3..<5])
    }

    @Test func generatedSentencesHaveOrderedMatchesApart() {
        var generator = SplitMix(seed: 20)
        let attributions = [HedgeAttributions(.builtIn), HedgeAttributions(.builtIn, prefilter: false)]
        let detector = HedgeDetector(includeQuotes: true)
        var found = 0
        for _ in 0..<6_000 {
            let count = generator.next(24)
            var words: [String] = []
            for _ in 0..<count {
                let word = Self.vocabulary[generator.next(Self.vocabulary.count)]
                words.append(generator.next(3) == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
            }
            let sentence = words.joined(separator: " ") + "."
            let text = HedgeText(sentence)
            for reader in attributions {
                let matches = reader.matches(in: text)
                var end = 0
                for match in matches {
                    #expect(!match.isEmpty && match.lowerBound >= end && match.upperBound <= text.count, "\(sentence)")
                    end = match.upperBound
                }
                found += matches.count
            }
            // The detector splits the sentence at each attribution: with matches apart, it
            // finds every attribution as a cue.
            let cues = detector.cues(in: text).filter { $0.kind == .attribution }
            #expect(cues.count >= attributions[0].matches(in: text).count, "\(sentence)")
        }
        #expect(found > 1_000)
    }
}
