import CopydeskCore

/// One sentence as the ledger reads it: its claim, if it makes one, and what lies behind it.
struct LedgerEntry: Sendable {
    /// The sentence's claim when it is check-worthy or states a relationship: `provisional`,
    /// not a second copy of it (each copy retained the sentence's text, for every sentence).
    var claim: Claim? { isClaim ? provisional : nil }
    /// Whether the sentence is a claim (`claim` is not nil).
    let isClaim: Bool
    /// The claim the sentence would make: what verifiers are asked about when `claim` is nil.
    /// Its `cited` is read only for a claim: the stage reads it (and sets it) for a sentence
    /// that is no claim only when it asks about it.
    var provisional: Claim
    var analysis: ClaimStrengthClassifier.Analysis
}

/// Builds the claim ledger entry of one sentence.
///
/// A sentence is a claim when the shared `CheckWorthiness` finds it check-worthy (its kind
/// comes from there) or when it states a relationship of any strength; then its kind follows
/// the strength (causal, or other for an association).
struct ClaimLedger: Sendable {
    let classifier = ClaimStrengthClassifier()
    let worthiness: CheckWorthiness
    let hedges: HedgeDetector

    init(policy: Policy) {
        worthiness = CheckWorthiness(policy: policy)
        hedges = HedgeDetector(policy: policy)
    }

    /// The check-worthiness of every sentence of the article (shared with the citation checks).
    func verdicts(in article: Article) -> [CheckWorthiness.Verdict] {
        worthiness.verdicts(in: article)
    }

    /// - Parameter verdict: the sentence's entry in `verdicts(in:)`.
    /// Every sentence's hedge cues, quoted ones included (shared with the medical-claim checks).
    func hedgeCues(in article: Article) -> [[HedgeCue]] {
        hedges.sentenceCues(in: article)
    }

    /// - Parameters:
    ///   - index: the sentence's index in `Article.sentences`, and of its reading in `texts`
    ///     (`SentenceText.all(in:)`) and its verdict in `verdicts` (`verdicts(in:)`), each read
    ///     in place (a sentence, reading or verdict handed over was copied, sentence after sentence).
    ///   - hedgeCues: the sentence's entry in `hedgeCues(in:)`.
    ///   - cited: whether the sentence is cited, asked for only when the sentence makes a claim
    ///     (looking for evidence costs more than reading the claim).
    ///   - needsProvisional: whether the caller reads the provisional claim of a sentence that
    ///     makes none (to ask a verifier about it). When false, such a sentence has no entry.
    /// - Returns: the sentence's entry, or nil for a sentence that makes no claim when
    ///   `needsProvisional` is false (most sentences: their strength, hedges and claim are not read).
    func entry(
        sentenceAt index: Int, sentences: UnsafeBufferPointer<Sentence>, texts: UnsafeBufferPointer<SentenceText>,
        verdicts: UnsafeBufferPointer<CheckWorthiness.Verdict>, hedgeCues: [HedgeCue], isHeading: Bool,
        needsProvisional: Bool, cited: () -> Bool
    ) -> LedgerEntry? {
        let (excluded, kind) = CheckWorthiness.Verdict.summary(at: index, in: verdicts)
        // Questions, advice and sentences about the article claim nothing, whatever their verbs:
        // unless a verifier asks about its provisional claim, such a sentence is not read further.
        if excluded && !needsProvisional { return nil }
        // The classifier reads the tokens as written (`’` not folded): the folded words are
        // those texts when the sentence holds no `’` (which lowercasing never makes).
        var analysis = classifier.analyze(sentenceAt: index, of: texts, verdicts: verdicts)
        // A heading's comparison word ("The Rise of…") names a topic; a heading that states a cause still claims.
        if isHeading, analysis.comparison { analysis = .init(strength: .none) }
        var assessed = kind
        // "is linked to" claims an association: the ledger keeps `causal` for causal language.
        if assessed == .causal, analysis.strength == .correlational { assessed = .other }
        let claimKind = excluded ? nil : assessed ?? Self.kind(for: analysis.strength)
        // A sentence that makes no claim and that no verifier asks about has nothing more to read.
        if claimKind == nil && !needsProvisional { return nil }
        let isCited = claimKind != nil && cited()
        // The sentence's reading is handed over only for a cue that hedges a claim (most have none).
        let hedged =
            analysis.hedge != nil
            || (hedgeCues.contains { $0.kind.hedgesClaim } && hedges.isHedged(hedgeCues, in: texts[index]))
        let claim = Claim(
            text: sentences[index].text, kind: claimKind ?? .other, strength: analysis.strength, cited: isCited,
            hedged: hedged, range: sentences[index].range)
        return LedgerEntry(isClaim: claimKind != nil, provisional: claim, analysis: analysis)
    }

    /// Whether no byte is 0xE2, the first byte of `’` in UTF-8.
    static func hasNoE2(_ bytes: [UInt8]) -> Bool {
        !ByteSearch.contains(0xE2, in: bytes)
    }

    /// `detector.isHedged(cues, in: read)`, without reading the sentence's quotes when no cue
    /// hedges a claim (the detector keeps some of `cues`, so it finds none either), as in most sentences.
    static func isHedged(_ cues: [HedgeCue], in read: SentenceText, by detector: HedgeDetector) -> Bool {
        cues.contains { $0.kind.hedgesClaim } && detector.isHedged(cues, in: read)
    }

    /// The kind of a sentence that is not check-worthy by its words but states a relationship.
    static func kind(for strength: Claim.Strength) -> Claim.Kind? {
        switch strength {
        case .none: nil
        case .correlational: .other
        case .conditionalCausal, .causal: .causal
        }
    }
}
