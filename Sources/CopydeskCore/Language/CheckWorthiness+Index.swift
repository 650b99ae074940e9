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
    private enum Word: Sendable, Hashable {
        case exact(String)
        case prefix(String)
        case any

        func matches(_ token: String) -> Bool {
            switch self {
            case .exact(let word): token == word
            case .prefix(let stem): token.hasPrefix(stem)
            case .any: true
            }
        }

        /// Whether a token whose first byte is `byte` could match (see `FirstWordShapes`).
        func mayMatch(firstByte byte: UInt8) -> Bool {
            switch self {
            case .exact(let word): FirstWordShapes.mayMatch(word, firstByte: byte)
            case .prefix(let stem): FirstWordShapes.mayMatch(stem, firstByte: byte)
            case .any: true
            }
        }
    }

    /// A class, so the matching loop passes one reference around (see `PhraseMatcher`).
    private final class Entry: Sendable {
        let phrase: String
        let words: [Word]
        let list: Int

        init(phrase: String, words: [Word], list: Int) {
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
                let words = Words.tokens(in: phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR")).map {
                    token -> Word in
                    let text = token.text
                    if text == "wildcardstar" { return .any }
                    if text.hasSuffix("wildcardstar") { return .prefix(String(text.dropLast("wildcardstar".count))) }
                    return .exact(text.replacingOccurrences(of: "’", with: "'"))
                }
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
        othersByFirstByte = (0...255).map { byte in
            others.indices.filter { others[$0].words[0].mayMatch(firstByte: UInt8(byte)) }
        }
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
                for (offset, word) in entry.words.enumerated() where !word.matches(words[index + offset]) { return }
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
