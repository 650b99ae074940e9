import Testing

@testable import CopydeskCore

/// The classifier turns away a sentence whose known roles hold no cue start and whose tokens
/// hold no hyphen before making its scan: over many generated sentences (cue words, hyphenated
/// words, dashes between spaces, questions), it answers as the reading that looks the roles up.
@Suite struct ClaimStrengthEarlyExitTests {
    static let pieces = [
        "coffee", "prevents", "dementia", "may", "reduce", "the", "risk", "of", "is", "linked", "to", "associated",
        "with", "sugar-sweetened", "drinks", "lead", "weight", "gain", "-", "—", "well-known", "anti-inflammatory",
        "recommend", "doctors", "causes", "higher", "than", "more", "likely", "studies", "show", "40%", "adults",
        "doesn’t", "not", "increase", "x-ray", "self", "-based", "because", ",", "(", ")", "whether", "suggests",
    ]

    static func sentences(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let words = (0..<next(12)).map { _ in pieces[next(pieces.count)] }
            return words.joined(separator: next(5) == 0 ? "" : " ") + ["", ".", "?", "!"][next(4)]
        }
    }

    @Test func answersAsTheLookup() {
        let classifier = ClaimStrengthClassifier()
        let worthiness = CheckWorthiness()
        for sentence in Self.sentences(count: 3_000, seed: 7) {
            let read = SentenceText(sentence)
            let verdict = worthiness.verdict(on: sentence)
            let wordsAreTokens = !ByteSearch.contains(0xE2, in: read.bytes)
            #expect(
                classifier.analyze(read, wordsAreTokens: wordsAreTokens, verdict: verdict)
                    == classifier.analyze(read, wordsAreTokens: wordsAreTokens), "\(sentence)")
            #expect(
                classifier.analyze(read, wordsAreTokens: false) == classifier.analyze(read, wordsAreTokens: true)
                    || !wordsAreTokens, "\(sentence)")
        }
    }

    /// `analyze(sentenceAt:of:verdicts:)`, which answers a sentence without a cue start or a
    /// hyphen before making its views, answers as the lookup over the sentence read on its own.
    @Test func inPlaceAnswersAsTheLookup() {
        let classifier = ClaimStrengthClassifier()
        let worthiness = CheckWorthiness()
        let sentences = Self.sentences(count: 3_000, seed: 11)
        let texts = sentences.map { SentenceText($0) }
        let verdicts = sentences.map { worthiness.verdict(on: $0) }
        texts.withUnsafeBufferPointer { texts in
            verdicts.withUnsafeBufferPointer { verdicts in
                for index in sentences.indices {
                    let wordsAreTokens = !ByteSearch.contains(0xE2, in: texts[index].bytes)
                    #expect(
                        classifier.analyze(sentenceAt: index, of: texts, verdicts: verdicts)
                            == classifier.analyze(texts[index], wordsAreTokens: wordsAreTokens), "\(sentences[index])")
                }
            }
        }
    }

    /// Some of the generated sentences make claims, so the test reaches past the early exit.
    @Test func someGeneratedSentencesClaim() {
        let classifier = ClaimStrengthClassifier()
        let strengths = Self.sentences(count: 3_000, seed: 7).map { classifier.analyze($0).strength }
        #expect(strengths.contains(.causal))
        #expect(strengths.contains(.correlational))
        #expect(strengths.contains(.none))
    }
}
