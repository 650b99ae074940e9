import CopydeskCore

/// The normalised words of some of an article's blocks, tokenised once, as stable 64-bit hashes.
///
/// Words are `Words.tokens` (lowercased) with `’` read as `'`, so two texts have equal hash lists
/// exactly when `Words.normalized` gives them the same string (barring a 64-bit hash collision).
/// Comparing hash lists instead of strings keeps the repetition checks free of per-word string
/// building, and sentences reuse their block's words instead of tokenising again.
struct WordIndex {
    /// A word's hash and byte range in the block's text, in 16 bytes: the range is kept as two
    /// 32-bit offsets (the index keeps every word of the article, and no text copydesk reads is
    /// 2 GiB long, `ArticleLoader.maxSupportedBytes`).
    struct Word {
        var hash: UInt64
        private var start: Int32
        private var end: Int32

        /// Byte range in the block's text.
        var range: Range<Int> { Int(start)..<Int(end) }

        /// `range`'s bounds must be below 2^31.
        init(hash: UInt64, range: Range<Int>) {
            self.hash = hash
            start = Int32(truncatingIfNeeded: range.lowerBound)
            end = Int32(truncatingIfNeeded: range.upperBound)
        }
    }

    /// The words of every lintable block, shared by all indexes of the article.
    private let all: Lintable
    /// Whether each block is indexed.
    private let included: [Bool]
    /// How many blocks are indexed: room for a table of them (`Repeats.FirstTable`) is made
    /// at once.
    let includedCount: Int

    /// Indexes the lintable blocks that `include` selects.
    init(article: Article, including include: (Block) -> Bool) {
        all = Self.lintable(article)
        included = article.blocks.map { $0.isLintable && include($0) }
        includedCount = included.reduce(0) { $0 + ($1 ? 1 : 0) }
    }

    /// The words of block `index`, or nil when it is not indexed.
    private func words(block index: Int) -> ArraySlice<Word>? {
        included.indices.contains(index) && included[index] ? all[index] : nil
    }

    /// The words of every lintable block, one block's after another in one array: block `b`'s
    /// are `words[starts[b]..<starts[b + 1]]` (none for a block that is not lintable). One
    /// array, not one per block: an article has about as many blocks as sentences, and an
    /// array each cost an allocation to make and another call to free.
    ///
    /// A sentence whose words a block took as they are (`Article.soleSentence`, `pieces`) has
    /// them at `sentenceStarts[s]..<sentenceEnds[s]` (-1 for any other): the words of its block
    /// that lie in its text range, as `words(block:in:minWords:)` finds them by searching. The
    /// sentences of such a block do not overlap and only whitespace lies between them, so the
    /// block's words before a sentence end before it starts and those after it start after it ends.
    struct Lintable {
        let words: [Word]
        let starts: [Int32]
        let sentenceStarts: [Int32]
        let sentenceEnds: [Int32]

        subscript(block: Int) -> ArraySlice<Word> {
            words[Int(starts[block])..<Int(starts[block + 1])]
        }

        /// The words of sentence `index` when its block took them as they are; nil otherwise.
        func words(sentence index: Int) -> ArraySlice<Word>? {
            guard sentenceStarts.indices.contains(index), sentenceStarts[index] >= 0 else { return nil }
            return words[Int(sentenceStarts[index])..<Int(sentenceEnds[index])]
        }
    }

