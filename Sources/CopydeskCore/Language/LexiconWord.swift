/// One word of a lexicon entry, as `PhraseMatcher` and `LexiconIndex` read it: an exact word,
/// a `stem*` prefix, or `*` (any one word).
enum LexiconWord: Sendable, Hashable {
    case exact(String)
    case prefix(String)
    case any

    /// The words of a lexicon phrase, folded as tokens are (lowercased, `’` as `'`); empty when
    /// the phrase has no word.
    static func words(of phrase: String) -> [LexiconWord] {
        // Foundation's replacing costs microseconds a call, and lexicons hold thousands of
        // entries: it runs only on the entries with a `*`, and `Words.folded` only on words with a `’`.
        let hasStar = phrase.utf8.contains(UInt8(ascii: "*"))
        let text = hasStar ? phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR") : phrase
        return Words.tokens(in: text).map { token in
            let text = token.text
            if text == "wildcardstar" { return .any }
            if text.hasSuffix("wildcardstar") { return .prefix(String(text.dropLast("wildcardstar".count))) }
            return .exact(Words.folded(text))
        }
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
