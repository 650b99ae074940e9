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

    /// A class, so the matching loops pass one reference around instead of a string and an array.
    private final class Entry: Sendable {
        let phrase: String
        let words: [LexiconWord]

        init(phrase: String, words: [LexiconWord]) {
            self.phrase = phrase
            self.words = words
        }
    }

    /// Entries indexed by the number of their first exact word in `firstWords`; entries starting
    /// with a wildcard or prefix sit apart.
    private var firstWords = WordTable()
    private var byFirstWord: [[Entry]] = []
    private var others: [Entry] = []
    /// For each first byte of a token, the indices into `others` (in order) that could match there.
    private var othersByFirstByte: [[Int]] = []

    public init(_ phrases: [String]) {
        for phrase in phrases {
            let words = LexiconWord.words(of: phrase)
            guard !words.isEmpty else { continue }
            let entry = Entry(phrase: phrase, words: words)
            if case .exact(let first) = words[0] {
                let (number, isNew) = firstWords.insert(first)
                if isNew { byFirstWord.append([]) }
                byFirstWord[number].append(entry)
            } else {
                others.append(entry)
            }
        }
        for number in byFirstWord.indices {
            byFirstWord[number].sort { $0.words.count > $1.words.count }
        }
        othersByFirstByte = LexiconWord.indicesByFirstByte(others.map { $0.words[0] })
    }

    public var isEmpty: Bool { byFirstWord.isEmpty && others.isEmpty }

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
        matches(words: words, tokens: tokens, in: 0..<words.count)
    }

    /// The matches among the tokens in `range`, with token ranges counted from its start (as if
    /// the tokens in `range` were all there is).
    package func matches(words: [String], tokens: [Words.Token], in range: Range<Int>) -> [Match] {
        var result: [Match] = []
        var index = range.lowerBound
        let base = range.lowerBound
        while index < range.upperBound {
            if let entry = longestEntry(at: index, words, end: range.upperBound) {
                let end = index + entry.words.count
                result.append(
                    Match(
                        phrase: entry.phrase, tokenRange: (index - base)..<(end - base),
                        range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The longest entry that matches at `index`, reading no token at or after `end`.
    private func longestEntry(at index: Int, _ tokens: [String], end: Int) -> Entry? {
        var best: Entry?
        let token = tokens[index]
        if let number = firstWords.number(of: token) {
            // Sorted longest first: the first that matches is the longest.
            for entry in byFirstWord[number] where entry.words.count <= end - index {
                if LexiconWord.match(entry.words, at: index, tokens) {
                    best = entry
                    break
                }
            }
        }
        guard !others.isEmpty else { return best }
        for position in othersByFirstByte[Int(token.utf8.first ?? 0)] {
            let entry = others[position]
            guard entry.words.count > (best?.words.count ?? 0) else { continue }
            if entry.words.count <= end - index, LexiconWord.match(entry.words, at: index, tokens) { best = entry }
        }
        return best
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

    @inline(__always)
    func mayContain(_ token: String) -> Bool {
        let utf8 = token.utf8
        guard let first = utf8.first else { return true }
        guard first < 0x80 else { return true }
        return masks[Int(first)] & (1 << UInt64(min(utf8.count, 63))) != 0
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
