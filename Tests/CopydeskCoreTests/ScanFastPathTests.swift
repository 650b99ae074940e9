import Testing

@testable import CopydeskCore

/// A number read on its bytes is the number `Double(_:)` reads from its digits.
@Suite struct NumberFastPathTests {
    /// The plain reading `asciiNumber` keeps for the words the fast path leaves to it.
    func plain(_ word: String) -> Double? {
        var digits = ""
        for scalar in word.unicodeScalars {
            switch scalar {
            case "0"..."9", ".": digits.unicodeScalars.append(scalar)
            case ",": continue
            default: return Double(digits)
            }
        }
        return Double(digits)
    }

    @Test(
        arguments: [
            "300", "1.28", "3,000", "500mg", "0.05", "1.", ".5", "40%", "2019", "007", "1,234,567.891",
            "123456789012345", "0.12345678901234", "99.99", "1.1", "2.675", "0.1", "0.3", "3.14159265358979",
        ])
    func fastPathMatchesDouble(_ word: String) {
        let fast = word.utf8.withContiguousStorageIfAvailable(TextScan.fastASCIINumber)
        #expect(fast != nil)
        #expect(fast! == plain(word))
        #expect(TextScan.asciiNumber(word) == .some(plain(word)))
    }

    /// Leading digits with a second point are no number for `Double(_:)`: the fast path says
    /// so itself, unless a byte that is not ASCII stands among them (the plain reading decides).
    @Test(arguments: ["1.2.3", "127.0.0.1", "1.1.0", "0.12.x", "1..2", "2.7.6,", "1.0.0-beta", "12345678901234567.1.2"])
    func twoPointsAreNoNumber(_ word: String) {
        let fast = word.utf8.withContiguousStorageIfAvailable(TextScan.fastASCIINumber)
        #expect(fast! == .some(nil))
        #expect(plain(word) == nil)
        #expect(TextScan.asciiNumber(word) == .some(nil))
    }

    @Test(arguments: [".", "", "1234567890123456", "0.123456789012345", "0.0000000000000001", "12½", "mg", "1.2½.3"])
    func otherWordsAreLeftToThePlainReading(_ word: String) {
        let fast = word.utf8.withContiguousStorageIfAvailable(TextScan.fastASCIINumber)
        #expect(fast! == nil)
    }

    @Test func plainReadingStillDecides() {
        #expect(TextScan.asciiNumber("1.2.3") == .some(nil))
        #expect(TextScan.asciiNumber("1234567890123456") == .some(1_234_567_890_123_456))
        #expect(TextScan.asciiNumber("12½") == nil)
        #expect(TextScan.asciiNumber("mg") == .some(nil))
    }

    @Test func everyTwoDecimalValueMatches() {
        for whole in [0, 1, 9, 10, 99, 123, 4096, 99999] {
            for hundredths in 0..<100 {
                let word = "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths)"
                let fast = word.utf8.withContiguousStorageIfAvailable(TextScan.fastASCIINumber)
                #expect(fast! == Double(word), "\(word)")
            }
        }
    }
}

/// The claim-strength scan finds the same roles by a sentence's keys as by its words.
@Suite struct ClaimStrengthKeysTests {
    @Test(
        arguments: [
            "Smoking is a risk factor for stroke.", "Coffee reduces the risk of diabetes by 20%.",
            "Further research is needed to confirm whether vitamin D improves mood.",
            "The scheme was cost-effective for adults.", "Exercise may improve sleep, a study suggests.",
            "Obesity was associated with higher mortality compared with normal weight.",
            "We should not conclude that it causes cancer.", "Ketamine’s side effects of the drug were mild.",
            "LSG reduced intake and increased satiety in 300 patients.", "",
            "Vitamin D might reduce fatigue, but it does not cure it.", "We examined whether zinc shortens colds.",
            "Zinc did not shorten colds in naïve patients.", "More studies are needed; statins lowered LDL by 30%.",
            "Larger trials are required before café owners can say coffee prevents gout.",
            "PROBABLY, aspirin LOWERS the risk of stroke.", "Exercise is recommended because it improves mood.",
            "Obesity was likely linked to diabetes.", "Salt is more likely to raise blood pressure.",
        ])
    func keysGiveTheWordsAnalysis(_ sentence: String) {
        let read = SentenceText(sentence)
        let classifier = ClaimStrengthClassifier()
        let wordsAreTokens = !read.bytes.contains(0xE2)
        let byWords = classifier.analyze(
            tokens: read.tokens, words: wordsAreTokens ? read.words : nil, text: read.bytes)
        #expect(classifier.analyze(read, wordsAreTokens: wordsAreTokens) == byWords)
        #expect(ClaimStrengthScan.roles(of: read.keys) == ClaimStrengthScan.roles(of: read.words))
    }

