import CopydeskCore

/// A block or sentence that repeats an earlier one.
struct Repeat: Sendable, Hashable {
    /// Index of the repeating item (a block index, or a sentence index).
    var index: Int
    /// Index of its first occurrence.
    var first: Int
}

/// Exact repeats after normalisation, shared by the repetition checks.
enum Repeats {
    /// Items whose key equals an earlier item's key, each paired with the first item of that key.
    /// Items arrive in document order; nil keys are never compared.
    static func later<Key: Hashable>(_ items: some Sequence<(index: Int, key: Key?)>) -> [Repeat] {
        var firsts: [Key: Int] = [:]
        var result: [Repeat] = []
        for item in items {
            guard let key = item.key else { continue }
            if let first = firsts[key] {
                result.append(Repeat(index: item.index, first: first))
            } else {
                firsts[key] = item.index
            }
        }
        return result
    }

    /// The comparison key of a text: its normalised words, or nil when it has fewer than `minWords`.
    static func key(_ text: String, minWords: Int = 1) -> String? {
        let normalized = Words.normalized(text)
        guard !normalized.isEmpty else { return nil }
        return wordCount(ofKey: normalized) >= minWords ? normalized : nil
    }

    /// The number of words in a key (its words are joined by single spaces).
    static func wordCount(ofKey key: String) -> Int {
        key.isEmpty ? 0 : key.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
    }

    /// Paragraphs and block quotes: the blocks compared as paragraphs.
    static func isParagraph(_ block: Block) -> Bool {
        switch block.kind {
        case .paragraph, .quote: true
        default: false
        }
    }

    static func isListItem(_ block: Block) -> Bool {
        if case .listItem = block.kind { return true }
        return false
    }

    /// Exact repeats among the lintable paragraphs of at least `minWords` words, repeated titles left out.
    static func paragraphs(in article: Article, minWords: Int) -> [Repeat] {
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        return later(
            article.blocks.indices.lazy.map { index -> (index: Int, key: String?) in
                let block = article.blocks[index]
                guard block.isLintable, isParagraph(block), !titles.contains(index) else { return (index, nil) }
                return (index, key(block.text, minWords: minWords))
            })
    }

    /// Exact repeats among list items: within one list at any length, across lists from `minWords` words
    /// (short items such as "Eggs" recur in separate lists on purpose).
    static func listItems(in article: Article, minWords: Int) -> [Repeat] {
        var firstAnywhere: [String: Int] = [:]
        var firstInList: [String: Int] = [:]
        var inList = false
        var result: [Repeat] = []
        for (index, block) in article.blocks.enumerated() where block.isLintable {
            guard isListItem(block) else {
                inList = false
                continue
            }
            if !inList { firstInList = [:] }
            inList = true
            guard let key = Repeats.key(block.text) else { continue }
            let long = wordCount(ofKey: key) >= minWords
            if long, let first = firstAnywhere[key] {
                result.append(Repeat(index: index, first: first))
            } else if let first = firstInList[key] {
                result.append(Repeat(index: index, first: first))
            }
            if firstInList[key] == nil { firstInList[key] = index }
            if long, firstAnywhere[key] == nil { firstAnywhere[key] = index }
        }
        return result
    }
}

extension Repeats {
    /// A paragraph that is nearly the same as an earlier one.
    struct NearRepeat: Sendable, Hashable {
        var index: Int
        var first: Int
        var similarity: Double
    }

    /// Paragraphs of at least `minWords` words whose 3-word shingles have a Jaccard similarity at or
    /// above `threshold` with an earlier paragraph, exact repeats and repeated titles left out.
    static func nearParagraphs(in article: Article, minWords: Int, threshold: Double) -> [NearRepeat] {
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        var firstOfKey: Set<String> = []
        var blockIndices: [Int] = []
        var words: [[String]] = []
        for (index, block) in article.blocks.enumerated()
        where block.isLintable && isParagraph(block) && !titles.contains(index) {
            guard let key = key(block.text, minWords: minWords), firstOfKey.insert(key).inserted else { continue }
            blockIndices.append(index)
            words.append(key.split(separator: " ").map(String.init))
        }
        let join = ShingleJoin(threshold: threshold)
        return join.matches(words.map(join.shingles(of:))).map { match in
            NearRepeat(index: blockIndices[match.later], first: blockIndices[match.earlier], similarity: match.similarity)
        }
    }
}
