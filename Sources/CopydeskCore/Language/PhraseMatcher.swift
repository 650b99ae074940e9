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
    }

    private struct Entry: Sendable {
        var phrase: String
        var words: [Word]
    }

    /// Entries indexed by their first exact word; entries starting with a wildcard or prefix sit apart.
    private var byFirstWord: [String: [Entry]] = [:]
    private var others: [Entry] = []

    public init(_ phrases: [String]) {
        for phrase in phrases {
            let words = Words.tokens(in: phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR")).map { token -> Word in
                let text = token.text
                if text == "wildcardstar" { return .any }
                if text.hasSuffix("wildcardstar") { return .prefix(String(text.dropLast("wildcardstar".count))) }
                return .exact(text.replacingOccurrences(of: "’", with: "'"))
            }
            guard !words.isEmpty else { continue }
            let entry = Entry(phrase: phrase, words: words)
            if case .exact(let first) = words[0] {
                byFirstWord[first, default: []].append(entry)
            } else {
                others.append(entry)
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    public var isEmpty: Bool { byFirstWord.isEmpty && others.isEmpty }

    /// Every match, longest first at each position, without overlaps.
    public func matches(in text: String) -> [Match] {
        matches(in: Words.tokens(in: text))
    }

    /// Every match over pre-computed tokens, longest first at each position, without overlaps.
    public func matches(in tokens: [Words.Token]) -> [Match] {
        var result: [Match] = []
        var index = 0
        let folded = tokens.map { Words.folded($0.text) }
        while index < tokens.count {
            if let entry = longestEntry(at: index, folded) {
                let end = index + entry.words.count
                result.append(
                    Match(
                        phrase: entry.phrase, tokenRange: index..<end,
                        range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    private func longestEntry(at index: Int, _ tokens: [String]) -> Entry? {
        var best: Entry?
        if let candidates = byFirstWord[tokens[index]] {
            // Sorted longest first: the first that matches is the longest.
            for entry in candidates where entry.words.count <= tokens.count - index {
                if matches(entry, at: index, tokens) {
                    best = entry
                    break
                }
            }
        }
        for entry in others where entry.words.count > (best?.words.count ?? 0) {
            if entry.words.count <= tokens.count - index, matches(entry, at: index, tokens) { best = entry }
        }
        return best
    }

    @inline(__always)
    private func matches(_ entry: Entry, at index: Int, _ tokens: [String]) -> Bool {
        for (offset, word) in entry.words.enumerated() where !word.matches(tokens[index + offset]) {
            return false
        }
        return true
    }
}