    /// The scan's lookups by key (hedges, negators, clause breaks, question words) find what the
    /// words' lookups find, capitals and non-ASCII words included.
    @Test func keysFindTheHedgeNegationAndQuestion() {
        let classifier = ClaimStrengthClassifier()
        func analysis(_ sentence: String) -> (
            keyed: ClaimStrengthClassifier.Analysis, plain: ClaimStrengthClassifier.Analysis
        ) {
            let read = SentenceText(sentence)
            return (
                classifier.analyze(read, wordsAreTokens: true),
                classifier.analyze(tokens: read.tokens, words: nil, text: read.bytes)
            )
        }
        let hedged = analysis("Vitamin D MIGHT prevent colds in naïve mice.")
        #expect(hedged.keyed == hedged.plain)
        #expect(hedged.keyed == .init(strength: .conditionalCausal, cue: 16..<23, hedge: 10..<15))
        let negated = analysis("Zinc did NOT prevent colds.")
        #expect(negated.keyed == negated.plain)
        #expect(negated.keyed == .init(strength: .causal, cue: 13..<20, negated: true))
        let question = analysis("We examined whether zinc prevents colds.")
        #expect(question.keyed == question.plain)
        #expect(question.keyed == .init(strength: .none))
    }
}

/// A word's stable hash taken from its key is the hash of its string.
@Suite struct WordKeysHashTests {
    @Test(
        arguments: [
            "It’s said that COLD water helps.", "Café au lait, “bread” and 3.5 mg", "K\u{212A} kelvin; A;B", "",
        ])
    func keyHashIsTheStringsHash(_ text: String) {
        let read = SentenceText(text)
        #expect(read.keys.count == read.words.count)
        for index in read.words.indices {
            #expect(read.keys.stableHash(ofWordAt: index) == FNV1a.hash(read.words[index]), "\(read.words[index])")
        }
        let given = WordKeys(read.words + ["Capital", "ok"])
        for index in given.words.indices {
            #expect(given.stableHash(ofWordAt: index) == FNV1a.hash(given.words[index]))
        }
    }
}

/// Writing a sentence's words' stable hashes at once writes their keys' hashes.
@Suite struct StableHashesWrittenTests {
    static let sentences =
        HedgeAttributionPrefilterTests.sentences + [
            "It may be that cold water could perhaps help.", "In May the trial may end.", "MAY 5th it MAY rain.",
            "He said \u{201C}this might work\u{201D} and it could.", "No study could show it.",
            "It is unclear whether it helps; arguably it does.", "Nothing here.", "possibly", "Could it?",
        ]

    @Test func stableHashesAreWrittenAsReadOneByOne() {
        for sentence in Self.sentences + ["K\u{212A} kelvin; caf\u{E9} don\u{2019}t"] {
            let keys = SentenceText(sentence).keys
            guard keys.count > 0 else { continue }
            var hashes = [UInt64](repeating: 0, count: 2 * keys.count)
            hashes.withUnsafeMutableBytes { keys.writeStableHashes(to: $0.baseAddress!, stride: 16) }
            for index in 0..<keys.count {
                #expect(hashes[2 * index] == keys.stableHash(ofWordAt: index))
                #expect(hashes[2 * index + 1] == 0)
            }
        }
    }
}

/// Ruling words out by the attribution starters first finds the same vague attributions.
@Suite struct HedgeAttributionPrefilterTests {
    static let sentences = [
        "Some studies suggest that coffee helps.", "Many believe it works, while research suggests otherwise.",
        "According to some experts, it is safe.", "Scientists say it is safe.", "Some scientists say it is safe.",
        "A number of studies have long suggested a link.", "Recent animal studies suggest benefits.",
        "Others argue, and many people feel that it helps.", "These studies suggest nothing.",
        "Researchers at Harvard believe it.", "Patients felt better.", "", "Most say so; few disagree.",
    ]

    static var withPrefixSource: HedgeLexicon {
        var lexicon = HedgeLexicon.builtIn
        lexicon.attributionSources.append("scien*")
        return lexicon
    }

    /// Named by a flag, not by the lexicon: Swift Testing prints each argument, and the built-in
    /// lexicon's description ran to some 78,000 characters a line of the test log.
    @Test(arguments: [false, true])
    func prefilterFindsTheSameMatches(withPrefixSource: Bool) {
        let lexicon = withPrefixSource ? Self.withPrefixSource : HedgeLexicon.builtIn
        let fast = HedgeAttributions(lexicon)
        let plain = HedgeAttributions(lexicon, prefilter: false)
        var found = 0
        for sentence in Self.sentences {
            let text = HedgeText(sentence)
            #expect(fast.matches(in: text) == plain.matches(in: text), "\(sentence)")
            found += plain.matches(in: text).count
        }
        #expect(found >= 9)
    }
}

/// A sentence with neither `"` nor the first byte of `“`/`”` is not read for quotes; the others are.
@Suite struct QuotedRangesTests {
    @Test func rangesBetweenQuotationMarks() {
        #expect(TextScan("No quotes here.").quotedRanges() == [])
        #expect(TextScan("It’s a dash — not a quote.").quotedRanges() == [])
        #expect(TextScan("He said \"it works\" twice.").quotedRanges() == [8..<18])
        #expect(TextScan("“Cures all,” they said, and “more").quotedRanges() == [0..<16, 32..<39])
        #expect(TextScan("Open \"quote").quotedRanges() == [5..<11])
    }
}
