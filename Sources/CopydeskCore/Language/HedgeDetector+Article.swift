extension HedgeDetector {
    /// Every cue of every sentence of the article, quoted ones included, indexed like
    /// `Article.sentences`.
    ///
    /// Worked out once per article and lexicon: the claim ledger asks whether each sentence is
    /// hedged and the medical-claim checks where its hedges stand.
    package func sentenceCues(in article: Article) -> [[HedgeCue]] {
        Self.sentences.value(for: article, key: lexicon) {
            // Each sentence read in place, and quotes counted without a copy of the detector.
            SentenceText.all(in: article).withUnsafeBufferPointer { texts in
                texts.indices.map { cues(in: HedgeText(texts[$0]), includingQuotes: true) }
            }
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

    /// `cues(fromQuoting:in:)` for sentence `index` of `texts`, read in place: only a sentence
    /// with cues a quote could hold has its bytes looked at, and no sentence text is copied to
    /// be passed on (four retains and releases for every sentence-long block).
    package func cues(
        fromQuoting quoting: [HedgeCue], in texts: UnsafeBufferPointer<SentenceText>, at index: Int
    ) -> [HedgeCue] {
        includeQuotes || quoting.isEmpty
            ? quoting : Self.unquoted(quoting, quotes: HedgeQuotes.spans(in: texts[index].bytes))
    }

    /// The cues `cues(in: read)` finds in a block read from its sentences (`read` is
    /// `Article.read(ofBlock:pieces:texts:)`), put together from the sentences' own cues
    /// (`quoting`: their entries in `sentenceCues(in:)`) moved to the block's offsets, when no
    /// cue can run across a sentence's edge; nil when one might, and the block must be read whole.
    ///
    /// Across an edge where a sentence starts, only a lexicon entry that matches words on both
    /// sides (`HedgeCrossings`), an attribution that reads past it (`HedgeAttributions.mayReach`)
    /// or "May" told from the month by its neighbours can read both sentences; every other test
    /// stops at a clause's start. The quotes are looked for in the whole block, as when it is read whole.
    package func cues(
        ofBlock read: SentenceText, pieces: [Article.Piece], texts: [SentenceText], quoting: [[HedgeCue]]
    ) -> [HedgeCue]? {
        let text = HedgeText(read)
        var edge = 0
        for piece in pieces {
            let count = texts[piece.sentence].tokens.count
            guard count > 0 else { continue }
            if edge > 0, !canJoin(text, at: edge) { return nil }
            edge += count
        }
        guard edge == text.count else { return nil }
        var cues: [HedgeCue] = []
        for piece in pieces {
            for var cue in quoting[piece.sentence] {
                cue.range = (cue.range.lowerBound + piece.offset)..<(cue.range.upperBound + piece.offset)
                cues.append(cue)
            }
        }
        return droppingQuoted(cues, in: text.bytes)
    }

    /// Whether the cues on the two sides of token `index`, where a sentence of the block starts,
    /// are those of each side read alone.
    private func canJoin(_ text: HedgeText, at index: Int) -> Bool {
        guard text.startsSentence(at: index), !attributions.mayReach(across: index, in: text),
            !crossings.cross(at: index, text.words)
        else { return false }
        // "May" is told from the month by up to two words on each side.
        return !(max(0, index - 2)..<min(text.count, index + 2)).contains { text.words[$0] == "may" }
    }

    private static let sentences = ArticleMemo<HedgeLexicon, [[HedgeCue]]>()
}
