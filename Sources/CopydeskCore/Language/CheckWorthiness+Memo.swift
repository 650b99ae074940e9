extension LexiconIndex {
    /// Indexes of a detector's lists alone already built in this process, by the lists
    /// (`CheckWorthiness.init(lexicons:)`): indexing them costs more than reading a short article.
    static let built = ProcessMemo<[[String]], SentencePhrases>()
}
