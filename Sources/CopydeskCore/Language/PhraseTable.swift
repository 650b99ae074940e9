/// A `PhraseMatcher`'s entries, numbered, with everything its matching loop reads as integers
/// and ranges into flat arrays: the loop retains nothing per token and compares words by number.
///
/// Each exact entry word has a number in `exactWords` (words equal in Swift share one), and each
/// token is looked up there once per match call, so an entry's exact words match a token when
/// the numbers are equal, exactly when the strings are equal.
final class PhraseTable: Sendable {
    /// A token not looked up yet.
    static let unknown = Int32.min
    /// The entry word `*`; an entry word below it is the prefix `prefixes[prefix - word]`.
    static let any: Int32 = -1
    private static let prefix: Int32 = -2

    let phrases: [String]
    /// Each entry's words, a range of `words`.
    let entryWords: [Range<Int>]
    /// An exact word's number in `exactWords`, `any`, or a prefix.
    private let words: [Int32]
    private let prefixes: [String]
    private let exactWords: WordTable
    /// A filter in front of the first-word lookup: bit `length` of the mask at an ASCII first
    /// byte is set when an entry's first word starts with that byte and has that many bytes.
    private let firstWordShapes: FirstWordShapes
    /// For each number in `exactWords`, the entries starting with that word, longest first, as a
    /// range of `candidates` (empty for a word no entry starts with).
    private let byFirstWord: [Range<Int>]
    /// For each first byte of a token, the entries starting with a wildcard or prefix that could
    /// match there, as a range of `candidates`, in lexicon order.
    private let othersByFirstByte: [Range<Int>]
    private let hasOthers: Bool
    private let candidates: [Int]

    init(_ lexicon: [String]) {
        var phrases: [String] = []
        var entryWords: [Range<Int>] = []
        var words: [Int32] = []
        var prefixes: [String] = []
        var exactWords = WordTable(filtered: false, capacity: lexicon.count)
        var firstWordShapes = FirstWordShapes()
        // The entries starting with each exact word, by its number.
        var byFirstNumber: [[Int]] = []
        var others: [Int] = []
        var othersFirstWords: [LexiconWord] = []
        for phrase in lexicon {
            let lexiconWords = LexiconWord.words(of: phrase)
            guard !lexiconWords.isEmpty else { continue }
            let entry = phrases.count
            phrases.append(phrase)
            entryWords.append(words.count..<(words.count + lexiconWords.count))
            for word in lexiconWords {
                switch word {
                case .exact(let text): words.append(Int32(exactWords.insert(text).number))
                case .prefix(let stem):
                    words.append(Self.prefix - Int32(prefixes.count))
                    prefixes.append(stem)
                case .any: words.append(Self.any)
                }
            }
            if case .exact(let first) = lexiconWords[0] {
                let number = Int(words[entryWords[entry].lowerBound])
                while byFirstNumber.count <= number { byFirstNumber.append([]) }
                // Of first words equal in Swift, the first one stands for all (as a dictionary key would).
                if byFirstNumber[number].isEmpty { firstWordShapes.insert(first) }
                byFirstNumber[number].append(entry)
            } else {
                others.append(entry)
                othersFirstWords.append(lexiconWords[0])
            }
        }
        var candidates: [Int] = []
        var byFirstWord = Array(repeating: 0..<0, count: exactWords.count)
        for (number, entries) in byFirstNumber.enumerated() where !entries.isEmpty {
            let longestFirst = entries.sorted { entryWords[$0].count > entryWords[$1].count }
            byFirstWord[number] = candidates.count..<(candidates.count + longestFirst.count)
            candidates += longestFirst
        }
        var othersByFirstByte: [Range<Int>] = []
        for positions in LexiconWord.indicesByFirstByte(othersFirstWords) {
            othersByFirstByte.append(candidates.count..<(candidates.count + positions.count))
            candidates += positions.map { others[$0] }
        }
        self.phrases = phrases
        self.entryWords = entryWords
        self.words = words
        self.prefixes = prefixes
        self.exactWords = exactWords
        self.firstWordShapes = firstWordShapes
        self.byFirstWord = byFirstWord
        self.othersByFirstByte = othersByFirstByte
        self.hasOthers = !others.isEmpty
        self.candidates = candidates
    }

    /// The tokens of one match call and their numbers in `exactWords`, looked up once each.
    struct Reader {
        /// The tokens' words, each hashed once for the sentence.
        let keys: WordKeys
        let base: Int
        let end: Int
        /// Indexed from `base`; `unknown` until looked up, -1 for a word that is not in.
        let numbers: UnsafeMutableBufferPointer<Int32>

        @inline(__always)
        func number(at index: Int, in table: WordTable) -> Int32 {
            let known = numbers[index - base]
            if known != PhraseTable.unknown { return known }
            let number = Int32(table.number(in: keys, at: index) ?? -1)
            numbers[index - base] = number
            return number
        }
    }

    /// The longest entry that matches at `index` (-1: none), reading no token at or after `reader.end`.
    @inline(__always)
    func longestEntry(at index: Int, _ reader: Reader) -> Int {
        var best = -1
        var bestCount = 0
        let shape = reader.keys.shape(at: index)
        if firstWordShapes.mayContain(shape) {
            let number = reader.number(at: index, in: exactWords)
            if number >= 0 {
                // Longest first: the first that matches is the longest. The first word matches.
                for position in byFirstWord[Int(number)] {
                    let entry = candidates[position]
                    let count = entryWords[entry].count
                    if count <= reader.end - index, matches(entry, at: index, from: 1, reader) {
                        best = entry
                        bestCount = count
                        break
                    }
                }
            }
        }
        guard hasOthers else { return best }
        for position in othersByFirstByte[Int(shape.first)] {
            let entry = candidates[position]
            let count = entryWords[entry].count
            guard count > bestCount else { continue }
            if count <= reader.end - index, matches(entry, at: index, from: 0, reader) {
                best = entry
                bestCount = count
            }
        }
        return best
    }

    /// Whether the words of `entry` from its `first` on match the tokens from `index + first` on
    /// (the caller checks there are enough).
    @inline(__always)
    private func matches(_ entry: Int, at index: Int, from first: Int, _ reader: Reader) -> Bool {
        let range = entryWords[entry]
        var offset = first
        while offset < range.count {
            let word = words[range.lowerBound + offset]
            if word >= 0 {
                if reader.number(at: index + offset, in: exactWords) != word { return false }
            } else if word != Self.any {
                if !reader.keys.words[index + offset].hasPrefix(prefixes[Int(Self.prefix - word)]) { return false }
            }
            offset += 1
        }
        return true
    }
}
