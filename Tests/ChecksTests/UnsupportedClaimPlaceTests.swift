import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// An unsupported claim keeps where its sentence stands (block and start in the block's text),
/// not a copy of the sentence: over generated articles, the claims are those the plain reading
/// of every prose sentence's verdict and coverage gives, each placed at its sentence.
@Suite struct UnsupportedClaimPlaceTests {
    static let sentences = [
        "Vitamin D reduces the risk of colds.", "A 2019 review of 40 trials found no benefit.",
        "Ask your doctor first.", "Does fasting work?", "Studies show that it works.",
        "Sleep loss causes weight gain in teenagers.[^1]", "The package builds on a server.",
        "It is safe for most adults.", "High blood pressure affects about 1.28 billion adults.",
        "According to the World Health Organization, 40% of adults are affected.",
    ]

    static func text(seed: UInt64) -> String {
        var random = SplitMix(seed: seed)
        let blocks = (0..<(2 + random.next(8))).map { _ in
            let sentences = (0..<(1 + random.next(4))).map { _ in Self.sentences[random.next(Self.sentences.count)] }
            let prefix = ["", "", "- ", "# ", "> "][random.next(5)]
            return prefix + sentences.joined(separator: " ")
        }
        return blocks.joined(separator: "\n\n") + "\n\n[^1]: Hemilä H. 2013.\n"
    }

    @Test func claimsAreThePlainReadingsPlacedAtTheirSentences() throws {
        let analyzer = CitationAnalyzer(policy: Policy())
        var total = 0
        for seed in 0..<120 {
            let article = try ArticleLoader().load(
                path: "claims.md", bytes: Array(Self.text(seed: UInt64(seed)).utf8), format: .markdown)
            let verdicts = analyzer.worthiness.verdicts(in: article)
            let coverage = EvidenceCoverage.of(article, settings: analyzer.settings)
            let expected = article.sentences.indices.filter { index in
                CitationAnalyzer.isProse(article.blocks[article.sentences[index].blockIndex].kind)
                    && verdicts[index].assessment != nil && !coverage.isCited(sentenceAt: index)
            }
            let claims = analyzer.unsupportedClaims(in: article)
            #expect(claims.count == expected.count)
            for (claim, index) in zip(claims, expected) {
                let sentence = article.sentences[index]
                #expect(claim.blockIndex == sentence.blockIndex)
                #expect(claim.textStart == sentence.textRange.lowerBound)
                #expect(claim.assessment == verdicts[index].assessment)
                let range = claim.assessment.primary.range
                #expect(
                    CitationAnalyzer.blockRange(of: range, from: claim.textStart)
                        == CitationAnalyzer.blockRange(of: range, in: sentence))
            }
            total += claims.count
        }
        #expect(total > 200)
    }
}

/// The unsupported claims are worked out once per article and citation settings: over generated
/// articles, each check's answer, asked again and under the other citation scope in turn, is
/// the list worked out afresh (`CitationAnalyzer.claims(in:)`) for its own settings.
@Suite struct UnsupportedClaimMemoTests {
    static func same(_ a: [CitationAnalyzer.UnsupportedClaim], _ b: [CitationAnalyzer.UnsupportedClaim]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy {
                $0.blockIndex == $1.blockIndex && $0.textStart == $1.textStart && $0.assessment == $1.assessment
            }
    }

    @Test func eachAnswerIsTheListWorkedOutForItsSettings() throws {
        var paragraph = Policy()
        paragraph.checks.citations.scope = .paragraph
        let analyzers = [CitationAnalyzer(policy: Policy()), CitationAnalyzer(policy: paragraph)]
        var differing = 0
        for seed in 0..<120 {
            let article = try ArticleLoader().load(
                path: "claims.md", bytes: Array(UnsupportedClaimPlaceTests.text(seed: UInt64(seed)).utf8),
                format: .markdown)
            let fresh = analyzers.map { $0.claims(in: article) }
            if !Self.same(fresh[0], fresh[1]) { differing += 1 }
            for round in 0..<4 {
                let which = (round + seed) % 2
                #expect(Self.same(analyzers[which].unsupportedClaims(in: article), fresh[which]))
            }
            ArticleMemos.forget(article)
        }
        // The two scopes' lists differ in many articles, so a memo that mixed them up would fail.
        #expect(differing > 20)
    }
}