    /// The words of every lintable block (empty for the others), read once per article: the four
    /// repetition checks index overlapping selections of the same blocks.
    /// A block takes its sentences' words, already read for the other checks, where they are
    /// exactly its own (`Article.pieces(ofBlock:texts:)`).
    static func lintable(_ article: Article) -> Lintable {
        memo.value(for: article, key: true) {
            let texts = SentenceText.all(in: article)
            // First where each block's words come from and how many there are, then every word
            // written once into an array made at its size: appended word by word, each cost a
            // check of the array's uniqueness and capacity.
            var sources: [Source] = []
            sources.reserveCapacity(article.blocks.count)
            var total = 0
            var sentenceStarts = [Int32].filled(with: -1, count: texts.count)
            var sentenceEnds = [Int32].filled(with: -1, count: texts.count)
            let blockWords = article.blockWords(texts: texts)
            // By index, each sentence read in place: neither a block nor a sentence's text is copied.
            for index in article.blocks.indices {
                let source: Source =
                    article.blocks[index].isLintable
                    ? Self.source(ofBlock: index, from: blockWords[index], in: article) : .none
                switch source {
                case .none: break
                case .sentence(let sentence):
                    // Where the sentence's words will lie, for `Lintable.words(sentence:)`.
                    sentenceStarts[sentence] = Int32(truncatingIfNeeded: total)
                    total += texts[sentence].tokens.count
                    sentenceEnds[sentence] = Int32(truncatingIfNeeded: total)
                case .pieces(let pieces):
                    for piece in pieces {
                        sentenceStarts[piece.sentence] = Int32(truncatingIfNeeded: total)
                        total += texts[piece.sentence].tokens.count
                        sentenceEnds[piece.sentence] = Int32(truncatingIfNeeded: total)
                    }
                case .own(let words): total += words.count
                }
                sources.append(source)
            }
            var starts: [Int32] = [0]
            starts.reserveCapacity(article.blocks.count + 1)
            let words = texts.withUnsafeBufferPointer { read in
                [Word](unsafeUninitializedCapacity: total) { words, initialized in
                    var at = 0
                    sources.withUnsafeBufferPointer { sources in
                        for source in sources.indices {
                            switch sources[source] {
                            case .none: break
                            case .sentence(let sentence): at = write(read[sentence], offset: 0, into: words, at: at)
                            case .pieces(let pieces):
                                for piece in pieces {
                                    at = write(read[piece.sentence], offset: piece.offset, into: words, at: at)
                                }
                            case .own(let own):
                                for word in own {
                                    (words.baseAddress! + at).initialize(to: word)
                                    at += 1
                                }
                            }
                            starts.append(Int32(truncatingIfNeeded: at))
                        }
                    }
                    initialized = at
                }
            }
            return Lintable(words: words, starts: starts, sentenceStarts: sentenceStarts, sentenceEnds: sentenceEnds)
        }
    }

    /// Where a block's words come from: nowhere (a block that is not lintable), its one
    /// sentence, its sentences at their offsets, or its own text read again.
    private enum Source {
        case none
        case sentence(Int)
        case pieces([Article.Piece])
        case own([Word])
    }

    /// Where the words of lintable block `index` come from, its words coming `from` there.
    private static func source(ofBlock index: Int, from words: Article.BlockWords, in article: Article) -> Source {
        switch words {
        case .sentence(let sentence): .sentence(sentence)
        case .pieces(let pieces): .pieces(pieces)
        case .own: .own(Self.words(of: article.blocks[index].text))
        }
    }

    /// Writes the words of a text already read, their ranges moved by `offset`, into `words` from
    /// `at` on (room made for them); returns where they end. Each word's hash is the one its
    /// key holds (`WordKeys.stableHash(ofWordAt:)`), not worked out again. The tokens are read
    /// through their storage: only their ranges are read, and reading a token from the array
    /// copied it (its string retained and released) word by word.
    private static func write(
        _ text: SentenceText, offset: Int, into words: UnsafeMutableBufferPointer<Word>, at start: Int
    ) -> Int {
        let keys = text.keys
        return text.tokens.withUnsafeBufferPointer { tokens in
            // No room at all (no address) when the article has no words.
            guard !tokens.isEmpty, let base = words.baseAddress else { return start }
            precondition(start + tokens.count <= words.count && keys.words.count == tokens.count)
            let out = base + start
            for index in tokens.indices {
                let range = tokens[index].range
                (out + index).initialize(
                    to: Word(hash: 0, range: (range.lowerBound + offset)..<(range.upperBound + offset)))
            }
            // The hashes written in place, for the sentence at once.
            keys.writeStableHashes(
                to: UnsafeMutableRawPointer(out) + MemoryLayout<Word>.offset(of: \Word.hash)!,
                stride: MemoryLayout<Word>.stride)
            return start + tokens.count
        }
    }

