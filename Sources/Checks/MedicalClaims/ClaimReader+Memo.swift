import CopydeskCore

extension ClaimReader {
    /// The claim sentences of the last few articles read, shared by the medical-claim checks:
    /// each check reads the same article with the same lexicon settings, and reading it (word
    /// tokens, hedge cues, negation scopes for every sentence) costs more than any check.
    static let recent = ArticleMemo<Key, ClaimSentences>()
}
