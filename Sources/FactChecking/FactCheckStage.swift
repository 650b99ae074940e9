import CopydeskCore

/// Stage 4: the claim ledger, the known-claims registry, and number and reference consistency.
///
/// For each sentence of the article's prose the stage decides whether it makes a claim (a
/// check-worthy sentence, or any sentence that states a relationship), records its kind,
/// strength, citation and hedge status, asks the verifiers about it, and flags causal claims
/// that rest on observational evidence. Then it compares the numbers the article states and
/// reads its reference list. Findings carry the policy's severities; rules the policy turns
/// off are left out.
public struct FactCheckStage: Sendable {
    public let policy: Policy
    /// The registry's verifier, asked first (on the sentence's words as the stage read them), then the external one.
    let registry: RegistryVerifier?
    let verifier: (any ClaimVerifier)?
    let ledger: ClaimLedger
    /// The policy's citation settings, read once rather than per article.
    let citations: CitationSettings

    /// - Parameters:
    ///   - registry: the known-claims registry named by the policy's `facts:`, loaded by the caller.
    ///   - verifier: an external verifier asked after the registry.
    public init(policy: Policy, registry: FactRegistry? = nil, verifier: (any ClaimVerifier)? = nil) {
        self.policy = policy
        self.registry = registry.flatMap { $0.claims.isEmpty ? nil : RegistryVerifier(registry: $0) }
        self.verifier = verifier
        ledger = ClaimLedger(policy: policy)
        citations = policy.checks.citations
    }

    /// Every fact-check rule with its summary and examples, by rule id.
    public static var descriptions: [CheckDescription] {
        [
            KnownClaimRule.falseClaim, KnownClaimRule.misleadingClaim, KnownClaimRule.unprovenClaim,
            OverstatedCausality.description, NumberConsistency.description, ReferenceConsistency.incomplete,
            ReferenceConsistency.malformedDOI, ReferenceConsistency.duplicateFootnote,
        ].sorted { $0.id < $1.id }
    }

    /// The article's claims in document order, and the stage's findings in report order.
    public func run(on article: Article) -> FactCheckResult {
        let evidence = ArticleEvidence(article: article, settings: citations)
        var claims: [Claim] = []
        var findings: [Finding] = []
        let verdicts = ledger.verdicts(in: article)
        let texts = SentenceText.all(in: article)
        let hedgeCues = ledger.hedgeCues(in: article)
        // Tested once: binding or comparing the optional verifier copies it, sentence after sentence.
        let asksVerifier = verifier != nil
        // By index, each sentence, its text read and its verdict borrowed in place: copying
        // them out to hand them over retained each of their arrays, for every sentence.
        texts.withUnsafeBufferPointer { texts in
            verdicts.withUnsafeBufferPointer { verdicts in
                article.sentences.withUnsafeBufferPointer { sentences in
                    article.blocks.withUnsafeBufferPointer { blocks in
                        for index in sentences.indices {
                            let block = sentences[index].blockIndex
                            guard blocks[block].isLintable else { continue }
                            check(
                                sentenceAt: index, sentences: sentences, in: article,
                                isHeading: blocks[block].isHeading,
                                texts: texts, hedgeCues: hedgeCues[index], worthiness: verdicts, evidence: evidence,
                                asksVerifier: asksVerifier, claims: &claims, findings: &findings)
                        }
                    }
                }
            }
        }
        // Moved over: `+=` copies each finding (retaining its strings and arrays).
        var numbers = NumberConsistency().findings(in: article, verdicts: verdicts)
        findings.moveAppend(&numbers)
        var references = ReferenceConsistency().findings(in: article)
        findings.moveAppend(&references)
        applyPolicy(&findings)
        return FactCheckResult(claims: claims, findings: findings)
    }

