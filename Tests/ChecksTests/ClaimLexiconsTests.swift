import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// The medical-claim lexicons, matched in one pass per sentence, give each list what its own
/// `PhraseMatcher` gives it, and the pass is made once per sentence for every check.
@Suite struct ClaimLexiconsTests {
    private func sentences(_ text: String, _ policy: Policy) throws -> ClaimSentences {
        let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
        return ClaimReader(policy: policy).sentences(in: article)
    }

    static let text = """
        # Miracle cure: no side effects, 100% safe and guaranteed to work

        In mice, the breakthrough therapy reversed diabetes overnight; an observational study linked it \
        to fewer heart attacks. Talk to your doctor before you stop taking insulin instead of this \
        panacea for all diseases. It cures cancer, acne and type 2 diabetes in a randomized trial. \
        Les études sur le café montrent qu’il guérit l’eczéma — it is 100 percent effective, with zero \
        risk factors.
        """

    @Test func everyListMatchesAsItsOwnMatcherDoes() throws {
        var edited = Policy()
        edited.checks.medicalClaims.common.add["miracle"] = ["caf\u{E9}", "cafe\u{301} montrent", "100% safe"]
        edited.checks.medicalClaims.common.add["conditions"] = ["l'ecze\u{301}ma", "heart"]
        for policy in [Policy(), edited] {
            let lexicons = ClaimLexicons(policy: policy)
            let total = expectListsMatchAlone(lexicons, in: try sentences(Self.text, policy))
            #expect(total >= 20)
        }
    }

