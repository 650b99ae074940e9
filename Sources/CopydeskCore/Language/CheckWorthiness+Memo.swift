extension LexiconIndex {
    /// Indexes already built in this process, by their lists: the citation checks and the claim
    /// ledger each build a detector from the same lexicons, and indexing them costs more than
    /// reading a short article.
    static let built = ProcessMemo<[[String]], LexiconIndex>()
}

extension LexiconIndex {
    /// The index last joined with a companion's lists for the detector's lists (see
    /// `CheckWorthiness.init(lexicons:companion:)`), by the detector's lists.
    static let joined = ProcessMemo<[[String]], LexiconIndex>()
}