    /// The word hashes of a lintable block, from the article's shared index.
    static func hashes(ofLintable block: Int, in article: Article) -> [UInt64] {
        lintable(article)[block].map(\.hash)
    }

    private static let memo = ArticleMemo<Bool, Lintable>()

    static func words(of text: String) -> [Word] {
        Words.tokens(in: text).map { token in
            Word(hash: StableHash.hash(Words.folded(token.text)), range: token.range)
        }
    }

    /// The words of a text already read: the same as `words(of:)` on its string.
    static func words(of text: SentenceText) -> [Word] {
        [Word](unsafeUninitializedCapacity: text.tokens.count) { words, initialized in
            initialized = write(text, offset: 0, into: words, at: 0)
        }
    }

    /// The word hashes of a text: for a lintable block, what `hashes(ofLintable:in:)` gives.
    static func hashes(of text: String) -> [UInt64] {
        words(of: text).map(\.hash)
    }

    /// The words of an indexed block, or nil when it has fewer than `minWords` (at least 1), or
    /// is not indexed: none for a text too short to compare.
    func words(block: Int, minWords: Int) -> ArraySlice<Word>? {
        guard let all = words(block: block), all.count >= max(1, minWords) else { return nil }
        return all
    }

    /// The words of an indexed block that lie inside `textRange`, or nil when there are fewer than
    /// `minWords` of them (at least 1): `hashes(block:in:minWords:)`, as words.
    func words(block: Int, in textRange: Range<Int>, minWords: Int) -> ArraySlice<Word>? {
        guard let all = words(block: block) else { return nil }
        let found = Self.words(of: all, in: textRange)
        return found.count >= max(1, minWords) ? found : nil
    }

    /// `words(block:in:minWords:)` for sentence `sentence` of that block at that text range,
    /// read where the index noted them when it can (`Lintable.words(sentence:)`).
    func words(sentence: Int, block: Int, in textRange: Range<Int>, minWords: Int) -> ArraySlice<Word>? {
        guard let known = all.words(sentence: sentence) else {
            return words(block: block, in: textRange, minWords: minWords)
        }
        guard included.indices.contains(block), included[block], known.count >= max(1, minWords) else { return nil }
        return known
    }

    /// The words of `all` (a block's, in order) that lie inside `textRange`.
    private static func words(of all: ArraySlice<Word>, in textRange: Range<Int>) -> ArraySlice<Word> {
        let lower = all.partitionPoint { $0.range.lowerBound < textRange.lowerBound }
        let upper = all[lower...].partitionPoint { $0.range.upperBound <= textRange.upperBound }
        return all[lower..<upper]
    }

    /// The word hashes of an indexed block; empty for blocks not indexed.
    func hashes(block: Int) -> [UInt64] {
        (words(block: block) ?? []).map(\.hash)
    }

    /// The word hashes of an indexed block that lie inside `textRange`.
    func hashes(block: Int, in textRange: Range<Int>) -> [UInt64] {
        hashes(block: block, in: textRange, minWords: 0) ?? []
    }

    /// The same, or nil when there are fewer than `minWords` of them: with `minWords` of at
    /// least 1, none built for a text too short to compare.
    func hashes(block: Int, in textRange: Range<Int>, minWords: Int) -> [UInt64]? {
        guard let all = words(block: block) else { return minWords > 0 ? nil : [] }
        let found = Self.words(of: all, in: textRange)
        return found.count >= minWords ? found.map(\.hash) : nil
    }
}
