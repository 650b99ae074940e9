import CopydeskCore
import Testing

@testable import FactChecking

/// The ledger's and the reference reader's shortcuts answer as the full readings do.
struct LedgerFastPathTests {
    @Test(
        arguments: [
            "The drug may help.", "Ask your doctor whether it is right for you.", "He said “it may help” to us.",
            "It “may” help, and perhaps more.", "Coffee prevents dementia.", "",
        ])
    func hedgedAsTheDetectorTells(_ sentence: String) {
        let read = SentenceText(sentence)
        for detector in [HedgeDetector(), HedgeDetector(includeQuotes: true)] {
            let cues = HedgeDetector(includeQuotes: true).cues(in: read)
            #expect(ClaimLedger.isHedged(cues, in: read, by: detector) == detector.isHedged(cues, in: read))
            #expect(ClaimLedger.isHedged(cues, in: read, by: detector) == detector.isHedged(sentence))
        }
    }

    /// The classifier reading the words' roles from the check-worthiness verdict analyses each
    /// sentence as it does looking them up itself.
    @Test(
        arguments: [
            "Coffee prevents dementia.", "Coffee may reduce the risk of dementia.", "Smoking is linked to cancer.",
            "Further research is needed to show whether coffee prevents dementia.",
            "Exercise is associated with better sleep, so doctors recommend it.",
            "Sales were higher than expected.", "Vitamin D doesn’t prevent colds.", "A well-known anti-inflammatory.",
            "Does coffee prevent dementia?", "Studies show that 40% of adults sleep less.", "",
            "Sugar-sweetened drinks lead to weight gain in children.",
        ])
    func strengthFromTheVerdict(_ sentence: String) {
        let read = SentenceText(sentence)
        let verdict = CheckWorthiness().verdict(on: sentence)
        for wordsAreTokens in [true, ClaimLedger.hasNoE2(Array(read.bytes))] {
            let classifier = ClaimStrengthClassifier()
            #expect(
                classifier.analyze(read, wordsAreTokens: wordsAreTokens, verdict: verdict)
                    == classifier.analyze(read, wordsAreTokens: wordsAreTokens))
        }
    }

    @Test func hedgedExactly() {
        let detector = HedgeDetector()
        func isHedged(_ sentence: String) -> Bool {
            let read = SentenceText(sentence)
            return ClaimLedger.isHedged(HedgeDetector(includeQuotes: true).cues(in: read), in: read, by: detector)
        }
        #expect(isHedged("The drug may help."))
        #expect(!isHedged("Coffee prevents dementia."))
        #expect(!isHedged("He said “it may help” to us."))
    }

    @Test func asciiOffsetsInPlace() {
        func offset(_ needle: String, _ haystack: String) -> Int? {
            Array(needle.utf8).withUnsafeBufferPointer { needle in
                Array(haystack.utf8).withUnsafeBufferPointer { ReferenceLocation.asciiOffset(of: needle, in: $0) }
            }
        }
        #expect(offset("BMJ. 2019.", "Smith J. BMJ. 2019. BMJ. 2019.") == 9)
        #expect(offset("abc", "abc") == 0)
        #expect(offset("", "abc") == 0)
        #expect(offset("abcd", "abc") == 0)
        #expect(offset("x", "abc") == 0)
        #expect(offset("é", "café") == nil)
        #expect(offset("a", "café") == nil)
    }
}

/// Number mentions' shortcuts: qualifiers after their last word only, lengths on bytes.
struct NumberMentionFastPathTests {
    @Test func qualifiersBeforeANumber() {
        func qualifier(_ sentence: String) -> NumberMention.Qualifier {
            let read = SentenceText(sentence)
            return NumberMention.qualifier(before: read.tokens.count - 1, read.tokens, read.keys)
        }
        #expect(qualifier("more than 40") == .atLeast)
        #expect(qualifier("fewer than 40") == .atMost)
        #expect(qualifier("rather than 40") == .exact)
        #expect(qualifier("an estimated 40") == .approximately)
        #expect(qualifier("estimated 40") == .exact)
        #expect(qualifier("about 40") == .approximately)
        #expect(qualifier("40") == .exact)
        #expect(qualifier("the 40") == .exact)
        #expect(qualifier("upwards of 40") == .atLeast)
        #expect(qualifier("most of 40") == .exact)
        #expect(qualifier("of 40") == .exact)
        #expect(qualifier("up to 40") == .atMost)
        #expect(qualifier("at least 40") == .atLeast)
        #expect(qualifier("less than 40") == .atMost)
        #expect(qualifier("More Than 40") == .atLeast)
    }

