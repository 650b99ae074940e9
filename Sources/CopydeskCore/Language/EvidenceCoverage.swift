/// Which of an article's sentences a citation covers, under the policy's citation scope.
///
/// `sentence` scope: a sentence is covered by its own evidence, or when it continues a covered
/// sentence through an anaphor ("The study also found…", "It is especially important…").
/// `paragraph` scope: any evidence in a block covers every sentence of the block.
public struct EvidenceCoverage: Sendable {
    public let scope: CitationSettings.Scope
    /// Each sentence's own evidence, indexed like `Article.sentences`.
    public let evidence: [[Evidence]]
    private let covered: [Bool]

    public init(article: Article, scope: CitationSettings.Scope = .sentence, finder: EvidenceFinder = EvidenceFinder()) {
        self.scope = scope
        let evidence = article.sentences.map { finder.evidence(for: $0, in: article) }
        var blockHasEvidence = Set<Int>()
        for (index, sentence) in article.sentences.enumerated() where !evidence[index].isEmpty {
            blockHasEvidence.insert(sentence.blockIndex)
        }
        var covered: [Bool] = []
        covered.reserveCapacity(article.sentences.count)
        for (index, sentence) in article.sentences.enumerated() {
            if !evidence[index].isEmpty || (scope == .paragraph && blockHasEvidence.contains(sentence.blockIndex)) {
                covered.append(true)
                continue
            }
            let continuation = EvidenceCoverage.continuation(of: sentence.text)
            guard continuation != .none, index > 0 else {
                covered.append(false)
                continue
            }
            let previous = article.sentences[index - 1]
            let sameBlock = previous.blockIndex == sentence.blockIndex
            let nextBlock = continuation == .studyReference && previous.blockIndex == sentence.blockIndex - 1
                && article.blocks[previous.blockIndex].isLintable && !article.blocks[previous.blockIndex].isHeading
            covered.append((sameBlock || nextBlock) && covered[index - 1])
        }
        self.evidence = evidence
        self.covered = covered
    }

    /// Whether the sentence at `index` of `Article.sentences` is supported.
    public func isCited(sentenceAt index: Int) -> Bool {
        index >= 0 && index < covered.count && covered[index]
    }

    enum Continuation {
        case none
        /// Opens with a pronoun: "It", "They", "These".
        case pronoun
        /// Opens by naming the source again: "The study", "The researchers".
        case studyReference
    }

    static func continuation(of sentence: String) -> Continuation {
        let scan = TextScan(sentence)
        let first = scan.word(0)
        let second = scan.word(1)
        if ["the", "this", "that", "these", "those", "such", "both", "each"].contains(first)
            && EvidenceCoverage.sourceReferences.contains(second)
        {
            return .studyReference
        }
        if ["it", "they", "this", "these", "those", "such", "both", "their", "its"].contains(first) { return .pronoun }
        return .none
    }

    static let sourceReferences: Set<String> = [
        "study", "studies", "trial", "trials", "review", "reviews", "researchers", "authors", "results", "findings",
        "data", "team", "investigators", "analysis", "survey", "report", "same", "paper", "meta-analysis",
        "participants", "scientists", "experts", "agency", "organization", "organisation", "institute", "group",
        "guidance", "guidelines", "committee", "panel", "cohort", "work", "evidence", "figures", "statistics",
    ]
}
