import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `ClaimSentence.isNegated` and `negationCue(negating:subject:)` ask the negation scope where it
/// lies in the sentence's row: the cue of the scope of the sentence's text, for every word range,
/// with and without `subject`, asked before the scope is made and after.
@Suite struct ClaimSentenceNegationTests {
    @Test func cuesAreThoseOfTheNegationScope() throws {
        var random = SplitMix(state: 211)
        let vocabulary = [
            "it", "cures", "acne", "but", "not", "and", "they", "heal", ",", ";", "(", ")", "although", "no",
            "never", "Never", "without", "does", "doesn't", "won\u{2019}t", "is", "still", "fails", "to", "a", "cure",
            "side", "effects", "caf\u{E9}", "neither", "nor", "lack", "of", "we", "not", "hardly",
        ]
        var compared = 0
        for _ in 0..<300 {
            let sentences = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...14, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
                    .joined(separator: " ") + "."
            }
            let text = sentences.joined(separator: " ")
            let article = try ArticleLoader().load(path: "n.md", bytes: Array(text.utf8), format: .markdown)
            let read = ClaimReader(policy: Policy()).sentences(in: article)
            for sentence in read {
                let plain = NegationScope(text: sentence.text)
                let count = sentence.words.count
                var ranges: [Range<Int>] = []
                for lower in 0...count {
                    for upper in lower...min(count, lower + 3) { ranges.append(lower..<upper) }
                }
                ranges.shuffle(using: &random)
                for range in ranges {
                    for subject in [false, true] {
                        let expected = plain.cue(negating: range, subject: subject)
                        #expect(sentence.negationCue(negating: range, subject: subject) == expected, "\(text) \(range)")
                        #expect(sentence.isNegated(range, subject: subject) == (expected != nil), "\(text) \(range)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 10_000)
    }
}
