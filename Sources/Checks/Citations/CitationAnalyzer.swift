import CopydeskCore

/// The pass the two claim checks share: every check-worthy prose sentence that no evidence
/// covers, under the policy's lexicons and citation scope.
struct CitationAnalyzer: Sendable {
    /// A check-worthy sentence without evidence: where it stands, not a copy of the sentence
    /// (its text retained for every claim, and released after).
    struct UnsupportedClaim: Sendable {
        /// The sentence's block (`Sentence.blockIndex`).
        var blockIndex: Int
        /// Where the sentence starts in its block's text (`Sentence.textRange.lowerBound`).
        var textStart: Int
        var assessment: CheckWorthiness.Assessment
    }

    let worthiness: CheckWorthiness
    let settings: CitationSettings

    init(policy: Policy) {
        settings = policy.checks.citations
        // The detector matches its lists with the policy's index of every reader's lists.
        worthiness = CheckWorthiness(policy: policy)
    }

    /// Worked out once per article and citation settings (which the detector's lexicons come
    /// from): the unsupported-claim and vague-attribution checks both ask, and the second
    /// looked up every claim sentence's coverage again and built the list again.
    func unsupportedClaims(in article: Article) -> [UnsupportedClaim] {
        Self.memo.value(for: article, key: settings) { claims(in: article) }
    }

    private static let memo = ArticleMemo<CitationSettings, [UnsupportedClaim]>()

    /// `unsupportedClaims(in:)` worked out. The verdicts and the evidence coverage come from
    /// per-article memos the claim ledger shares.
    func claims(in article: Article) -> [UnsupportedClaim] {
        let verdicts = worthiness.verdicts(in: article)
        let coverage = EvidenceCoverage.of(article, settings: settings)
        var claims: [UnsupportedClaim] = []
        // By index, each sentence and block read in place: enumerated, every sentence was copied.
        let sentences = article.sentences
        for index in sentences.indices {
            guard CitationAnalyzer.isProse(article.blocks[sentences[index].blockIndex].kind),
                let assessment = verdicts[index].assessment, !coverage.isCited(sentenceAt: index)
            else { continue }
            claims.append(
                UnsupportedClaim(
                    blockIndex: sentences[index].blockIndex, textStart: sentences[index].textRange.lowerBound,
                    assessment: assessment))
        }
        return claims
    }

    /// Paragraphs, list items and block quotes; not headings, the title, code, references or table cells.
    static func isProse(_ kind: Block.Kind) -> Bool {
        switch kind {
        case .paragraph, .listItem, .quote: true
        default: false
        }
    }

    /// The byte range in the block's text of a range in the sentence's text.
    static func blockRange(of range: Range<Int>, in sentence: Sentence) -> Range<Int> {
        blockRange(of: range, from: sentence.textRange.lowerBound)
    }

    /// The byte range in the block's text of a range in the text of a sentence that starts at
    /// `base` in it.
    static func blockRange(of range: Range<Int>, from base: Int) -> Range<Int> {
        (base + range.lowerBound)..<(base + range.upperBound)
    }
}
