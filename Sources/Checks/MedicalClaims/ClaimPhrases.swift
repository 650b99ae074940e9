import CopydeskCore

/// A lexicon of claim phrases with its exceptions, matched in claim sentences.
struct ClaimPhrases: Sendable {
    private let lexicons: ClaimLexicons
    private let list: ClaimLexicons.List
    private let exceptions: Set<String>
    /// Entries whose `%` the text must hold: the tokenizer drops it.
    private let percentEntries: Set<String>

    /// The policy's lexicon `list`, with its exceptions.
    init(policy: Policy, _ list: ClaimLexicons.List) {
        let lexicons = ClaimLexicons(policy: policy)
        self.lexicons = lexicons
        self.list = list
        exceptions = Set(lexicons.exceptions[list.rawValue].map { $0.lowercased() })
        percentEntries = Set(lexicons.phrases[list.rawValue].filter { $0.contains("%") })
    }

    /// Whether the sentence may hold a match: when it does not, `matches(in:)` and `claims(in:)`
    /// are empty. Asked of a sentence before a check looks at it further: most sentences hold
    /// no match of most lists.
    @inline(__always)
    func mayMatch(in sentence: ClaimSentence) -> Bool {
        sentence.mayHold(list, of: lexicons)
    }

    /// Matches in the sentence, exceptions and percent-less `100%` entries left out.
    func matches(in sentence: ClaimSentence) -> [PhraseMatcher.Match] {
        guard mayMatch(in: sentence) else { return [] }
        // Most lists have no exceptions and no `%` entries: their matches are not hashed.
        return lexicons.matches(list, in: sentence).filter { match in
            if !exceptions.isEmpty, exceptions.contains(match.phrase.lowercased()) { return false }
            if !percentEntries.isEmpty, percentEntries.contains(match.phrase) {
                guard let percent = match.phrase.firstIndex(of: "%") else { return true }
                let before = Words.tokens(in: String(match.phrase[..<percent])).count
                return sentence.byte(after: match.tokenRange.lowerBound + before - 1) == UInt8(ascii: "%")
            }
            return true
        }
    }
}

extension Policy {
    /// A medical-claim lexicon with the policy's `add` and `remove` edits.
    func medicalLexicon(_ name: String, _ builtIn: [String]) -> [String] {
        checks.medicalClaims.common.lexicon(name, builtIn)
    }
}

extension Array where Element == PhraseMatcher.Match {
    /// The first match of each clause: one finding per claim, not one per word of it.
    func firstPerClause(in sentence: ClaimSentence) -> [PhraseMatcher.Match] {
        guard count > 1 else { return self }
        var seen = Set<Int>()
        return filter { seen.insert(sentence.clauses[$0.tokenRange.lowerBound]).inserted }
    }
}

extension ClaimPhrases {
    /// Matches that claim: not negated, not hedged, not asked; one per clause. With `qualifiable`,
    /// a clause that says how often or for how many ("usually", "in 60% of people") claims nothing absolute.
    func claims(in sentence: ClaimSentence, qualifiable: Bool = false) -> [PhraseMatcher.Match] {
        guard !sentence.isQuestion else { return [] }
        let matches = matches(in: sentence)
        // Most sentences hold no match of most lists.
        guard !matches.isEmpty else { return [] }
        return matches.filter { match in
            !sentence.isNegated(match.tokenRange) && !sentence.isHedged(match.tokenRange)
                && !(qualifiable && sentence.isQualified(match.tokenRange))
        }.firstPerClause(in: sentence)
    }
}
