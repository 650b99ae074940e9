import CopydeskCore

/// One sentence as the ledger reads it: its claim, if it makes one, and what lies behind it.
struct LedgerEntry: Sendable {
    /// The sentence's claim when it is check-worthy or states a relationship.
    var claim: Claim?
    /// The claim the sentence would make: what verifiers are asked about when `claim` is nil.
    var provisional: Claim
    var analysis: ClaimStrengthClassifier.Analysis
    /// Labels of the citation markers that support the sentence.
    var citedLabels: [String]
}

/// Builds the claim ledger entry of one sentence.
struct ClaimLedger: Sendable {
    let classifier = ClaimStrengthClassifier()
    let kinds = ClaimKinds()
    let hedges = HedgeWords()

    init(policy: Policy) {}

    func entry(for sentence: Sentence, in article: Article, evidence: ArticleEvidence) -> LedgerEntry {
        let tokens = Words.tokens(in: sentence.text)
        let analysis = classifier.analyze(tokens: tokens, text: Array(sentence.text.utf8))
        let citation = evidence.citation(for: sentence, in: article)
        let kind = kinds.kind(of: sentence.text, tokens: tokens, strength: analysis.strength)
        let claim = Claim(
            text: sentence.text, kind: kind ?? .other, strength: analysis.strength, cited: citation.cited,
            hedged: analysis.hedge != nil || hedges.isHedged(tokens), range: sentence.range)
        let isClaim = kind != nil || analysis.strength != .none
        return LedgerEntry(
            claim: isClaim ? claim : nil, provisional: claim, analysis: analysis, citedLabels: citation.labels)
    }
}
