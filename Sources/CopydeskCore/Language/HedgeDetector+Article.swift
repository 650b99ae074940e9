extension HedgeDetector {
    /// Every cue of every sentence of the article, quoted ones included, indexed like
    /// `Article.sentences`.
    ///
    /// Worked out once per article and lexicon: the claim ledger asks whether each sentence is
    /// hedged and the medical-claim checks where its hedges stand.
    package func sentenceCues(in article: Article) -> [[HedgeCue]] {
        Self.sentences.value(for: article, key: lexicon) {
            var quoting = self
            quoting.includeQuotes = true
            return SentenceText.all(in: article).map { quoting.cues(in: $0) }
        }
    }

    /// Whether a sentence's cues (from `sentenceCues(in:)`) hedge a claim under this detector's
    /// quote setting: what `isHedged(_:)` answers for the sentence's text.
    package func isHedged(_ cues: [HedgeCue], in text: SentenceText) -> Bool {
        self.cues(fromQuoting: cues, in: text).contains { $0.kind.hedgesClaim }
    }

    /// The cues `cues(in:)` finds in `text`, worked out from `quoting`, the cues a detector that
    /// counts quotes finds there (a sentence's entry in `sentenceCues(in:)`): the same matches,
    /// with the quoted ones dropped unless this detector counts quotes.
    package func cues(fromQuoting quoting: [HedgeCue], in text: SentenceText) -> [HedgeCue] {
        // Without cues there is nothing to drop: the quotes are not looked for (most sentences).
        includeQuotes || quoting.isEmpty ? quoting : Self.unquoted(quoting, quotes: HedgeQuotes.spans(in: text.bytes))
    }

    private static let sentences = ArticleMemo<HedgeLexicon, [[HedgeCue]]>()
}
