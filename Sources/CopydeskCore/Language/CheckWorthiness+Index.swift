extension CheckWorthiness {
    /// The lexicons the detector matches, one index each in a `LexiconIndex`.
    enum List: Int, CaseIterable {
        case efficacy, efficacyVerbs, causal, causalVerbs, safety, superlatives, research, vagueAttributions
        case attributionAgents, attributionVerbs, advice, articleDescriptions
    }
}

/// Several phrase lexicons matched in one pass over a sentence's tokens.
///
/// Each list gets what `PhraseMatcher` would give it (longest entry first at each position,
/// without overlaps inside the list, `*` any one word, `stem*` a prefix), but the sentence is read
/// once with one dictionary lookup per token instead of once per list.
struct LexiconIndex: Sendable {
    /// Entries are numbered; everything the matching loop reads about them is integers and
    /// ranges into flat arrays, so it retains nothing per token.
    private var phrases: [String] = []
    private var entryLists: [Int] = []
    /// Each entry's words, a range of `lexiconWords` and of `codes`.
    private var entryWords: [Range<Int>] = []
    private var lexiconWords: [LexiconWord] = []
    /// Each entry word as the matching loop compares it: an exact word's number in `exactWords`
    /// (a token matches it when its number there is the same, exactly when the strings are
    /// equal), `PhraseTable.any`, or `Self.prefix - i` for the stem `prefixes[i]`.
    private var codes: [Int32] = []
    private var exactWords = WordTable(filtered: false)
    private var prefixes: [String] = []
    private static let prefix: Int32 = -2
    /// Entries starting with an exact word, by the number of that word in `firstWords`, as a
    /// range of `candidates`, in lexicon order.
    private var firstWords = WordTable()
    private var byFirstWord: [Range<Int>] = []
    /// For each first byte of a token, the entries starting with a wildcard or prefix that could
    /// match there, as a range of `candidates`, in lexicon order.
    private var othersByFirstByte: [Range<Int>] = []
    private var candidates: [Int] = []
    let listCount: Int

    init(_ lists: [[String]]) {
        listCount = lists.count
        var exact: [[Int]] = []
        var others: [Int] = []
        for (list, phrases) in lists.enumerated() {
            for phrase in phrases {
                let words = LexiconWord.words(of: phrase)
                guard !words.isEmpty else { continue }
                let entry = self.phrases.count
                if case .exact(let first) = words[0] {
                    let (number, isNew) = firstWords.insert(first, filterEveryWord: true)
                    if isNew { exact.append([]) }
                    exact[number].append(entry)
                } else {
                    others.append(entry)
                }
                self.phrases.append(phrase)
                entryLists.append(list)
                entryWords.append(lexiconWords.count..<(lexiconWords.count + words.count))
                lexiconWords += words
                for word in words {
                    switch word {
                    case .exact(let text): codes.append(Int32(exactWords.insert(text).number))
                    case .prefix(let stem):
                        codes.append(Self.prefix - Int32(prefixes.count))
                        prefixes.append(stem)
                    case .any: codes.append(PhraseTable.any)
                    }
                }
            }
        }
        for entries in exact {
            byFirstWord.append(candidates.count..<(candidates.count + entries.count))
            candidates += entries
        }
        let othersFirstWords = others.map { lexiconWords[entryWords[$0].lowerBound] }
        for positions in LexiconWord.indicesByFirstByte(othersFirstWords) {
            othersByFirstByte.append(candidates.count..<(candidates.count + positions.count))
            candidates += positions.map { others[$0] }
        }
    }

    /// The matches of every list, indexed by list; empty when no list matches (as `TextScan.matches` reads it).
    func matches(words: [String], tokens: [Words.Token]) -> [[PhraseMatcher.Match]] {
        matches(keys: WordKeys(words), tokens: tokens)
    }

    /// The same over words hashed once for the sentence (`SentenceText.keys`).
    func matches(keys: WordKeys, tokens: [Words.Token]) -> [[PhraseMatcher.Match]] {
        let wordCount = keys.count
        var result: [[PhraseMatcher.Match]] = []
        // For each list: the first token a new match may start at, and the longest entry that
        // matches at the current token (-1: none) with its length; then the lists that have one.
        // After them, each token's number in `exactWords` (`PhraseTable.unknown` until looked up).
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * listCount + wordCount) { scratch in
            let count = listCount
            scratch.initialize(repeating: 0)
            let nextFree = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let best = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
            let bestLength = UnsafeMutableBufferPointer(rebasing: scratch[(2 * count)..<(3 * count)])
            let found = UnsafeMutableBufferPointer(rebasing: scratch[(3 * count)..<(4 * count)])
            let numbers = UnsafeMutableBufferPointer(rebasing: scratch[(4 * count)...])
            numbers.update(repeating: Int(PhraseTable.unknown))
            var foundCount = 0
            best.update(repeating: -1)
            // The token's number in `exactWords` (-1 when no entry word equals it), looked up once.
            func number(at index: Int) -> Int {
                let known = numbers[index]
                if known != Int(PhraseTable.unknown) { return known }
                let number = exactWords.number(in: keys, at: index) ?? -1
                numbers[index] = number
                return number
            }
            // Takes `candidate` as its list's best at `index` when it matches there and is longer
            // than the best so far (so of two equally long entries the first considered stays).
            // The words before `first` are known to match.
            func consider(_ candidate: Int, at index: Int, from first: Int) {
                let list = entryLists[candidate]
                let range = entryWords[candidate]
                guard nextFree[list] <= index, index + range.count <= wordCount, range.count > bestLength[list]
                else { return }
                var offset = first
                while offset < range.count {
                    let code = codes[range.lowerBound + offset]
                    if code >= 0 {
                        if number(at: index + offset) != Int(code) { return }
                    } else if code != PhraseTable.any {
                        if !keys.words[index + offset].hasPrefix(prefixes[Int(Self.prefix - code)]) { return }
                    }
                    offset += 1
                }
                if best[list] < 0 {
                    found[foundCount] = list
                    foundCount += 1
                }
                best[list] = candidate
                bestLength[list] = range.count
            }
            for index in 0..<wordCount {
                // A first word found in `firstWords` equals the entries' first word.
                if let number = firstWords.number(in: keys, at: index) {
                    for position in byFirstWord[number] { consider(candidates[position], at: index, from: 1) }
                }
                for position in othersByFirstByte[Int(keys.shape(at: index).first)] {
                    consider(candidates[position], at: index, from: 0)
                }
                guard foundCount > 0 else { continue }
                if result.isEmpty { result = Array(repeating: [], count: count) }
                for list in found[0..<foundCount] {
                    let end = index + bestLength[list]
                    result[list].append(
                        PhraseMatcher.Match(
                            phrase: phrases[best[list]], tokenRange: index..<end,
                            range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                    nextFree[list] = end
                    best[list] = -1
                    bestLength[list] = 0
                }
                foundCount = 0
            }
        }
        return result
    }
}
