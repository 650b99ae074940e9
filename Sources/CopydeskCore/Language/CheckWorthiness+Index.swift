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
    /// A class, so the matching loop passes one reference around (see `PhraseMatcher`).
    private final class Entry: Sendable {
        let phrase: String
        let words: [LexiconWord]
        let list: Int

        init(phrase: String, words: [LexiconWord], list: Int) {
            self.phrase = phrase
            self.words = words
            self.list = list
        }
    }

    private var byFirstWord: [String: [Entry]] = [:]
    private var others: [Entry] = []
    /// Filters in front of `byFirstWord` and `others`, as in `PhraseMatcher`.
    private var firstWordShapes = FirstWordShapes()
    private var othersByFirstByte: [[Int]] = []
    let listCount: Int

    init(_ lists: [[String]]) {
        listCount = lists.count
        for (list, phrases) in lists.enumerated() {
            for phrase in phrases {
                let words = LexiconWord.words(of: phrase)
                guard !words.isEmpty else { continue }
                let entry = Entry(phrase: phrase, words: words, list: list)
                if case .exact(let first) = words[0] {
                    byFirstWord[first, default: []].append(entry)
                    firstWordShapes.insert(first)
                } else {
                    others.append(entry)
                }
            }
        }
        othersByFirstByte = LexiconWord.indicesByFirstByte(others.map { $0.words[0] })
    }

    /// The matches of every list, indexed by list.
    func matches(words: [String], tokens: [Words.Token]) -> [[PhraseMatcher.Match]] {
        var result = [[PhraseMatcher.Match]](repeating: [], count: listCount)
        var nextFree = [Int](repeating: 0, count: listCount)
        var best = [Entry?](repeating: nil, count: listCount)
        for index in words.indices {
            for list in 0..<listCount { best[list] = nil }
            var any = false
            func consider(_ entry: Entry) {
                guard nextFree[entry.list] <= index, index + entry.words.count <= words.count,
                    entry.words.count > (best[entry.list]?.words.count ?? 0)
                else { return }
                guard LexiconWord.match(entry.words, at: index, words) else { return }
                best[entry.list] = entry
                any = true
            }
            let word = words[index]
            if firstWordShapes.mayContain(word), let candidates = byFirstWord[word] {
                for entry in candidates { consider(entry) }
            }
            if !others.isEmpty {
                for position in othersByFirstByte[Int(word.utf8.first ?? 0)] { consider(others[position]) }
            }
            guard any else { continue }
            for list in 0..<listCount {
                guard let entry = best[list] else { continue }
                let end = index + entry.words.count
                result[list].append(
                    PhraseMatcher.Match(
                        phrase: entry.phrase, tokenRange: index..<end,
                        range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                nextFree[list] = end
            }
        }
        return result
    }
}
