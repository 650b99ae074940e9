import CopydeskCore

/// What a custom rule looks for — its tokens (or substitution phrases) and patterns — compiled once.
struct RuleMatcher: Sendable {
    struct Match: Sendable, Hashable {
        /// Byte range in the block's text.
        var range: Range<Int>
        /// The phrase that matched, for tokens and substitutions; nil for patterns.
        var phrase: String?
    }

    private let phrases: PhraseMatcher
    /// Phrase words in their written case, for rules with `ignoreCase: false`.
    private let caseSensitiveWords: [String: [PhraseWord]]?
    private let patterns: [TimedRegex]

    /// Problems found while compiling: invalid patterns.
    let problems: [String]

    init(rule: CustomRule, regexTimeLimit: Duration) {
        let phraseList = rule.kind == .substitution ? rule.swap.keys.sorted() : rule.tokens
        phrases = PhraseMatcher(phraseList)
        caseSensitiveWords =
            rule.ignoreCase ? nil : Dictionary(uniqueKeysWithValues: phraseList.map { ($0, PhraseWord.words(of: $0)) })
        var compiled: [TimedRegex] = []
        var problems: [String] = []
        for (number, pattern) in rule.patterns.enumerated() {
            do {
                compiled.append(try TimedRegex(pattern: pattern, ignoreCase: rule.ignoreCase, limit: regexTimeLimit))
            } catch {
                problems.append(
                    "rules.\(rule.id).patterns[\(number)]: '\(pattern)' is not a valid regular expression; fix or remove it"
                )
            }
        }
        patterns = compiled
        self.problems = problems
    }

    var isEmpty: Bool { phrases.isEmpty && patterns.isEmpty }

    /// Matches in a text, in order, without overlaps (the earlier, then the longer, wins), and the
    /// patterns whose time limit cut the search short.
    func matches(in text: String, tokens: [Words.Token]) -> (matches: [Match], timedOut: [String]) {
        var found: [Match] = []
        if !phrases.isEmpty {
            let bytes = caseSensitiveWords == nil ? [] : Array(text.utf8)
            for match in phrases.matches(in: tokens) {
                if let words = caseSensitiveWords?[match.phrase],
                    !PhraseWord.matches(words, tokens[match.tokenRange], in: bytes)
                {
                    continue
                }
                found.append(Match(range: match.range, phrase: match.phrase))
            }
        }
        var timedOut: [String] = []
        for pattern in patterns {
            let result = pattern.matches(in: text)
            found += result.ranges.map { Match(range: $0, phrase: nil) }
            if result.timedOut { timedOut.append(pattern.pattern) }
        }
        found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var result: [Match] = []
        for match in found where match.range.lowerBound >= (result.last?.range.upperBound ?? 0) {
            result.append(match)
        }
        return (result, timedOut)
    }
}

/// One word of a phrase as written, for case-sensitive matching (`*` is any word, `word*` a prefix).
enum PhraseWord: Sendable, Hashable {
    case exact(String)
    case prefix(String)
    case any

    static func words(of phrase: String) -> [PhraseWord] {
        let marked = phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR")
        let bytes = Array(marked.utf8)
        return Words.tokens(in: marked).map { token in
            let word = String(decoding: bytes[token.range], as: UTF8.self)
            if word == "WILDCARDSTAR" { return .any }
            if word.hasSuffix("WILDCARDSTAR") { return .prefix(String(word.dropLast("WILDCARDSTAR".count))) }
            return .exact(word)
        }
    }

    /// Whether the written words of a phrase equal the text's words at `tokens`, case included.
    static func matches(_ words: [PhraseWord], _ tokens: ArraySlice<Words.Token>, in bytes: [UInt8]) -> Bool {
        guard words.count == tokens.count else { return false }
        for (word, token) in zip(words, tokens) {
            let written = String(decoding: bytes[token.range], as: UTF8.self).replacingOccurrences(of: "’", with: "'")
            switch word {
            case .any: continue
            case .prefix(let stem): if !written.hasPrefix(stem) { return false }
            case .exact(let exact): if written != exact.replacingOccurrences(of: "’", with: "'") { return false }
            }
        }
        return true
    }
}
