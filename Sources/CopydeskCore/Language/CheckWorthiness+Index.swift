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
    /// Entries are referred to by their index in these parallel arrays: the matching loop keeps
    /// integers and reads an entry's words only once its list and length allow a match.
    private var phrases: [String] = []
    private var entryWords: [[LexiconWord]] = []
    private var entryLists: [Int] = []
    private var entryLengths: [Int] = []
    private var byFirstWord: [String: [Int]] = [:]
    private var others: [Int] = []
    /// Filters in front of `byFirstWord` and `others`, as in `PhraseMatcher`.
    private var firstWordShapes = FirstWordShapes()
    /// For each first byte of a token, the entries of `others` (in order) that could match there.
    private var othersByFirstByte: [[Int]] = []
    let listCount: Int

    init(_ lists: [[String]]) {
        listCount = lists.count
        for (list, phrases) in lists.enumerated() {
            for phrase in phrases {
                let words = LexiconWord.words(of: phrase)
                guard !words.isEmpty else { continue }
                let entry = self.phrases.count
                if case .exact(let first) = words[0] {
                    byFirstWord[first, default: []].append(entry)
                    firstWordShapes.insert(first)
                } else {
                    others.append(entry)
                }
                self.phrases.append(phrase)
                entryWords.append(words)
                entryLists.append(list)
                entryLengths.append(words.count)
            }
        }
        othersByFirstByte = LexiconWord.indicesByFirstByte(others.map { entryWords[$0][0] }).map { positions in
            positions.map { others[$0] }
        }
    }

    /// Per sentence: for each list, the first token a new match may start at, and the longest
    /// entry that matches at the current token (-1: none) with its length; and the lists that have one.
    private struct Progress {
        var nextFree: [Int]
        var best: [Int]
        var bestLength: [Int]
        var found: [Int] = []
    }

    /// The matches of every list, indexed by list.
    func matches(words: [String], tokens: [Words.Token]) -> [[PhraseMatcher.Match]] {
        var result = [[PhraseMatcher.Match]](repeating: [], count: listCount)
        var progress = Progress(
            nextFree: [Int](repeating: 0, count: listCount), best: [Int](repeating: -1, count: listCount),
            bestLength: [Int](repeating: 0, count: listCount))
        for index in words.indices {
            let word = words[index]
            if firstWordShapes.mayContain(word), let candidates = byFirstWord[word] {
                for candidate in candidates { consider(candidate, at: index, words, &progress) }
            }
            if !others.isEmpty {
                for candidate in othersByFirstByte[Int(word.utf8.first ?? 0)] {
                    consider(candidate, at: index, words, &progress)
                }
            }
            guard !progress.found.isEmpty else { continue }
            for list in progress.found {
                let end = index + progress.bestLength[list]
                result[list].append(
                    PhraseMatcher.Match(
                        phrase: phrases[progress.best[list]], tokenRange: index..<end,
                        range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                progress.nextFree[list] = end
                progress.best[list] = -1
                progress.bestLength[list] = 0
            }
            progress.found.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// Takes `candidate` as its list's best at `index` when it matches there and is longer than
    /// the best so far (so of two equally long entries the first considered stays).
    @inline(__always)
    private func consider(_ candidate: Int, at index: Int, _ words: [String], _ progress: inout Progress) {
        let list = entryLists[candidate]
        let length = entryLengths[candidate]
        guard progress.nextFree[list] <= index, index + length <= words.count, length > progress.bestLength[list],
            LexiconWord.match(entryWords[candidate], at: index, words)
        else { return }
        if progress.best[list] < 0 { progress.found.append(list) }
        progress.best[list] = candidate
        progress.bestLength[list] = length
    }
}
