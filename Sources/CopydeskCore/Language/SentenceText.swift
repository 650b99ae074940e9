/// One sentence's bytes and words, read once per article.
///
/// The check-worthiness detector, the evidence finder, the hedge detector, the medical-claim
/// reader and the claim ledger all read every sentence word by word; `all(in:)` tokenizes each
/// sentence once and hands every reader the same arrays.
package struct SentenceText: Sendable {
    /// The sentence's UTF-8 (kept once, by `keys`, which reads its ASCII words from it: a copy
    /// of a sentence's read retains one array fewer).
    package var bytes: [UInt8] { keys.bytes }
    /// Lowercased words with byte ranges (see `Words.tokens`).
    package let tokens: [Words.Token]
    /// The tokens' texts with `’` folded to `'`, hashed once for the lexicons to look them up.
    package let keys: WordKeys
    /// The tokens' texts with `’` folded to `'`.
    package var words: [String] { keys.words }

    package init(_ text: String) {
        self = WordStrings.borrowing { SentenceText(reading: text, strings: &$0) }
    }

    /// A text already read in parts: `words[i]` must be `Words.folded(tokens[i].text)` and the
    /// tokens `Words.tokens` of the text whose UTF-8 is `bytes`.
    package init(bytes: [UInt8], tokens: [Words.Token], words: [String]) {
        self.tokens = tokens
        self.keys = WordKeys(bytes: bytes, tokens: tokens, words: words)
    }

    /// A text already read with its keys: `keys` must be those `init(bytes:tokens:words:)` reads
    /// (the text's bytes are the ones `keys` was read from).
    package init(tokens: [Words.Token], keys: WordKeys) {
        self.tokens = tokens
        self.keys = keys
    }

    /// The text of every sentence of the article, indexed like `Article.sentences`.
    package static func all(in article: Article) -> [SentenceText] {
        memo.value(for: article, key: true) {
            WordStrings.borrowing { strings in
                // The table grows between articles, not while a sentence is read (a table that
                // could grow there cost every sentence a release and every append a test).
                strings.makeRoom(forWords: WordStrings.roomPerSentence * article.sentences.count)
                return article.sentences.map { SentenceText(reading: $0.text, strings: &strings) }
            }
        }
    }

    /// `all(in:)` when some reader has already asked for it (and the article is still in
    /// flight), else nil: nothing is read.
    package static func existing(in article: Article) -> [SentenceText]? {
        memo.existing(for: article, key: true)
    }

    private static let memo = ArticleMemo<Bool, [SentenceText]>()
}
