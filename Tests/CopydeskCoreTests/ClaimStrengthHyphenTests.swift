import Testing

@testable import CopydeskCore

/// The claim-strength scan reads hyphens in the sentence's bytes.
@Suite struct ClaimStrengthHyphenTests {
    func hyphens(_ sentence: String) -> [Bool]? {
        ClaimStrengthClassifier.hyphens(Words.tokens(in: sentence), Array(sentence.utf8))
    }

    @Test func hyphenatedTokens() {
        #expect(hyphens("A cost-effective drug - not a cure-all.") == [false, true, false, false, false, true])
        #expect(hyphens("No hyphen here.") == nil)
        #expect(hyphens("") == nil)
        #expect(hyphens("Only - a dash") == [false, false, false])
    }

    @Test func hyphenatedHeadsStillCue() {
        let classifier = ClaimStrengthClassifier()
        #expect(classifier.strength(of: "The scheme was cost-effective for adults.") == .causal)
        #expect(classifier.strength(of: "The scheme was effective for adults.") == .causal)
        #expect(classifier.strength(of: "The scheme was low-cost.") == Claim.Strength.none)
    }
}

/// Multi-word cues are found by their first word's number, in lexicon order.
@Suite struct ClaimStrengthPhraseTests {
    @Test(
        arguments: [
            ("Smoking is a risk factor for stroke.", Claim.Strength.correlational, 13..<24),
            ("Obesity was related to diabetes.", .correlational, 8..<19),
            ("Smokers were more likely to die.", .correlational, 13..<24),
            ("Smokers were in relation to others.", .correlational, 13..<27),
        ])
    func phraseCues(_ sentence: String, strength: Claim.Strength, cue: Range<Int>) {
        let analysis = ClaimStrengthClassifier().analyze(sentence)
        #expect(analysis.strength == strength)
        #expect(analysis.cue == cue)
    }
}

/// The head of a hyphenated word, read on its bytes, is what splitting its characters on "-" gives.
@Suite struct ClaimStrengthHeadTests {
    /// The plain answer: the last non-empty part between hyphens, or the word when there is none.
    func plainHead(_ word: String) -> String {
        guard let last = word.split(separator: "-").last else { return word }
        return String(last)
    }

    @Test(arguments: [
        "cost-effective", "well-being-related", "cost-", "-based", "a--b", "-", "---", "x-y-", "no", "",
        "self-reported", "é-effective", "cost-\u{301}effective", "n-3",
    ])
    func headMatchesTheCharacterSplit(_ word: String) {
        #expect(ClaimStrengthScan.head(of: word) == plainHead(word))
    }

    @Test func asciiHeads() {
        #expect(ClaimStrengthScan.asciiHead(of: "cost-effective") == "effective")
        #expect(ClaimStrengthScan.asciiHead(of: "x-y--") == "y")
        #expect(ClaimStrengthScan.asciiHead(of: "--") == "--")
        #expect(ClaimStrengthScan.asciiHead(of: "é-b") == nil)
    }
}
