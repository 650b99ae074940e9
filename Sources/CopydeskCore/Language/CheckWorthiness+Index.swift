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
    /// Entries are referred to by their index in `entries`: the matching loop keeps integers,
    /// not references it would retain and release.
    private struct Entry: Sendable {
        let phrase: String
        let words: [LexiconWord]
        let list: Int
    }

    private var entries: [Entry] = []
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
                if case .exact(let first) = words[0] {
                    byFirstWord[first, default: []].append(entries.count)
                    firstWordShapes.insert(first)
                } else {
                    others.append(entries.count)
                }
                entries.append(Entry(phrase: phrase, words: words, list: list))
            }
        }
        othersByFirstByte = LexiconWord.indicesByFirstByte(others.map { entries[$0].words[0] }).map { positions in
            positions.map { others[$0] }
        }
    }

    /// The matches of every list, indexed by list.
    func matches(words: [String], tokens: [Words.Token]) -> [[PhraseMatcher.Match]] {
        var result = [[PhraseMatcher.Match]](repeating: [], count: listCount)
        var nextFree = [Int](repeating: 0, count: listCount)
        // The longest entry that matches at the current token, per list (-1: none), and the lists that have one.
        var best = [Int](repeating: -1, count: listCount)
        var bestLength = [Int](repeating: 0, count: listCount)
        var found: [Int] = []
        for index in words.indices {
            let word = words[index]
            if firstWordShapes.mayContain(word), let candidates = byFirstWord[word] {
                for candidate in candidates {
                    consider(candidate, at: index, words, nextFree, &best, &bestLength, &found)
                }
            }
            if !others.isEmpty {
                for candidate in othersByFirstByte[Int(word.utf8.first ?? 0)] {
                    consider(candidate, at: index, words, nextFree, &best, &bestLength, &found)
                }
            }
            guard !found.isEmpty else { continue }
            for list in found {
                let entry = entries[best[list]]
                let end = index + bestLength[list]
                result[list].append(
                    PhraseMatcher.Match(
                        phrase: entry.phrase, tokenRange: index..<end,
                        range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                nextFree[list] = end
                best[list] = -1
                bestLength[list] = 0
            }
            found.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// Takes `candidate` as its list's best at `index` when it matches there and is longer than
    /// the best so far (so of two equally long entries the first considered stays).
    @inline(__always)
    private func consider(
        _ candidate: Int, at index: Int, _ words: [String], _ nextFree: [Int], _ best: inout [Int],
        _ bestLength: inout [Int], _ found: inout [Int]
    ) {
        let entry = entries[candidate]
        let list = entry.list
        let length = entry.words.count
        guard nextFree[list] <= index, index + length <= words.count, length > bestLength[list],
            LexiconWord.match(entry.words, at: index, words)
        else { return }
        if best[list] < 0 { found.append(list) }
        best[list] = candidate
        bestLength[list] = length
    }
}
