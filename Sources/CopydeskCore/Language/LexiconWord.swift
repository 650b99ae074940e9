/// One word of a lexicon entry, as `PhraseMatcher` and `LexiconIndex` read it: an exact word,
/// a `stem*` prefix, or `*` (any one word).
enum LexiconWord: Sendable, Hashable {
    case exact(String)
    case prefix(String)
    case any

    /// The words of a lexicon phrase, folded as tokens are (lowercased, `’` as `'`); empty when
    /// the phrase has no word.
    ///
    /// Most entries are lowercase ASCII words and spaces (`may`, `it is possible that`): those
    /// are split at the spaces directly (`plainWords`), the words `tokenizedWords` would find,
    /// without a `Token` and a lowercased `String` per word. Lexicons are read at every start,
    /// thousands of entries.
    static func words(of phrase: String) -> [LexiconWord] {
        plainWords(of: phrase) ?? tokenizedWords(of: phrase)
    }

    /// The words of a phrase through `Words.tokens`: the plain reading `words(of:)` stands for.
    static func tokenizedWords(of phrase: String) -> [LexiconWord] {
        // Foundation's replacing costs microseconds a call, and lexicons hold thousands of
        // entries: it runs only on the entries with a `*`, and `Words.folded` only on words with a `’`.
        let hasStar = phrase.utf8.contains(UInt8(ascii: "*"))
        let text = hasStar ? phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR") : phrase
        return Words.tokens(in: text).map { token in word(token.text, fold: true) }
    }

    /// The words of a phrase made only of lowercase ASCII letters, digits and spaces, split at
    /// its spaces (such a phrase's tokens are exactly those runs, already lowercased and folded);
    /// nil for any other phrase.
    static func plainWords(of phrase: String) -> [LexiconWord]? {
        var phrase = phrase
        return phrase.withUTF8 { bytes -> [LexiconWord]? in
            var words: [LexiconWord] = []
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
                if byte == UInt8(ascii: " ") {
                    if index > start {
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                        words.append(word(text, fold: false))
                    }
                    start = index + 1
                } else if !(byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10) {
                    return nil
                }
            }
            return words
        }
    }

    /// One token's word: `*` (spelled `wildcardstar` once lowercased), a stem before one, or an
    /// exact word (folded when `fold`).
    private static func word(_ text: String, fold: Bool) -> LexiconWord {
        if text == "wildcardstar" { return .any }
        if text.hasSuffix("wildcardstar") { return .prefix(String(text.dropLast("wildcardstar".count))) }
        return .exact(fold ? Words.folded(text) : text)
    }

    /// For each first byte of a token, the indices (in order) of the entries whose first word
    /// could match a token starting with it.
    static func indicesByFirstByte(_ firstWords: [LexiconWord]) -> [[Int]] {
        (0...255).map { byte in firstWords.indices.filter { firstWords[$0].mayMatch(firstByte: UInt8(byte)) } }
    }

    /// Whether `words` match the folded tokens from `index` on (the caller checks there are enough).
    @inline(__always)
    static func match(_ words: [LexiconWord], at index: Int, _ tokens: [String]) -> Bool {
        for (offset, word) in words.enumerated() where !word.matches(tokens[index + offset]) { return false }
        return true
    }

    @inline(__always)
    func matches(_ token: String) -> Bool {
        switch self {
        case .exact(let word): token == word
        case .prefix(let stem): token.hasPrefix(stem)
        case .any: true
        }
    }

    /// Whether a token whose first byte is `byte` could match: a word or stem that starts with
    /// an ASCII byte needs a token that starts with it (tokens are never empty).
    func mayMatch(firstByte byte: UInt8) -> Bool {
        switch self {
        case .exact(let word): FirstWordShapes.mayMatch(word, firstByte: byte)
        case .prefix(let stem): FirstWordShapes.mayMatch(stem, firstByte: byte)
        case .any: true
        }
    }
}