    /// The ledger entry of one sentence of a lintable block, its claim if it makes one, and
    /// what the verifiers and the overstated-causality rule find in it. The sentence, its text
    /// read and its check-worthiness verdict are read in place at `index` and handed over only where asked for:
    /// one handed over was copied first (each of its arrays retained, then released).
    private func check(
        sentenceAt index: Int, sentences: UnsafeBufferPointer<Sentence>, in article: Article, isHeading: Bool,
        texts: UnsafeBufferPointer<SentenceText>, hedgeCues: [HedgeCue],
        worthiness: UnsafeBufferPointer<CheckWorthiness.Verdict>, evidence: ArticleEvidence, asksVerifier: Bool,
        claims: inout [Claim], findings: inout [Finding]
    ) {
        // The registry is asked first: a sentence that makes no claim is read further only when
        // a verifier has something to say about it (most sentences of most articles have no entry).
        var verdicts: [Verdict] = []
        if let registry { verdicts = registry.verify(texts[index]) }
        guard
            var entry = ledger.entry(
                sentenceAt: index, sentences: sentences, texts: texts, verdicts: worthiness, hedgeCues: hedgeCues,
                isHeading: isHeading, needsProvisional: asksVerifier || !verdicts.isEmpty,
                cited: { evidence.isCited(sentenceAt: index) })
        else { return }
        // A sentence that makes no claim is looked up for evidence only when its provisional
        // claim is reported or handed to the verifier.
        if !entry.isClaim, asksVerifier || !verdicts.isEmpty {
            entry.provisional.cited = evidence.isCited(sentenceAt: index)
        }
        if asksVerifier, let verifier {
            // The claim, or the provisional one: the same value.
            verdicts += verifier.verify(entry.provisional, sentence: sentences[index].text)
        }
        let flagged = verdicts.filter { $0.verdict != .true }
        if entry.isClaim || !flagged.isEmpty {
            // Room for an article's first claims at once: growing one by one made the list
            // again at 1, 2, 4 and 8 claims.
            claims.append(entry.provisional, firstRoom: Self.claimRoom)
        }
        // Most sentences have no verdict: appending an empty array still cost a call per sentence.
        for verdict in flagged {
            findings.append(KnownClaimRule.finding(for: verdict, sentence: sentences[index], in: article))
        }
        // Most sentences state no cited causal claim: the sentence is handed over only for one.
        if OverstatedCausality.mayFind(in: entry),
            let finding = OverstatedCausality.finding(
                for: entry, sentenceAt: index, sentence: sentences[index], read: texts[index], in: article,
                evidence: evidence)
        {
            findings.append(finding)
        }
    }

    /// How many claims room is made for with an article's first.
    static let claimRoom = 16

    /// The policy's severities, with rules it turns off dropped, in report order.
    func applyPolicy(_ findings: inout [Finding]) {
        findings.applyLevels(of: policy)
        findings.sortInReportOrder()
    }
}

/// What the fact-check stage found in one article.
public struct FactCheckResult: Sendable, Hashable {
    /// The claim ledger, in document order.
    public var claims: [Claim]
    /// Findings in report order.
    public var findings: [Finding]

    public init(claims: [Claim] = [], findings: [Finding] = []) {
        self.claims = claims
        self.findings = findings
    }
}

extension CheckDescription {
    /// A finding of this rule at a byte range of a sentence.
    func finding(
        _ message: String, in article: Article, sentence: Sentence, textRange: Range<Int>, suggestions: [String] = [],
        related: [RelatedLocation] = []
    ) -> Finding {
        let utf8 = Array(sentence.text.utf8)
        let lower = max(0, min(textRange.lowerBound, utf8.count))
        let upper = max(lower, min(textRange.upperBound, utf8.count))
        return Finding(
            rule: id, category: category, severity: defaultSeverity, message: message,
            match: String(decoding: utf8[lower..<upper], as: UTF8.self),
            range: article.range(in: sentence, textRange: lower..<upper),
            section: article.blocks[sentence.blockIndex].section, suggestions: suggestions, related: related)
    }
}
