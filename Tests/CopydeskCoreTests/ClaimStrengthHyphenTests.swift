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
