extension CheckWorthiness {
    /// The lexicons the detector matches, one index each in a `LexiconIndex`.
    enum List: Int, CaseIterable {
        case efficacy, efficacyVerbs, causal, causalVerbs, safety, superlatives, research, vagueAttributions
        case attributionAgents, attributionVerbs, advice, articleDescriptions
    }
}

/// The detector's lists, matched in one pass over a sentence (`CheckWorthiness.List` numbers them).
typealias LexiconIndex = PhraseLexicons
