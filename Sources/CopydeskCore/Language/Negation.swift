/// Which words of a sentence a negation reaches.
///
/// A negation cue (`not`, `no`, `never`, `without`, `doesn't`, `fails to`, …) negates the words
/// after it in its clause, up to `window` words away: "there is *no* cure for hepatitis B",
/// "has *not* been shown to prevent fractures", "do *not* stop taking your medicine". A noun
/// phrase directly followed by a negated verb is negated too: "a cure for Alzheimer's *does not*
/// exist". Some cues negate the whole sentence ("it is a *myth* that …", "claims that … are
/// *false*"). Emphatic phrases that look like negations are not cues: "not only", "not just",
/// "no doubt", "without a doubt", "no wonder".
///
/// Clauses end at `, ; : ! ? ( ) —` and at contrastive or subordinating conjunctions (`but`,
/// `although`, `however`, `unless`, …), see `NegationScope.clauseNumbers`.
public struct NegationScope: Sendable {
    /// The sentence's words, lowercased, `’` folded to `'`.
    public var words: SentenceWords { keys.words }
    /// The clause number of each word, increasing through the sentence.
    public let clauses: [Int]
    /// Word indices where a negation cue starts.
    public let cues: [Int]
    /// Word indices of cues that negate their whole sentence.
    public let sentenceCues: [Int]
    /// `words` hashed once, kept for `negatedVerb(after:)`, whose words were looked up in sets
    /// of strings, each hashed again (not by roles of the scope's: these common words in its
    /// table of roles made every scope look further at many of its words). The words are read
    /// from it: both kept, the scope was copied through its type's value witnesses.
    private let keys: WordKeys

    /// Analyse `text` (one sentence) split into `tokens` (from `Words.tokens(in: text)`).
    public init(text: String, tokens: [Words.Token]) {
        let bytes = Array(text.utf8)
        let words = tokens.map { NegationScope.fold($0.text) }
        self.init(bytes: SentenceBytes(bytes), tokens: SentenceTokens(tokens), keys: WordKeys(words))
    }

    /// The same over a sentence read once (`SentenceText`), its bytes not copied again.
    package init(_ read: SentenceText) {
        self.init(bytes: read.bytes, tokens: read.tokens, keys: read.keys)
    }

    /// One pass over the words: each word's roles are found as it is reached, and its clause
    /// number, cue and sentence cue read from them (an array of every word's roles, then a pass
    /// for the clauses and one for the cues, cost an allocation and two loops a sentence).
    private init(bytes: SentenceBytes, tokens: SentenceTokens, keys: WordKeys) {
        let words = keys.words
        let wordRoles = NegationScope.wordRoles
        precondition(tokens.count == keys.count, "a token for each word")
        var clauses: [Int] = []
        clauses.reserveCapacity(tokens.count)
        var cues: [Int] = []
        var sentenceCues: [Int] = []
        var clause = 0
        for index in tokens.indices {
            let roles = wordRoles.roles(at: index, in: keys)
            if index > 0 {
                let gap = tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound
                // Most words have no role and open no clause: asked here, not through a call.
                if NegationScope.gapBreaksClause(bytes, gap)
                    || (!roles.isEmpty && NegationScope.opensClause(words, roles, at: index))
                {
                    clause += 1
                }
            }
            clauses.append(clause)
            if !roles.isEmpty {
                if roles.contains(.cueStart) && NegationScope.isCue(words, at: index) { cues.append(index) }
                if roles.contains(.sentenceWide) { sentenceCues.append(index) }
            }
        }
        self.clauses = clauses
        self.cues = cues
        self.sentenceCues = sentenceCues
        self.keys = keys
    }

    public init(text: String) {
        self.init(text: text, tokens: Words.tokens(in: text))
    }

    /// Whether any word of the sentence is a negation cue.
    public var hasNegation: Bool { !cues.isEmpty || !sentenceCues.isEmpty }

    /// Whether the words in `wordRange` are negated.
    ///
    /// - Parameters:
    ///   - window: how many words before the range a cue may stand.
    ///   - subject: read the range as a noun phrase, negated as well by a negated verb right after it
    ///     ("a cure does not protect against reinfection").
    public func isNegated(_ wordRange: Range<Int>, window: Int = 10, subject: Bool = false) -> Bool {
        cue(negating: wordRange, window: window, subject: subject) != nil
    }

    /// The word index of the cue that negates `wordRange`, if any.
    public func cue(negating wordRange: Range<Int>, window: Int = 10, subject: Bool = false) -> Int? {
        guard !wordRange.isEmpty, wordRange.upperBound <= keys.count else { return nil }
        if let cue = sentenceCues.first { return cue }
        let start = wordRange.lowerBound
        let clause = clauses[start]
        for cue in cues.reversed() where cue < start && start - cue <= window && clauses[cue] == clause {
            return cue
        }
        // A cue inside the range ("no side effects") is part of the phrase, not its negation.
        if subject { return negatedVerb(after: wordRange.upperBound - 1) }
        return nil
    }

    /// A negated auxiliary directly after a noun phrase ending at `last`: "does not", "is not", "won't".
    private func negatedVerb(after last: Int) -> Int? {
        // The words' count and the noun phrase's clause read once: `words` made a view of the
        // keys' storage (a retain and a release) at every step of the loop.
        let count = keys.count
        let clause = clauses[last]
        var index = last + 1
        var skipped = 0
        while index < count, clauses[index] == clause, skipped <= 2 {
            // The lists looked up by the keys read with the sentence.
            if NegationScope.negativeVerbs.contains(in: keys, at: index) { return index }
            if NegationScope.auxiliaries.contains(in: keys, at: index) {
                let next = index + 1
                if next < count, clauses[next] == clause, words[next] == "not" || words[next] == "never" {
                    return next
                }
                // "does not", "has yet to", "is still not": one more adverb may sit between.
                if next + 1 < count, NegationScope.adverbs.contains(in: keys, at: next), words[next + 1] == "not" {
                    return next + 1
                }
                return nil
            }
            // Only short post-modifiers ("for hepatitis b", "alone") may sit between noun and verb.
            skipped += 1
            index += 1
        }
        return nil
    }

    /// `’` folded to `'`; the byte test keeps the common case off Foundation's slow path.
    static func fold(_ word: String) -> String {
        Words.folded(word)
    }
}
