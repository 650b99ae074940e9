import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// What the medical-claim checks read once per sentence and share: conditions and cure claims.
@Suite struct ClaimSharingTests {
    private func article(_ text: String) throws -> Article {
        try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
    }

    private func matches(_ check: any Check.Type, _ policy: Policy, _ article: Article) -> [String] {
        check.init(policy: policy).findings(in: article).map(\.match)
    }

    @Test func aSentenceKeepsItsConditionsAndCureClaimsForTheNextCheck() throws {
        let article = try article("Turmeric cures acne, eczema and psoriasis. It is popular.")
        let policy = Policy()
        let sentences = ClaimReader(policy: policy).sentences(in: article)
        #expect(sentences.map { $0.shared.conditions == nil } == [true, true])
        // The comma ends the claim's clause for the cure-claim check; the cure-all check reads the list.
        #expect(matches(CureClaimCheck.self, policy, article) == ["cures acne"])
        #expect(sentences[0].shared.conditions == [2..<3, 3..<4, 5..<6])
        #expect(sentences[0].shared.cureClaims?.map(\.verb) == [1..<2])
        #expect(sentences[1].shared.conditions == nil)
        // The cure-all check reads the claim the cure-claim check found, with the same result as on its own.
        #expect(matches(CureAllCheck.self, policy, article) == ["cures acne, eczema and psoriasis"])
        let fresh = try self.article("Turmeric cures acne, eczema and psoriasis. It is popular.")
        #expect(matches(CureAllCheck.self, policy, fresh) == ["cures acne, eczema and psoriasis"])
    }

    @Test func aPolicyWithOtherMedicalLexiconsReadsTheSentencesAgain() throws {
        let article = try article("Zinc cures wobblefoot.")
        var edited = Policy()
        edited.checks.medicalClaims.common.add["conditions"] = ["wobblefoot"]
        #expect(matches(CureClaimCheck.self, Policy(), article) == [])
        #expect(matches(CureClaimCheck.self, edited, article) == ["cures wobblefoot"])
        #expect(matches(CureClaimCheck.self, Policy(), article) == [])
        let plain = ClaimReader(policy: Policy()).sentences(in: article)
        let other = ClaimReader(policy: edited).sentences(in: article)
        #expect(!plain[0].isSame(as: other[0]))
        // Read through each policy's own `Conditions`, not the memo's state: tests running at the
        // same time can push this article out of the reader's memo between the calls above.
        #expect(Conditions(policy: Policy()).ranges(in: plain[0]) == [])
        #expect(Conditions(policy: edited).ranges(in: other[0]) == [2..<3])
    }

    @Test func listedConditionsCountAPossessiveOnce() throws {
        let policy = Policy()
        #expect(matches(CureAllCheck.self, policy, try article("Tea cures Alzheimer's, Alzheimer and acne.")) == [])
        #expect(
            matches(CureAllCheck.self, policy, try article("Tea cures Alzheimer's, dementia and acne."))
                == ["cures Alzheimer's, dementia and acne"])
    }

    @Test func theUsualReaderSharesItsClaimsAndOthersDoNot() throws {
        let article = try article("Honey may ease arthritis and cures eczema.")
        let policy = Policy()
        let sentence = ClaimReader(policy: policy).sentences(in: article)[0]
        let hedged = CureClaims(
            policy: policy, verbs: MedicalLexicon.cureVerbs + MedicalLexicon.reliefVerbs, includeHedged: true)
        #expect(hedged.claims(in: sentence).map(\.verb) == [2..<3, 5..<6])
        #expect(sentence.shared.cureClaims == nil)
        #expect(CureClaims(policy: policy).claims(in: sentence).map(\.verb) == [5..<6])
        #expect(sentence.shared.cureClaims?.map(\.verb) == [5..<6])
        #expect(hedged.claims(in: sentence).map(\.verb) == [2..<3, 5..<6])
    }
}

@Suite struct LazyNegationTests {
    @Test func negationIsReadWhenACheckFirstAsks() throws {
        let text = "The tea is not a cure for colds, but it tastes good."
        let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
        let sentence = ClaimReader(policy: Policy()).sentences(in: article)[0]
        #expect(sentence.shared.negation == nil)
        #expect(sentence.words == NegationScope(text: text).words)
        #expect(sentence.isNegated(5..<6))
        #expect(sentence.shared.negation != nil)
        #expect(sentence.clauses == NegationScope(text: text).clauses)
        #expect(sentence.clauses == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    }
}
