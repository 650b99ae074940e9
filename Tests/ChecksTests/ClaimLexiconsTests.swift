import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// The medical-claim lexicons, matched in one pass per sentence, give each list what its own
/// `PhraseMatcher` gives it, and the pass is made once per sentence for every check.
@Suite struct ClaimLexiconsTests {
    private func sentences(_ text: String, _ policy: Policy) throws -> [ClaimSentence] {
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
            var total = 0
            for sentence in try sentences(Self.text, policy) {
                for list in ClaimLexicons.List.allCases {
                    let own = PhraseMatcher(lexicons.phrases[list.rawValue] + lexicons.exceptions[list.rawValue])
                    let expected = own.matches(words: Array(sentence.words), tokens: Array(sentence.tokens))
                    #expect(lexicons.matches(list, in: sentence) == expected, "\(list) in \(sentence.text)")
                    total += expected.count
                }
            }
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
        // The default policy runs the citation checks: the lists follow the check-worthiness
        // detector's in one index, whose matches are found too ("miracle cure" is efficacy wording).
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

    /// Under a policy that runs both, the medical-claim lists are joined with the check-worthiness
    /// detector's: the citation checks' pass over each sentence finds the matches the reader
    /// keeps, and each reader gets what its own lists find.
    @Test func theCitationChecksFindTheMatchesTheReaderKeeps() throws {
        var noCitations = Policy()
        noCitations.checks.citations.common.rules["unsupported-claim"] = .off
        noCitations.checks.citations.common.rules["vague-attribution"] = .off
        #expect(ClaimReader.sharesScan(under: Policy()))
        #expect(!ClaimReader.sharesScan(under: noCitations))
        #expect(ClaimLexicons(policy: noCitations).listBase == 0)
        let own = ClaimLexicons(policy: noCitations)
        let joined = ClaimLexicons(policy: Policy())
        #expect(joined.listBase == CheckWorthiness.listCount)
        #expect(!joined.lexicons.isSame(as: own.lexicons))
        let article = try ArticleLoader().load(path: "shared.md", bytes: Array(Self.text.utf8), format: .markdown)
        let detector = CitationAnalyzer(policy: Policy()).worthiness
        let alone = CheckWorthiness(lexicons: .init(settings: Policy().checks.citations.common))
        #expect(CheckWorthiness.sharedMatches(in: article, of: joined.lexicons) == nil)
        let verdicts = detector.verdicts(in: article)
        let shared = try #require(CheckWorthiness.sharedMatches(in: article, of: joined.lexicons))
        #expect(CheckWorthiness.sharedMatches(in: article, of: own.lexicons) == nil)
        let texts = SentenceText.all(in: article)
        #expect(shared.count == texts.count)
        for (index, text) in texts.enumerated() {
            // The matches kept are those of the reader's lists the joined index finds in the sentence.
            #expect(shared[index] == joined.found(keys: text.keys))
            // The detector's verdict is the one it gives with an index of its own lists.
            let sentence = String(decoding: text.bytes, as: UTF8.self)
            #expect(verdicts[index].assessment == alone.assess(sentence))
            #expect(verdicts[index].exclusion == alone.exclusion(of: sentence))
        }
        // Each medical list matches in the reader's sentences as its own lists do.
        let withCitations = ClaimReader(policy: Policy()).sentences(in: article)
        let withoutCitations = ClaimReader(policy: noCitations).sentences(in: article)
        #expect(withCitations.count == withoutCitations.count)
        var total = 0
        for (sentence, other) in zip(withCitations, withoutCitations) {
            for list in ClaimLexicons.List.allCases {
                let expected = own.matches(list, in: other)
                #expect(joined.matches(list, in: sentence) == expected, "\(list) in \(sentence.text)")
                total += expected.count
            }
        }
        #expect(total >= 20)
    }
}
