extension HedgeDetector {
    /// Every cue of every sentence of the article, quoted ones included, indexed like
    /// `Article.sentences`.
    ///
    /// Worked out once per article and lexicon: the claim ledger asks whether each sentence is
    /// hedged and the medical-claim checks where its hedges stand.
    package func sentenceCues(in article: Article) -> [[HedgeCue]] {
        Self.sentences.value(for: article, key: lexicon) {
            // Each sentence's matches found once for every reader of the index (`SentencePhrases`),
            // each sentence read in place, and quotes counted without a copy of the detector.
            let found = phrases.found(in: article)
            return SentenceText.all(in: article).withUnsafeBufferPointer { texts in
                // Each sentence's cues written in place: `map` over the indices called the
                // array's four append steps out of line for every sentence.
                [[HedgeCue]](unsafeUninitializedCapacity: texts.count) { cues, initialized in
                    for index in texts.indices {
                        // A sentence with neither a match of the list nor an attribution opening
                        // (most) has no cue: told from the index's bounds, without a call to find
                        // none (its text and two slices of the matches retained and released).
                        let sentence =
                            indexesOpenings && !found.holdsHedgesOrOpenings(index)
                            ? []
                            : self.cues(
                                in: HedgeText(texts[index]), includingQuotes: true, found: found.hedges(index),
                                openings: indexesOpenings ? found.openings(index) : nil)
                        (cues.baseAddress.unsafelyUnwrapped + index).initialize(to: sentence)
                        initialized = index + 1
                    }
                }
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

    /// The cues `cues(in: article.read(ofBlock: index, pieces: pieces, texts: texts))` finds in
    /// a block read from its sentences, put together from the sentences' own cues (`quoting`:
    /// their entries in `sentenceCues(in:)`) moved to the block's offsets, when no cue can run
    /// across a sentence's edge; nil when one might, and the block must be read whole.
    ///
    /// Across an edge where a sentence starts, only a lexicon entry that matches words on both
    /// sides (`HedgeCrossings`), an attribution that reads past it (`HedgeAttributions.mayReach`)
    /// or "May" told from the month by its neighbours can read both sentences; every other test
    /// stops at a clause's start. The quotes are looked for in the whole block, as when it is read whole.
    ///
    /// The edges are read from the sentences' words and the block's bytes in place: the block's
    /// own read (its bytes, tokens and keys copied from the sentences) is made only when a cue may cross.
    package func cues(
        ofBlock index: Int, in article: Article, pieces: [Article.Piece], texts: [SentenceText],
        quoting: [[HedgeCue]]
    ) -> [HedgeCue]? {
        let text = article.blocks[index].text
        return text.utf8.withContiguousStorageIfAvailable {
            joinedCues(ofBlock: $0, pieces: pieces, texts: texts, quoting: quoting)
        }
            ?? Array(text.utf8).withUnsafeBufferPointer {
                joinedCues(ofBlock: $0, pieces: pieces, texts: texts, quoting: quoting)
            }
    }

    private func joinedCues(
        ofBlock bytes: UnsafeBufferPointer<UInt8>, pieces: [Article.Piece], texts: [SentenceText],
        quoting: [[HedgeCue]]
    ) -> [HedgeCue]? {
        // The block's words joined, made only for an edge whose sentences are too short to be
        // read on their own (`HedgeCrossings.cross(before:after:)`).
        var joined: JoinedWords?
        var words: JoinedWords {
            if let joined { return joined }
            let made = JoinedWords(pieces: pieces, texts: texts)
            joined = made
            return made
        }
        var edge = 0
        // Where the block's last token so far ends in its bytes.
        var end = 0
        // The sentence of the last piece with words so far.
        var before = -1
        for piece in pieces {
            let tokens = texts[piece.sentence].tokens
            guard let first = tokens.first, let last = tokens.last else { continue }
            if edge > 0 {
                let gap = UnsafeBufferPointer(rebasing: bytes[end..<(first.range.lowerBound + piece.offset)])
                let sides = (texts[before].words, texts[piece.sentence].words)
                if sides.0.count >= 2 && sides.1.count >= 2 {
                    guard canJoinApart(gap: gap, before: sides.0, after: sides.1) else { return nil }
                    let crosses =
                        crossings.cross(before: texts[before].keys, after: texts[piece.sentence].keys)
                        ?? crossings.cross(at: edge, in: words)
                    if crosses { return nil }
                } else if !canJoin(words, gap: gap, at: edge) {
                    return nil
                }
            }
            edge += tokens.count
            end = last.range.upperBound + piece.offset
            before = piece.sentence
        }
        var cues: [HedgeCue] = []
        for piece in pieces {
            for var cue in quoting[piece.sentence] {
                cue.range = (cue.range.lowerBound + piece.offset)..<(cue.range.upperBound + piece.offset)
                cues.append(cue)
            }
        }
        return includeQuotes || cues.isEmpty ? cues : Self.unquoted(cues, quotes: HedgeQuotes.spans(in: bytes))
    }

    /// Whether the cues on the two sides of token `index`, where a sentence of the block starts
    /// (`gap` holds the bytes between its token and the one before), are those of each side read alone.
    private func canJoin(_ words: JoinedWords, gap: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard HedgeText.breaksSentence(gap), !attributions.mayReach(across: index, in: words),
            !crossings.cross(at: index, in: words)
        else { return false }
        // "May" is told from the month by up to two words on each side.
        return !(max(0, index - 2)..<min(words.count, index + 2)).contains { words[$0] == "may" }
    }

    /// `canJoin(_:gap:at:)` but for the crossing entries (which the caller asks about), where
    /// the sentences on the two sides of the edge hold two words or more each, `before` and
    /// `after`: the words "according", "of", "feel" and "may" are looked for among the two on
    /// each side in the sentences' own words, not found in the block's by a binary search each
    /// (the tests are the same, asked in another order).
    private func canJoinApart(gap: UnsafeBufferPointer<UInt8>, before: SentenceWords, after: SentenceWords) -> Bool {
        let secondLast = before[before.count - 2]
        let last = before[before.count - 1]
        let first = after[0]
        let second = after[1]
        return HedgeText.breaksSentence(gap)
            && !attributions.mayReach(secondLast: secondLast, last: last, first: first)
            && secondLast != "may" && last != "may" && first != "may" && second != "may"
    }

    private static let sentences = ArticleMemo<HedgeLexicon, [[HedgeCue]]>()
}

/// The words of a block read from its sentences (`Article.Piece`s), by index in the block:
/// each sentence's words, one sentence after another, read in place rather than copied into one array.
struct JoinedWords: RandomAccessCollection {
    private let pieces: [Article.Piece]
    private let texts: [SentenceText]
    /// The block index of each piece's first word.
    private let starts: [Int]
    let endIndex: Int

    init(pieces: [Article.Piece], texts: [SentenceText]) {
        var starts: [Int] = []
        starts.reserveCapacity(pieces.count)
        var count = 0
        for piece in pieces {
            starts.append(count)
            count += texts[piece.sentence].tokens.count
        }
        self.pieces = pieces
        self.texts = texts
        self.starts = starts
        endIndex = count
    }

    var startIndex: Int { 0 }

    subscript(index: Int) -> String {
        // The last piece that starts at or before the word: an empty piece shares its start with
        // the next one, which is then the one taken.
        let piece = starts.partitionPoint { $0 <= index } - 1
        return texts[pieces[piece].sentence].words[index - starts[piece]]
    }

    /// The keys of the sentence that holds word `index`, and the word's index there: the word
    /// is `keys.words[at]`, looked up by the hash read with its sentence (`WordTable.number(in:at:)`).
    func keys(of index: Int) -> (keys: WordKeys, at: Int) {
        let piece = starts.partitionPoint { $0 <= index } - 1
        return (texts[pieces[piece].sentence].keys, index - starts[piece])
    }
}
