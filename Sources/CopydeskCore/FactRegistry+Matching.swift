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

    /// What the ASCII words a `Word` of ASCII bytes matches look like: their first byte, and
    /// their length (at least the prefix's length for a prefix). An ASCII word of a sentence
    /// (`WordKeys.Key.isASCII`: its word is its bytes lowercased, the key's first byte and
    /// length theirs) equals an ASCII word only when the bytes are the same, and starts with an
    /// ASCII prefix only when its bytes do, so a key without that shape is no match. A `Word`
    /// of other bytes (`count` 0; also the empty prefix) lets every word through to `matches`.
    struct Shape {
        let first: UInt8
        let count: UInt32
        let isPrefix: Bool

        init(_ word: Word) {
            let (text, isPrefix) =
                switch word {
                case .exact(let text): (text, false)
                case .prefix(let text): (text, true)
                }
            let ascii = text.utf8.allSatisfy { $0 < 0x80 } && text.utf8.count <= WordKeys.Key.maxCount
            first = text.utf8.first ?? 0
            count = ascii ? UInt32(text.utf8.count) : 0
            self.isPrefix = isPrefix
        }

        /// Whether the word whose key is `key` may match: false only when it cannot.
        @inline(__always)
        func admits(_ key: WordKeys.Key) -> Bool {
            guard count > 0, key.isASCII else { return true }
            return key.first == first && (isPrefix ? key.count >= count : key.count == count)
        }
    }

    /// A class: a reference is cheap to pass around.
    final class Entry: Sendable {
        let claim: KnownClaim
        let phrases: PhraseMatcher
        /// Each group: its variants, each a sequence of words.
        let groups: [[[Word]]]
        /// Each group: the shape of each variant's first word, which rules most words of a
        /// sentence out by their keys before a string is compared.
        let firstShapes: [[Shape]]

        init(claim: KnownClaim, phrases: PhraseMatcher, groups: [[[Word]]]) {
            self.claim = claim
            self.phrases = phrases
            self.groups = groups
            firstShapes = groups.map { group in group.map { Shape($0[0]) } }
        }
    }

    let entries: [Entry]
    /// Rules out, from a sentence's words, the entries that cannot match it.
    let prefilter: FactRegistryPrefilter

    public init(_ registry: FactRegistry) {
        entries = registry.claims.map { claim in
            let groups = claim.match.terms.filter { !$0.isEmpty }.map { group in
                group.map { variant in
                    variant.split(whereSeparator: { $0 == " " }).map { Word(String($0)) }
                }.filter { !$0.isEmpty }
            }
            return Entry(claim: claim, phrases: PhraseMatcher(claim.match.phrases), groups: groups)
        }
        prefilter = FactRegistryPrefilter(
            phrases: registry.claims.map(\.match.phrases), groups: entries.map(\.groups))
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The known claims the sentence makes, in registry order.
    public func matches(in sentence: String) -> [Match] {
        matches(in: SentenceText(sentence))
    }

    /// `matches(in:)` of a sentence already read (`SentenceText(sentence)`).
    package func matches(in read: SentenceText) -> [Match] {
        // The words are the tokens' texts folded (`’` to `'`).
        let words = read.words
        guard !words.isEmpty else { return [] }
        // Most entries have no word in the sentence: they are ruled out before any matching, and
        // the sentence's clauses are read only once an entry may match, its negations once one
        // has matched.
        var candidates = prefilter.candidates(read)
        var reading: (clauses: [Int], order: [Int])?
        // Read only once an entry's words are found: most sentences that reach matching match
        // no entry (their words start an entry's terms but do not make them up).
        var negation: NegationScope?
        var result: [Match] = []
        // The entries that may match, read in one pass over the tables (no allocation when none may).
        for answer in candidates.entriesMayMatch() {
            let index = answer >> 2
            let phrases = answer & 1 != 0
            let groups = answer & 2 != 0
            if reading == nil {
                if FactRegistryDebunking.isDebunking(read.keys) { return [] }
                reading = FactRegistryDebunking.clauses(read)
            }
            let entry = entries[index]
            guard let reading,
                let span = span(
                    of: entry, phrases: phrases, groups: groups, tokens: read.tokens, keys: read.keys,
                    clauses: reading.clauses, clauseOrder: reading.order)
            else { continue }
            if negation == nil { negation = NegationScope(read) }
            if FactRegistryDebunking.isNegated(span: span.tokens, exempt: span.exempt, negation: negation!) {
                continue
            }
            let tokens = read.tokens
            let range =
                tokens[span.tokens.lowerBound].range.lowerBound..<tokens[span.tokens.upperBound - 1].range.upperBound
            result.append(Match(claim: entry.claim, range: range))
        }
        return result
    }

    /// The token span of the entry's match, and the tokens that are the entry's own wording.
    /// `phrases` and `groups`: whether each may match at all (`FactRegistryPrefilter`);
    /// `clauseOrder`: the distinct clause numbers, in order; `tokens`: the sentence's own, whose
    /// ranges only are read.
    private func span(
        of entry: Entry, phrases: Bool, groups: Bool, tokens: SentenceTokens, keys: WordKeys, clauses: [Int],
        clauseOrder: [Int]
    ) -> (tokens: Range<Int>, exempt: Range<Int>?)? {
        if phrases, let phrase = entry.phrases.matches(keys: keys, tokens: tokens).first {
            return (phrase.tokenRange, phrase.tokenRange)
        }
        guard groups else { return nil }
        // Every group must occur within one clause; try each clause that holds the first group.
        for clause in clauseOrder {
            var lower = Int.max
            var upper = Int.min
            var found = true
            for group in entry.groups.indices {
                guard
                    let hit = firstHit(
                        of: entry.groups[group], shapes: entry.firstShapes[group], in: keys, clause: clause,
                        clauses: clauses)
                else {
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

    /// The first words of the clause where a variant of `group` starts; `shapes`, its variants'
    /// first words' (`Entry.firstShapes`): a variant whose first word's shape the word's key
    /// lacks is not compared (most are not: a string compared with each variant at every word,
    /// and each word copied out, cost about 120 instructions a variant and word).
    private func firstHit(
        of group: [[Word]], shapes: [Shape], in keys: WordKeys, clause: Int, clauses: [Int]
    ) -> Range<Int>? {
        let words = keys.words
        for index in words.indices where clauses[index] == clause {
            let key = keys.key(at: index)
            for variant in group.indices where shapes[variant].admits(key) {
                let variant = group[variant]
                guard index + variant.count <= words.count else { continue }
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
