import Foundation

/// Finds phrases in text as whole-word token sequences, case-insensitively.
///
/// Phrases are lexicon entries such as `could potentially` or `some studies suggest`. A `*`
/// entry word matches any one word; a trailing `*` on a word (`suggest*`) matches any word
/// starting with it. Matching runs over the text's tokens (see `Words.tokens`), so punctuation
/// and spacing differences do not matter, and returns byte ranges into the text.
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        /// The lexicon entry that matched.
        public var phrase: String
        /// Index of the first and one past the last matched token.
        public var tokenRange: Range<Int>
        /// Byte range of the match in the text.
        public var range: Range<Int>
    }

    /// Everything the matching loop reads, behind one reference.
    private let table: PhraseTable

    public init(_ phrases: [String]) {
        table = PhraseTable(phrases)
    }

    public var isEmpty: Bool { table.phrases.isEmpty }

    /// Every match, longest first at each position, without overlaps.
    public func matches(in text: String) -> [Match] {
        matches(in: Words.tokens(in: text))
    }

    /// Every match over pre-computed tokens, longest first at each position, without overlaps.
    public func matches(in tokens: [Words.Token]) -> [Match] {
        matches(words: tokens.map { Words.folded($0.text) }, tokens: tokens)
    }

    /// The same over tokens whose texts are already folded (`words[i]` is `Words.folded(tokens[i].text)`),
    /// as `TextScan`, `HedgeText` and `NegationScope` keep them.
    public func matches(words: [String], tokens: [Words.Token]) -> [Match] {
        matches(keys: WordKeys(words), tokens: SentenceTokens(tokens))
    }

    /// The same over the folded words read once for the sentence (`SentenceText.keys`).
    package func matches(keys: WordKeys, tokens: SentenceTokens) -> [Match] {
        matches(keys: keys, tokens: tokens, in: 0..<keys.count)
    }

    /// The matches among the tokens in `range`, with token ranges counted from its start (as if
    /// the tokens in `range` were all there is).
    package func matches(words: [String], tokens: [Words.Token], in range: Range<Int>) -> [Match] {
        matches(keys: WordKeys(words), tokens: SentenceTokens(tokens), in: range)
    }

    /// The entries the matcher numbers (`forEachMatch`): the phrases with a word, in order.
    package var entries: [String] { table.phrases }

    /// Calls `body(entry, tokens)` for each match among the tokens in `range`, in order: the
    /// entry's number in `entries` and the tokens it covers, counted from the sentence's start.
    /// What `matches(keys:tokens:in:)` finds, without a `Match` (and its phrase) for each.
    package func forEachMatch(keys: WordKeys, in range: Range<Int>, _ body: (Int, Range<Int>) -> Void) {
        table.scan(keys: keys, in: range, body)
    }

    /// The same over the folded words read once for the sentence (`SentenceText.keys`).
    package func matches(keys: WordKeys, tokens: SentenceTokens, in range: Range<Int>) -> [Match] {
        var result: [Match] = []
        table.scan(keys: keys, in: range) { entry, found in
            result.append(
                Match(
                    phrase: table.phrases[entry],
                    tokenRange: (found.lowerBound - range.lowerBound)..<(found.upperBound - range.lowerBound),
                    range: tokens[found.lowerBound].range.lowerBound..<tokens[found.upperBound - 1].range.upperBound))
        }
        return result
    }
}

/// Which first bytes and lengths the first words of a lexicon have: most tokens of a sentence
/// are ruled out with one table read instead of a dictionary lookup (a string hash).
///
/// Only ASCII words are filtered. Two strings that are equal in Swift (canonically equivalent)
/// and one of them ASCII are the same bytes, so an ASCII token with a byte or length no ASCII
/// entry has cannot equal any entry; a token that starts with a byte of 0x80 or more always
/// goes on to the lookup.
struct FirstWordShapes: Sendable {
    private var masks = [UInt64](repeating: 0, count: 128)

    mutating func insert(_ word: String) {
        // In place when the bytes lie contiguously (a native string's do): the generic
        // `first`, `contains` and `count` of the view cost hundreds of instructions a word.
        if word.utf8.withContiguousStorageIfAvailable({ insert($0) }) != nil { return }
        let utf8 = word.utf8
        guard let first = utf8.first, first < 0x80 else { return }
        // A word with other non-ASCII bytes may equal a token of another length (é as one
        // scalar or two): every length passes for its first byte.
        if utf8.contains(where: { $0 >= 0x80 }) {
            masks[Int(first)] = .max
        } else {
            masks[Int(first)] |= 1 << UInt64(min(utf8.count, 63))
        }
    }

    /// `insert` for a word's bytes.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        guard let first = word.first, first < 0x80 else { return }
        if word.contains(where: { $0 >= 0x80 }) {
            masks[Int(first)] = .max
        } else {
            masks[Int(first)] |= 1 << UInt64(min(word.count, 63))
        }
    }

    @inline(__always)
    func mayContain(_ token: String) -> Bool {
        mayContain(Self.shape(of: token))
    }

    /// `mayContain` for a token's `shape(of:)`.
    @inline(__always)
    func mayContain(_ shape: (first: UInt8, count: Int)) -> Bool {
        guard shape.count > 0, shape.first < 0x80 else { return true }
        return masks[Int(shape.first)] & (1 << UInt64(min(shape.count, 63))) != 0
    }

    /// A token's first byte (0 when it is empty) and its length in bytes, read in place when
    /// the string stores its bytes contiguously (`utf8.first` costs a generic call per token).
    @inline(__always)
    static func shape(of token: String) -> (first: UInt8, count: Int) {
        token.utf8.withContiguousStorageIfAvailable { ($0.first ?? 0, $0.count) }
            ?? (token.utf8.first ?? 0, token.utf8.count)
    }

    /// `mayContain` over a word's bytes.
    @inline(__always)
    func mayContain(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, first < 0x80 else { return true }
        return masks[Int(first)] & (1 << UInt64(min(word.count, 63))) != 0
    }

    /// Whether a token starting with `byte` can equal or start with `word`: an ASCII first byte
    /// of `word` must be the token's; a word that starts otherwise is always tried.
    static func mayMatch(_ word: String, firstByte byte: UInt8) -> Bool {
        guard let first = word.utf8.first, first < 0x80 else { return true }
        return first == byte
    }
}
