extension LexiconIndex {
    /// Indexes already built in this process, by their lists: the citation checks and the claim
    /// ledger each build a detector from the same lexicons, and indexing them costs more than
    /// reading a short article.
    static let built = ProcessMemo<[[String]], LexiconIndex>()
}
