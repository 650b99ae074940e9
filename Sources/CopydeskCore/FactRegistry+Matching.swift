/// Finds the known claims a sentence makes, whatever its wording and word order.
///
/// An entry matches through one of its phrases, or when every group of its key terms has a
/// variant in one clause of the sentence ("vaccines cause autism", "autism is caused by the MMR
/// vaccine"). A sentence that denies or debunks the claim does not match: a negation in the
/// matched span or just before it ("there is no link between vaccines and autism", "vaccines do
/// not cause autism"), or a debunking word anywhere in the sentence ("the myth that…").
public struct FactRegistryMatcher: Sendable {
    /// One known claim found in a sentence.
    public struct Match: Sendable, Hashable {
        public var claim: KnownClaim
        /// UTF-8 byte range in the sentence, from the first matched word to the last.
        public var range: Range<Int>
    }

    enum Word: Sendable, Hashable {
        case exact(String)
        case prefix(String)

        init(_ text: String) {
            let folded = Words.folded(text.lowercased())
            self = folded.hasSuffix("*") ? .prefix(String(folded.dropLast())) : .exact(folded)
        }

        func matches(_ token: String) -> Bool {
            switch self {
            case .exact(let word): token == word
            case .prefix(let stem): token.hasPrefix(stem)
            }
        }
    }

    /// A class: every sentence is tested against every entry, and a reference is cheap to pass around.
    final class Entry: Sendable {
        let claim: KnownClaim
        let phrases: PhraseMatcher
        /// Each group: its variants, each a sequence of words.
        let groups: [[[Word]]]
        /// Whether the entry has phrases.
        let hasPhrases: Bool
        /// The first words of the entry's phrases when each is an exact word (a phrase can only
        /// match where its first word is); nil when one starts with a wildcard or a prefix.
        let phraseFirstWords: [String]?
        /// For each group, the first word of each variant, prefixes numbered (`stems`).
        let groupFirstWords: [[FirstWord]]

        enum FirstWord {
            case exact(String)
            /// A prefix: its number among the matcher's stems.
            case stem(Int)
        }

        init(claim: KnownClaim, phrases: [String], groups: [[[Word]]], stems: inout [String: Int]) {
            self.claim = claim
            self.phrases = PhraseMatcher(phrases)
            self.groups = groups
            groupFirstWords = groups.map { group in
                group.map { variant in
                    switch variant[0] {
                    case .exact(let word): return .exact(word)
                    case .prefix(let stem):
                        if let number = stems[stem] { return .stem(number) }
                        stems[stem] = stems.count
                        return .stem(stems.count - 1)
                    }
                }
            }
            hasPhrases = !phrases.isEmpty
            var firstWords: [String]? = []
            for phrase in phrases {
                switch LexiconWord.words(of: phrase).first {
                case .exact(let word): firstWords?.append(word)
                case .prefix, .any: firstWords = nil
                case nil: continue
                }
            }
            phraseFirstWords = firstWords
        }

        /// Whether one of the phrases may match: the first word of one is in the sentence.
        func phrasesMayMatch(_ sentence: SentenceWords) -> Bool {
            guard hasPhrases else { return false }
            guard let phraseFirstWords else { return true }
            return phraseFirstWords.contains { sentence.present.contains($0) }
        }

        /// Whether the term groups may match: every group has a variant whose first word is in
        /// the sentence (the first word of a match is).
        func groupsMayMatch(_ sentence: inout SentenceWords) -> Bool {
            guard !groups.isEmpty else { return false }
            for group in groupFirstWords {
                var found = false
                for first in group {
                    switch first {
                    case .exact(let word): found = sentence.present.contains(word)
                    case .stem(let number): found = sentence.hasWord(startingWithStem: number)
                    }
                    if found { break }
                }
                if !found { return false }
            }
            return true
        }
    }

    /// One sentence's words as every entry reads them: a set for exact words, and the answers
    /// for the word prefixes asked so far (several entries share stems such as `vaccin`).
    struct SentenceWords {
        let words: [String]
        let present: WordSet
        private let stems: [String]
        /// Per stem: 0 not asked yet, 1 a word starts with it, 2 none does.
        private var answers: [UInt8]

        init(_ words: [String], stems: [String]) {
            self.words = words
            present = WordSet(words)
            self.stems = stems
            answers = [UInt8](repeating: 0, count: stems.count)
        }

