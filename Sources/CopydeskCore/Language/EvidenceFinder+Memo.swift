extension EvidenceFinder {
    /// Finders already built in this process, by the policy's citation settings: the claim
    /// ledger builds one for every article, and compiling the named-source phrases costs more
    /// than reading a short article.
    static let built = ProcessMemo<GroupSettings, EvidenceFinder>()
}
