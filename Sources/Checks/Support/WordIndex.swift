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

    /// Indexes the lintable blocks that `include` selects.
    init(article: Article, including include: (Block) -> Bool) {
        all = Self.lintable(article)
        included = article.blocks.map { $0.isLintable && include($0) }
    }

    /// The words of block `index`, or nil when it is not indexed.
    private func words(block index: Int) -> ArraySlice<Word>? {
        included.indices.contains(index) && included[index] ? all[index] : nil
    }

    /// The words of every lintable block, one block's after another in one array: block `b`'s
    /// are `words[starts[b]..<starts[b + 1]]` (none for a block that is not lintable). One
    /// array, not one per block: an article has about as many blocks as sentences, and an
    /// array each cost an allocation to make and another call to free.
    struct Lintable {
        let words: [Word]
        let starts: [Int32]

        subscript(block: Int) -> ArraySlice<Word> {
            words[Int(starts[block])..<Int(starts[block + 1])]
        }
    }

    /// The words of every lintable block (empty for the others), read once per article: the four
    /// repetition checks index overlapping selections of the same blocks.
    /// A block takes its sentences' words, already read for the other checks, where they are
    /// exactly its own (`Article.pieces(ofBlock:texts:)`).
    static func lintable(_ article: Article) -> Lintable {
        memo.value(for: article, key: true) {
            let texts = SentenceText.all(in: article)
            var words: [Word] = []
            // Room for every sentence's words: the blocks made of sentences take exactly those.
            words.reserveCapacity(texts.reduce(0) { $0 + $1.tokens.count })
            var starts: [Int32] = [0]
            starts.reserveCapacity(article.blocks.count + 1)
            // By index, each sentence read in place: neither a block nor a sentence's text is copied.
            texts.withUnsafeBufferPointer { read in
                for index in article.blocks.indices {
                    if article.blocks[index].isLintable {
                        append(ofBlock: index, in: article, texts: texts, read: read, to: &words)
                    }
                    starts.append(Int32(truncatingIfNeeded: words.count))
                }
            }
            return Lintable(words: words, starts: starts)
        }
    }

    /// Appends the words of a lintable block; `read` is `texts`' storage.
    private static func append(
        ofBlock index: Int, in article: Article, texts: [SentenceText], read: UnsafeBufferPointer<SentenceText>,
        to result: inout [Word]
    ) {
        if let sentence = article.soleSentence(ofBlock: index, texts: texts) {
            return append(read[sentence], offset: 0, to: &result)
        }
        guard let pieces = article.pieces(ofBlock: index, texts: texts) else {
            return result.append(contentsOf: words(of: article.blocks[index].text))
        }
        for piece in pieces { append(read[piece.sentence], offset: piece.offset, to: &result) }
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
        var result: [Word] = []
        result.reserveCapacity(text.tokens.count)
        append(text, offset: 0, to: &result)
        return result
    }

    /// Appends the words of a text already read, their ranges moved by `offset`: each word's
    /// hash is the one its key holds (`WordKeys.stableHash(ofWordAt:)`), not worked out again.
    ///
    /// The tokens are read through their storage: only their ranges are read, and reading a
    /// token from the array copied it (its string retained and released) word by word.
    private static func append(_ text: SentenceText, offset: Int, to result: inout [Word]) {
        let keys = text.keys
        text.tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
                let range = tokens[index].range
                result.append(
                    Word(
                        hash: keys.stableHash(ofWordAt: index),
                        range: (range.lowerBound + offset)..<(range.upperBound + offset)))
            }
        }
    }

    /// The word hashes of a text: for a lintable block, what `hashes(ofLintable:in:)` gives.
    static func hashes(of text: String) -> [UInt64] {
        words(of: text).map(\.hash)
    }

    /// The words of an indexed block, or nil when it has fewer than `minWords` (or none, or is
    /// not indexed): `Repeats.key(hashes(block:), minWords:)`, as words.
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
    /// least 1, `Repeats.key(_:minWords:)` of the hashes, none built for a text too short to compare.
    func hashes(block: Int, in textRange: Range<Int>, minWords: Int) -> [UInt64]? {
        guard let all = words(block: block) else { return minWords > 0 ? nil : [] }
        let found = Self.words(of: all, in: textRange)
        return found.count >= minWords ? found.map(\.hash) : nil
    }
}