        /// Whether a word of the sentence starts with stem number `number` (`Word.prefix` matching).
        mutating func hasWord(startingWithStem number: Int) -> Bool {
            if answers[number] == 0 {
                let stem = stems[number]
                answers[number] = words.contains { $0.hasPrefix(stem) } ? 1 : 2
            }
            return answers[number] == 1
        }
    }

    let entries: [Entry]
    /// The distinct prefixes that start a variant, numbered.
    let stems: [String]

    public init(_ registry: FactRegistry) {
        var stems: [String: Int] = [:]
        entries = registry.claims.map { claim in
            let groups = claim.match.terms.filter { !$0.isEmpty }.map { group in
                group.map { variant in
                    variant.split(whereSeparator: { $0 == " " }).map { Word(String($0)) }
                }.filter { !$0.isEmpty }
            }
            return Entry(claim: claim, phrases: claim.match.phrases, groups: groups, stems: &stems)
        }
        self.stems = stems.sorted { $0.value < $1.value }.map(\.key)
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The known claims the sentence makes, in registry order.
    public func matches(in sentence: String) -> [Match] {
        let tokens = Words.tokens(in: sentence).map { token -> Words.Token in
            guard token.text.utf8.contains(0xE2), token.text.contains("’") else { return token }
            return Words.Token(text: token.text.replacingOccurrences(of: "’", with: "'"), range: token.range)
        }
        guard !tokens.isEmpty else { return [] }
        let words = tokens.map(\.text)
        let bytes = Array(sentence.utf8)
        if FactRegistryDebunking.isDebunking(words) { return [] }
        let clauses = FactRegistryDebunking.clauseIndex(tokens, bytes)
        let negation = NegationScope(text: sentence, tokens: tokens)
        var result: [Match] = []
        // Most entries have no word in the sentence: they are ruled out before any matching.
        var sentence = SentenceWords(words, stems: stems)
        let clauseOrder = Set(clauses).sorted()
        for entry in entries {
            let phrases = entry.phrasesMayMatch(sentence)
            let groups = entry.groupsMayMatch(&sentence)
            guard phrases || groups,
                let span = span(
                    of: entry, phrases: phrases, groups: groups, tokens: tokens, words: words, clauses: clauses,
                    clauseOrder: clauseOrder)
            else { continue }
            if FactRegistryDebunking.isNegated(span: span.tokens, exempt: span.exempt, negation: negation) { continue }
            let range =
                tokens[span.tokens.lowerBound].range.lowerBound..<tokens[span.tokens.upperBound - 1].range.upperBound
            result.append(Match(claim: entry.claim, range: range))
        }
        return result
    }

    /// The token span of the entry's match, and the tokens that are the entry's own wording.
    /// `phrases` and `groups`: whether each may match at all (`Entry.phrasesMayMatch`,
    /// `groupsMayMatch`); `clauseOrder`: the distinct clause numbers, in order.
    private func span(
        of entry: Entry, phrases: Bool, groups: Bool, tokens: [Words.Token], words: [String], clauses: [Int],
        clauseOrder: [Int]
    ) -> (tokens: Range<Int>, exempt: Range<Int>?)? {
        // The tokens are folded already: `words` are their texts.
        if phrases, let phrase = entry.phrases.matches(words: words, tokens: tokens).first {
            return (phrase.tokenRange, phrase.tokenRange)
        }
        guard groups else { return nil }
        // Every group must occur within one clause; try each clause that holds the first group.
        for clause in clauseOrder {
            var lower = Int.max
            var upper = Int.min
            var found = true
            for group in entry.groups {
                guard let hit = firstHit(of: group, in: words, clause: clause, clauses: clauses) else {
                    found = false
                    break
                }
                lower = min(lower, hit.lowerBound)
                upper = max(upper, hit.upperBound)
            }
            if found { return (lower..<upper, nil) }
        }
        return nil
    }

    private func firstHit(of group: [[Word]], in words: [String], clause: Int, clauses: [Int]) -> Range<Int>? {
        for index in words.indices where clauses[index] == clause {
            for variant in group where index + variant.count <= words.count {
                var matched = true
                for (offset, word) in variant.enumerated()
                where clauses[index + offset] != clause || !word.matches(words[index + offset]) {
                    matched = false
                    break
                }
                if matched { return index..<(index + variant.count) }
            }
        }
        return nil
    }
}
