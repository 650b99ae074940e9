import Foundation
import TestSupport
import Testing

@testable import CopydeskCore

/// The classifier takes a sentence's words as its tokens' texts unless the sentence holds `’`
/// (not whenever it holds a byte 0xE2: dashes, curly double quotes and ellipses begin with one
/// too): the analysis read in place is the one of the words read again from the tokens.
@Suite struct ClaimStrengthRightQuoteTests {
    static let pieces = [
        "Intermittent fasting", "—", "–", "“", "”", "‘", "’", "…", "don’t", "can’t", "it's", "causes", "caused",
        "is linked to", "may reduce", "reduces", "leads to", "increases the risk of", "diabetes", "weight loss",
        "fasting-induced", "dose-dependent", "associated with", "prevents", "is", "not", "Studies show", "what",
        "the", "Evidence", "Says", "1–2", "90%", "could", "cure", "ketosis", "café", "Naïve", "1,280", "?", ",",
    ]

    static func sentence(_ random: inout SplitMix) -> String {
        var words: [String] = []
        for _ in 0..<(1 + random.next(12)) { words.append(pieces[random.next(pieces.count)]) }
        var text = words.joined(separator: random.next(4) == 0 ? "" : " ")
        if random.next(3) > 0 { text += "." }
        return text
    }

    @Test func inPlaceAnalysisIsTheTokensReading() {
        let detector = CheckWorthiness()
        let classifier = ClaimStrengthClassifier()
        var random = SplitMix(seed: 24)
        var sentences = [
            "Intermittent Fasting — What the Evidence Says", "Fasting causes “miracle” weight loss…",
            "Fasting doesn’t cause weight loss — it reduces hunger.", "’", "—", "a’", "’b", "\u{E2}",
        ]
        for _ in 0..<6_000 { sentences.append(Self.sentence(&random)) }
        let texts = sentences.map { SentenceText($0) }
        let verdicts = texts.map { detector.verdict(on: $0) }
        var dashed = 0
        var claimed = 0
        texts.withUnsafeBufferPointer { texts in
            verdicts.withUnsafeBufferPointer { verdicts in
                for index in texts.indices {
                    let read = texts[index]
                    let holdsQuote = sentences[index].unicodeScalars.contains("\u{2019}")
                    #expect(
                        read.keys.withAllBytes(ClaimStrengthClassifier.holdsRightQuote) == holdsQuote,
                        "\(sentences[index])")
                    if !holdsQuote {
                        // The words are the tokens' texts.
                        #expect((0..<read.tokens.count).map { read.words[$0] } == read.tokens.map(\.text))
                        if read.bytes.contains(0xE2) { dashed += 1 }
                    }
                    let analysis = classifier.analyze(sentenceAt: index, of: texts, verdicts: verdicts)
                    #expect(analysis == classifier.analyze(read, wordsAreTokens: false), "\(sentences[index])")
                    claimed += analysis.strength == .none ? 0 : 1
                }
            }
        }
        #expect(dashed > 1_000)
        #expect(claimed > 1_000)
    }
}