    /// The mentions look a token up by its sentence's key, whose word folds `’` to `'`: no word
    /// list holds either apostrophe, so every answer is the token's own.
    @Test func keysAnswerAsTheTokensTexts() {
        let lists = [
            NumberMention.stopwords, NumberMention.timeAndUnits, NumberMention.irregularPlurals,
            NumberMention.decreases, NumberMention.increases,
        ]
        for list in lists {
            #expect(!list.contains { $0.contains("'") || $0.contains("’") })
        }
        let read = SentenceText(
            "Women’s RISK FELL 20% in 300 naïve people’s and 40 MEN; children's doses rose 5 percent.")
        for index in read.tokens.indices {
            for list in lists {
                #expect(list.contains(in: read.keys, at: index) == list.contains(read.tokens[index].text))
            }
        }
        let mentions = NumberMention.mentions(
            in: SentenceText("Risk FELL 20% in 300 naïve MEN’s and 40 WOMEN."), index: 0)
        #expect(mentions.map(\.text) == ["20%", "300 naïve MEN’s", "40 WOMEN"])
        #expect(mentions.first?.quantity == .change(increase: false, subject: ["risk", "naïve", "men’", "woman"]))
        #expect(mentions.last?.quantity == .count(noun: "woman"))
    }

    @Test func characterCounts() {
        #expect(NumberMention.hasMore(than: 3, characters: "dogs"))
        #expect(!NumberMention.hasMore(than: 3, characters: "dog"))
        #expect(!NumberMention.hasMore(than: 4, characters: "cafe\u{301}"))
        #expect(NumberMention.hasMore(than: 3, characters: "cafés"))
        #expect(!NumberMention.hasMore(than: 1, characters: "é"))
        #expect(!NumberMention.hasMore(than: 1, characters: "\r\n"))
        #expect(NumberMention.hasMore(than: 1, characters: "ab"))
    }
}

/// The ledger hands the classifier the sentence's folded words when they are the tokens' texts.
struct ClassifierWordsTests {
    @Test func e2Bytes() {
        #expect(ClaimLedger.hasNoE2(Array("Coffee prevents dementia.".utf8)))
        #expect(ClaimLedger.hasNoE2([]))
        #expect(!ClaimLedger.hasNoE2(Array("It doesn’t.".utf8)))
        #expect(!ClaimLedger.hasNoE2(Array("A — dash".utf8)))
    }

    @Test(
        arguments: [
            "Coffee prevents dementia.", "Coffee doesn’t prevent dementia.", "Smoking is linked to cancer — often.",
            "Does coffee prevent dementia?", "Further research is needed to show that it reduces risk.", "",
        ])
    func sameAnalysisWithTheReadWords(_ sentence: String) {
        let read = SentenceText(sentence)
        let classifier = ClaimStrengthClassifier()
        let plain = classifier.analyze(tokens: Array(read.tokens), text: Array(read.bytes))
        #expect(
            classifier.analyze(tokens: read.tokens, words: SentenceWords(read.tokens.map(\.text)), text: read.bytes)
                == plain)
        if ClaimLedger.hasNoE2(Array(read.bytes)) {
            #expect(Array(read.words) == read.tokens.map(\.text))
            #expect(classifier.analyze(tokens: read.tokens, words: read.words, text: read.bytes) == plain)
        }
    }

    @Test func exactAnalysis() {
        let read = SentenceText("Coffee prevents dementia.")
        let analysis = ClaimStrengthClassifier().analyze(tokens: read.tokens, words: read.words, text: read.bytes)
        #expect(analysis == .init(strength: .causal, cue: 7..<15))
    }
}
