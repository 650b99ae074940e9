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
        let text = hasStar ? starsSpelled(phrase) : phrase
        return Words.tokens(in: text).map { token in word(token.text, fold: true) }
    }

    /// The phrase with each `*` spelled `WILDCARDSTAR`. An ASCII phrase has its bytes replaced
    /// (each character is one byte, so a literal search finds exactly the `*` bytes); any
    /// other goes to Foundation's `replacingOccurrences`, which costs microseconds a call.
    static func starsSpelled(_ phrase: String) -> String {
        guard phrase.utf8.allSatisfy({ $0 < 0x80 }) else {
            return phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(phrase.utf8.count + 16)
        for byte in phrase.utf8 {
            if byte == UInt8(ascii: "*") { bytes += "WILDCARDSTAR".utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The words of a phrase made only of lowercase ASCII letters, digits and spaces, split at
    /// its spaces (such a phrase's tokens are exactly those runs, already lowercased and folded);
    /// nil for any other phrase.
    static func plainWords(of phrase: String) -> [LexiconWord]? {
        var phrase = phrase
        var isOneWord = false
        let words = phrase.withUTF8 { bytes -> [LexiconWord]? in
            var spaces = 0
            for byte in bytes {
                if byte == UInt8(ascii: " ") {
                    spaces += 1
                } else if !(byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10) {
                    return nil
                }
            }
            // A phrase of one exact word is that word: the phrase itself is kept, not a copy.
            if spaces == 0, !bytes.isEmpty, starStem(bytes) == nil {
                isOneWord = true
                return []
            }
            // One allocation for the phrase's words, not one per doubling.
            var words: [LexiconWord] = []
            words.reserveCapacity(spaces + 1)
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
                if index > start { words.append(plainWord(UnsafeBufferPointer(rebasing: bytes[start..<index]))) }
                start = index + 1
            }
            return words
        }
        return isOneWord ? [.exact(phrase)] : words
    }

    /// `word(_:fold: false)` of a run of lowercase ASCII letters and digits, its `wildcardstar`
    /// suffix looked for on its bytes (for ASCII, the characters `hasSuffix` and `dropLast` read).
    private static func plainWord(_ bytes: UnsafeBufferPointer<UInt8>) -> LexiconWord {
        // The bytes are lowercase ASCII letters and digits: a short word's string is written in place.
        guard let stem = starStem(bytes) else { return .exact(WordStrings.string(ascii: bytes)) }
        return stem.isEmpty ? .any : .prefix(WordStrings.string(ascii: stem))
    }

    /// The bytes before a `wildcardstar` the word's bytes end with (empty for the whole word), or nil.
    private static func starStem(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let star: StaticString = "wildcardstar"
        let starBytes = UnsafeBufferPointer(start: star.utf8Start, count: star.utf8CodeUnitCount)
        let stemCount = bytes.count - starBytes.count
        guard stemCount >= 0, UnsafeBufferPointer(rebasing: bytes[stemCount...]).elementsEqual(starBytes) else {
            return nil
        }
        return UnsafeBufferPointer(rebasing: bytes[..<stemCount])
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