    @Test func theListsAreThePolicysLexicons() {
        var policy = Policy()
        policy.checks.medicalClaims.common.add["quick-fix"] = ["in a jiffy"]
        policy.checks.medicalClaims.common.remove["quick-fix"] = ["quick fix"]
        let lexicons = ClaimLexicons(policy: policy)
        let quickFix = lexicons.phrases[ClaimLexicons.List.quickFix.rawValue]
        #expect(quickFix == MedicalLexicon.quickFix.filter { $0 != "quick fix" } + ["in a jiffy"])
        #expect(
            lexicons.phrases[ClaimLexicons.List.causal.rawValue] == MedicalLexicon.causalVerbs + ["cures", "cure"])
        #expect(
            lexicons.exceptions[ClaimLexicons.List.miracle.rawValue] == MedicalLexicon.miracleExceptions)
        #expect(lexicons.exceptions[ClaimLexicons.List.conditions.rawValue] == [])
    }

    @Test func aSentenceIsMatchedOnceForEveryCheckOfAPolicy() throws {
        let policy = Policy()
        let sentence = try sentences("Zinc is a miracle cure with no side effects.", policy)[0]
        // The policy's lexicons are matched when the sentence is read, not again for a check.
        let miracle = ClaimPhrases(policy: policy, .miracle)
        #expect(miracle.matches(in: sentence).map(\.tokenRange) == [3..<4])
        #expect(sentence.shared.phrases == nil)
        let claimLexicons = ClaimLexicons(policy: policy)
        let lexicons = claimLexicons.lexicons
        let found = sentence.found(lexicons)
        #expect(found.lexicons.isSame(as: lexicons))
        // The lists follow the check-worthiness detector's in the policy's index of every
        // reader's lists ("miracle cure" is efficacy wording, matched in the same pass).
        let base = claimLexicons.listBase
        #expect(base == CheckWorthiness.listCount)
        // "cure" is a causal verb, a guarantee context and a cure form as well, and "side" and
        // "effects" are guarantee contexts.
        #expect(
            found.found.filter { lexicons.list(of: $0) >= base }.map {
                "\(ClaimLexicons.List(rawValue: lexicons.list(of: $0) - base)!)@\($0.tokenRange)"
            } == [
                "miracle@3..<4", "guaranteeContexts@4..<5", "causal@4..<5", "cureForms@4..<5",
                "absoluteSafety@6..<9", "guaranteeContexts@7..<8", "guaranteeContexts@8..<9",
            ])
        #expect(
            ClaimLexicons.List.allCases.filter { found.mayHold(base + $0.rawValue) } == [
                .absoluteSafety, .guaranteeContexts, .miracle, .causal, .cureForms,
            ])
        let safety = ClaimPhrases(policy: policy, .absoluteSafety)
        #expect(safety.matches(in: sentence).map(\.tokenRange) == [6..<9])
        #expect(sentence.shared.phrases == nil)
        #expect(sentence.found(lexicons).found == found.found)
        // Another policy's lexicons are matched again.
        var edited = Policy()
        edited.checks.medicalClaims.common.add["miracle"] = ["zinc"]
        let zinc = ClaimPhrases(policy: edited, .miracle)
        #expect(zinc.matches(in: sentence).map(\.tokenRange) == [0..<1, 3..<4])
        #expect(sentence.shared.phrases?.lexicons.isSame(as: ClaimLexicons(policy: edited).lexicons) == true)
    }

    /// The medical-claim lists are lists of the policy's index of every reader's lists, whatever
    /// checks the policy runs: the matches the reader keeps are those of the article's pass over
    /// each sentence, and each list matches as its own matcher does.
    @Test func theReaderKeepsTheMatchesOfThePolicysIndex() throws {
        var noCitations = Policy()
        noCitations.checks.citations.common.rules["unsupported-claim"] = .off
        noCitations.checks.citations.common.rules["vague-attribution"] = .off
        let lexicons = ClaimLexicons(policy: noCitations)
        // The same lexicon edits, the same index, whichever checks run.
        #expect(lexicons.lexicons.isSame(as: ClaimLexicons(policy: Policy()).lexicons))
        #expect(lexicons.lexicons.isSame(as: SentencePhrases.of(Policy()).lexicons))
        #expect(lexicons.listBase == CheckWorthiness.listCount)
        let article = try ArticleLoader().load(path: "shared.md", bytes: Array(Self.text.utf8), format: .markdown)
        let found = SentencePhrases.of(noCitations).found(in: article)
        let texts = SentenceText.all(in: article)
        #expect(found.count == texts.count)
        // Every reader takes its matches from the article's pass, and finds what it finds with
        // an index of its own lists.
        let hedges = HedgeDetector(policy: noCitations, includeQuotes: true).sentenceCues(in: article)
        let ownHedges = HedgeDetector(
            lexicon: .builtIn(editedBy: noCitations.checks.hedging.common), includeQuotes: true)
        let verdicts = CheckWorthiness(policy: noCitations).verdicts(in: article)
        let alone = CheckWorthiness(lexicons: .init(settings: noCitations.checks.citations.common))
        for (index, text) in texts.enumerated() {
            #expect(Array(found.medical(index)) == Array(lexicons.found(keys: text.keys)))
            #expect(hedges[index] == ownHedges.cues(in: text))
            let sentence = String(decoding: text.bytes, as: UTF8.self)
            #expect(verdicts[index].assessment == alone.assess(sentence))
            #expect(verdicts[index].exclusion == alone.exclusion(of: sentence))
        }
        let total = expectListsMatchAlone(lexicons, in: ClaimReader(policy: noCitations).sentences(in: article))
        #expect(total >= 20)
    }

    /// Expects each list's matches in each sentence to be those of a matcher of that list alone;
    /// returns how many matches there were in all.
    private func expectListsMatchAlone(_ lexicons: ClaimLexicons, in sentences: ClaimSentences) -> Int {
        var total = 0
        for sentence in sentences {
            for list in ClaimLexicons.List.allCases {
                let own = PhraseMatcher(lexicons.phrases[list.rawValue] + lexicons.exceptions[list.rawValue])
                let expected = own.matches(words: Array(sentence.words), tokens: Array(sentence.tokens))
                #expect(lexicons.matches(list, in: sentence) == expected, "\(list) in \(sentence.text)")
                total += expected.count
            }
        }
        return total
    }
}
