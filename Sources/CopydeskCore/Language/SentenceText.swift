/// One sentence's bytes and words, read once per article.
///
/// The check-worthiness detector, the evidence finder, the hedge detector, the medical-claim
/// reader and the claim ledger all read every sentence word by word; `all(in:)` tokenizes each
/// sentence once and hands every reader the same arrays (views of storage the article's
/// sentences share, indexed from 0 as a sentence's own arrays: see `SentenceArray`).
///
/// Public, its tokens and words `@inlinable` (see `WordKeys`).
public struct SentenceText: Sendable {
    /// The sentence's UTF-8 (kept once, by `keys`, which reads its ASCII words from it).
    package var bytes: SentenceBytes { keys.bytes }
    /// Lowercased words with byte ranges (see `Words.tokens`), kept with the keys' words.
    @inlinable public var tokens: SentenceTokens { keys.tokens }
    /// The tokens' texts with `’` folded to `'`, hashed once for the lexicons to look them up.
    public let keys: WordKeys
    /// The tokens' texts with `’` folded to `'`.
    @inlinable public var words: SentenceWords { keys.words }

    package init(_ text: String) {
        self = WordStrings.borrowing { Self.read(count: 1, strings: &$0) { _ in text } }[0]
    }

    /// The text whose words are `keys` (a sentence's, read already).
    init(keys: WordKeys) {
        self.keys = keys
    }

    /// The tokens, words and keys `start..<start + count` of `storage`, read from `bytes`
    /// (copied into `storage`).
    init(storage: WordStorage, start: Int, count: Int, bytes: [UInt8]) {
        keys = WordKeys(storage: storage, start: start, count: count, bytes: bytes)
    }

    /// The tokens, words and keys `start..<start + count` of `storage`, read from its bytes
    /// `byteStart..<byteStart + byteCount`.
    init(storage: WordStorage, start: Int, count: Int, byteStart: Int, byteCount: Int) {
        keys = WordKeys(storage: storage, start: start, count: count, byteStart: byteStart, byteCount: byteCount)
    }

    /// A text already read in parts: `words[i]` must be `Words.folded(tokens[i].text)` and the
    /// tokens `Words.tokens` of the text whose UTF-8 is `bytes`.
    package init(bytes: [UInt8], tokens: [Words.Token], words: [String]) {
        let storage = WordStorage(wordCapacity: words.count, byteCapacity: bytes.count)
        storage.append(words: words, keys: WordKeys.keys(bytes: bytes, tokens: tokens, words: words))
        storage.append(tokens: tokens)
        self.init(storage: storage, start: 0, count: words.count, bytes: bytes)
    }

    /// The read of a text made of `pieces` of `texts` (a block's sentences, see
    /// `Article.read(ofBlock:pieces:texts:)`): `bytes` holds each piece's sentence text at the
    /// piece's offset. The tokens and keys are the sentences', their ranges and an ASCII word's
    /// key moved by the piece's offset: what `init(bytes:tokens:words:)` reads for the text,
    /// without hashing a word again.
    package init(bytes: [UInt8], pieces: [Article.Piece], texts: [SentenceText]) {
        let count = pieces.reduce(0) { $0 + texts[$1.sentence].keys.count }
        let storage = WordStorage(wordCapacity: count, byteCapacity: bytes.count)
        for piece in pieces {
            let text = texts[piece.sentence]
            let offset = piece.offset
            text.keys.withUnsafeKeys { keys in
                storage.append(words: text.words, keys: keys.lazy.map { $0.moved(by: offset) })
            }
            storage.append(
                tokens: text.tokens.lazy.map { token in
                    Words.Token(
                        text: token.text, range: (token.range.lowerBound + offset)..<(token.range.upperBound + offset))
                })
        }
        self.init(storage: storage, start: 0, count: count, bytes: bytes)
    }

    /// The text of every sentence of the article, indexed like `Article.sentences`.
    package static func all(in article: Article) -> [SentenceText] {
        memo.value(for: article, key: true) {
            WordStrings.borrowing { strings in
                // The table grows between articles, not while a sentence is read (a table that
                // could grow there cost every sentence a release and every append a test).
                strings.makeRoom(forWords: WordStrings.roomPerSentence * article.sentences.count)
                return read(count: article.sentences.count, strings: &strings) { article.sentences[$0].text }
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
