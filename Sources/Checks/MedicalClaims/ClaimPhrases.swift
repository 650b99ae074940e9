import CopydeskCore

/// A lexicon of claim phrases with its exceptions, matched in claim sentences.
struct ClaimPhrases: Sendable {
    let lexicons: ClaimLexicons
    let list: ClaimLexicons.List
    /// What a match of each of the list's entries that is not kept as it is needs, by the
    /// entry (a match's phrase is its entry): -1 for an entry that is an exception (its match is
    /// dropped), or the number of words before the `%` the text must hold (the tokenizer drops
    /// it). Worked out once per entry: each match was lowercased and hashed twice.
    private let special: [String: Int]
    /// Bit `n` (63 for 63 and more) is set when an entry of `special` has `n` bytes: the other
    /// matches are kept without hashing their phrase.
    private let specialLengths: UInt64

    /// The policy's lexicon `list`, with its exceptions.
    init(policy: Policy, _ list: ClaimLexicons.List) {
        let lexicons = ClaimLexicons(policy: policy)
        self.lexicons = lexicons
        self.list = list
        let exceptions = Set(lexicons.exceptions[list.rawValue].map { $0.lowercased() })
        let percentEntries = Set(lexicons.phrases[list.rawValue].filter(Self.holdsPercent))
        var special: [String: Int] = [:]
        var lengths: UInt64 = 0
        for entry in lexicons.lexicons.entries(of: lexicons.listBase + list.rawValue) {
            let phrase = lexicons.lexicons.phrase(entry: entry)
            if let kind = Self.kind(of: phrase, exceptions: exceptions, percentEntries: percentEntries) {
                special[phrase] = kind
                lengths |= Self.lengthBit(phrase)
            }
        }
        self.special = special
        specialLengths = lengths
    }

    /// Whether the phrase holds a `%` character: its bytes are looked at first, its characters
    /// only when one is `%`. (`contains("%")` went through Foundation's `range(of:)`, about
    /// 5,000 instructions a phrase: 2.5 M a process for the fifteen lists the checks read.) A
    /// `%` byte that a combining mark follows is no `%` character, as `kind` reads it.
    static func holdsPercent(_ phrase: String) -> Bool {
        phrase.utf8.contains(UInt8(ascii: "%")) && phrase.contains(Character("%"))
    }

    /// -1 for an exception, the words before its `%` for a `%` entry, nil for any other entry.
    static func kind(of phrase: String, exceptions: Set<String>, percentEntries: Set<String>) -> Int? {
        if !exceptions.isEmpty, exceptions.contains(phrase.lowercased()) { return -1 }
        if !percentEntries.isEmpty, percentEntries.contains(phrase), let percent = phrase.firstIndex(of: "%") {
            return Words.tokens(in: String(phrase[..<percent])).count
        }
        return nil
    }

    @inline(__always)
    private static func lengthBit(_ phrase: String) -> UInt64 {
        let count = phrase.utf8.count
        return count < 63 ? 1 << UInt64(count) : 1 << 63
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
        let matches = lexicons.matches(list, in: sentence)
        // Most lists have no exceptions and no `%` entries, and most matches are of neither.
        guard specialLengths != 0, matches.contains(where: { specialLengths & Self.lengthBit($0.phrase) != 0 })
        else { return matches }
        return matches.filter { match in
            guard specialLengths & Self.lengthBit(match.phrase) != 0, let kind = special[match.phrase] else {
                return true
            }
            return kind >= 0 && sentence.byte(after: match.tokenRange.lowerBound + kind - 1) == UInt8(ascii: "%")
        }
    }
}

extension Policy {
    /// A medical-claim lexicon with the policy's `add` and `remove` edits; `builtIn` is one of
    /// `MedicalLexicon`'s lists, which hold no entry twice (`GroupSettings.lexicon(_:distinct:)`).
    func medicalLexicon(_ name: String, _ builtIn: [String]) -> [String] {
        checks.medicalClaims.common.lexicon(name, distinct: builtIn)
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
        // The matches that claim, each asked once, in order: the list itself when every match
        // claims (a claim sentence's match mostly does), not a filtered copy of it.
        var kept: [PhraseMatcher.Match]?
        for index in matches.indices {
            let range = matches[index].tokenRange
            let claims =
                !sentence.isNegated(range) && !sentence.isHedged(range) && !(qualifiable && sentence.isQualified(range))
            if !claims {
                if kept == nil { kept = Array(matches[..<index]) }
            } else if kept != nil {
                kept!.append(matches[index])
            }
        }
        return (kept ?? matches).firstPerClause(in: sentence)
    }
}
