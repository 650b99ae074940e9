import TestSupport
import Testing

@testable import CopydeskCore

/// An article's sentence cues (`HedgeDetector.sentenceCues(in:)`, from the article's phrase
/// matches, written in place sentence by sentence) are those the general reading finds in each
/// sentence (its own phrase scan, every word read for attributions).
@Suite struct HedgeSentenceCuesTests {
    static let words =
        HedgeAttributionOverlapTests.vocabulary + [
            "might", "possibly", "\u{201C}", "\u{201D}", "\"", "May", "2020", "suggested", "people", "sources",
            "studies", "show", "arguably", "unclear", "whether", "potentially", "plain", "words", "here", "x",
        ]

    static func sentence(_ random: inout SplitMix) -> String {
        switch random.next(5) {
        case 0: return ["", ".", "Plain words here.", "—"][random.next(4)]
        default:
            let picked = (0..<random.next(26)).map { _ in
                let word = Self.words[random.next(Self.words.count)]
                return random.next(4) == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word
            }
            return picked.joined(separator: " ") + [".", "?", ""][random.next(3)]
        }
    }

    static var policies: [Policy] {
        var edited = Policy()
        edited.checks.hedging.common.add["modal"] = ["might well"]
        var prefixes = Policy()
        // A prefix source: every word is read in full (no prefilter).
        prefixes.checks.hedging.common.add["attribution-sources"] = ["research*"]
        return [Policy(), edited, prefixes]
    }

    @Test func sentenceCuesAreTheGeneralReadingsOfEachSentence() {
        var random = SplitMix(seed: 0xC0E5)
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        var total = 0
        for policy in Self.policies {
            let detector = HedgeDetector(policy: policy, includeQuotes: true)
            for _ in 0..<150 {
                let texts = (0..<random.next(30)).map { _ in Self.sentence(&random) }
                let sentences = texts.enumerated().map { index, text in
                    Sentence(
                        text: text, blockIndex: index, textRange: 0..<text.utf8.count,
                        range: SourceRange(start: start, end: start))
                }
                let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
                let cues = detector.sentenceCues(in: article)
                #expect(cues.count == texts.count)
                for (index, text) in texts.enumerated() {
                    let general = detector.cues(in: HedgeText(text), includingQuotes: true)
                    #expect(cues[index] == general, "\(text)")
                    total += general.count
                }
            }
        }
        #expect(total > 2_000)
    }
}
