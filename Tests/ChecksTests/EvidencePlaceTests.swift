import ArticleLoading
import TestSupport
import Testing

@testable import CopydeskCore

/// Whether a sentence has evidence, asked with its place read in the article's sentences
/// (`EvidenceFinder.SentencePlace`), is what the list of the sentence handed over whole says.
@Suite struct EvidencePlaceTests {
    /// A Markdown article of sentences with and without markers, links, named sources,
    /// identifiers and author-year citations, some in one block, some across blocks, and with
    /// text before the sentences that is not ASCII (the places are byte offsets).
    static func article(seed: UInt64) -> String {
        var random = SplitMix(seed: seed)
        let sentences = [
            "Fasting cures diabetes", "It also reverses ageing", "The CDC reports 1 in 4 adults",
            "According to the World Health Organization, salt raises blood pressure", "Naïve café owners agree",
            "Studies show it works (Smith et al., 2020)", "See https://example.org/trial for more",
            "Omega-3 lowers triglycerides, doi: 10.1000/xyz123", "Vitamin D prevents colds [2, 3]",
            "The trial¹ found fewer infections", "Coffee may protect the liver", "Dr. Smith said so",
            "Researchers at Harvard found benefits", "PMID 12345678 says so", "Nothing here is cited",
            "[the guide](https://example.org/guide) says so", "Sleep matters [^a]", "The review also found more",
        ]
        let ends = [".", ".[^a]", ".[1]", "!", "?", ". [^b]", ".²", ""]
        var text = random.next(2) == 0 ? "# Über die Studie\n\n" : ""
        for _ in 0..<(1 + random.next(5)) {
            for _ in 0..<(1 + random.next(4)) {
                text += sentences[random.next(sentences.count)] + ends[random.next(ends.count)] + " "
            }
            text += random.next(3) == 0 ? "\n\n- " : "\n\n"
        }
        text += "[^a]: Espeland D. 2022.\n[^b]: Harvard study. 2021.\n"
        return text
    }

    @Test func hasEvidenceIsTheWholeSentenceReading() throws {
        var found = 0
        var asked = 0
        for seed in 0..<400 as Range<UInt64> {
            let text = Self.article(seed: seed)
            let article = try ArticleLoader().load(path: "place.md", bytes: Array(text.utf8), format: .markdown)
            let finder = EvidenceFinder()
            var lazy = LazyEvidenceCoverage(article: article, scope: .sentence, finder: finder)
            for (index, sentence) in article.sentences.enumerated() {
                let plain = finder.evidence(for: sentence, in: article)
                #expect(lazy.hasEvidence(sentenceAt: index) == !plain.isEmpty, "seed \(seed), sentence \(index)")
                let place = article.sentences.withUnsafeBufferPointer {
                    EvidenceFinder.SentencePlace(at: index, in: $0)
                }
                #expect(place.blockIndex == sentence.blockIndex && place.textRange == sentence.textRange)
                #expect(place.length == sentence.text.utf8.count)
                found += plain.isEmpty ? 0 : 1
                asked += 1
            }
        }
        // Both answers come up often.
        #expect(found > asked / 5 && found < asked * 4 / 5)
    }
}
