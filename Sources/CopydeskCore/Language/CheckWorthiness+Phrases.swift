extension CheckWorthiness {
    /// Efficacy, causal, safety and superlative wording from the lexicons.
    ///
    /// A sentence with stacked hedges ("could potentially", "might perhaps") asserts nothing a
    /// citation could back: its claim wording is left to the hedging checks.
    func phraseTriggers(_ scan: TextScan, into found: inout [Trigger]) {
        guard
            scan.hasMatch(.efficacy) || scan.hasMatch(.efficacyVerbs) || scan.hasMatch(.causal)
                || scan.hasMatch(.causalVerbs) || scan.hasMatch(.safety) || scan.hasMatch(.superlatives),
            hedgeCount(scan) < 2
        else { return }
        for match in scan.matches(.efficacy) where isAsserted(match, scan) && !isAdjective(match, scan) {
            found.appendTrigger(trigger(.efficacy, scan, match.tokenRange))
        }
        for match in scan.matches(.efficacyVerbs) where isAsserted(match, scan) {
            if hasVerbContext(before: match.tokenRange.lowerBound, scan) {
                found.appendTrigger(trigger(.efficacy, scan, match.tokenRange))
            }
        }
        for match in scan.matches(.causal) where isAsserted(match, scan) && !isAdjective(match, scan) {
            found.appendTrigger(trigger(.causal, scan, match.tokenRange))
        }
        for match in scan.matches(.causalVerbs) where isAsserted(match, scan) {
            if hasVerbContext(before: match.tokenRange.lowerBound, scan) {
                found.appendTrigger(trigger(.causal, scan, match.tokenRange))
            }
        }
        for match in scan.matches(.safety) where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound) {
            // "it is safe to say" is an idiom, not a safety claim.
            let end = match.tokenRange.upperBound
            if scan.word(end - 1) == "safe" && scan.word(end) == "to" && scan.word(end + 1) == "say" { continue }
            found.appendTrigger(trigger(.safety, scan, match.tokenRange))
        }
        for match in scan.matches(.superlatives) where isAsserted(match, scan) {
            found.appendTrigger(trigger(.other, scan, match.tokenRange))
        }
    }

    /// Not negated ("has not been shown to"), not inside `whether …` or `if …`.
    private func isAsserted(_ match: PhraseLexicons.Found, _ scan: TextScan) -> Bool {
        let start = match.tokenRange.lowerBound
        return !scan.isNegated(before: start) && !scan.isInEmbeddedQuestion(start)
    }

    /// A participle or plural after a determiner is an adjective or a noun: "a reduced appetite",
    /// "all causes", "migraine triggers include", "Results in mice".
    private func isAdjective(_ match: PhraseLexicons.Found, _ scan: TextScan) -> Bool {
        let start = match.tokenRange.lowerBound
        if scan.isWord(start, in: CheckWorthiness.nounProne) {
            if scan.startsClause(start) { return true }
            if scan.isWord(start + 1, in: CheckWorthiness.nounFollowers) { return true }
        }
        guard match.tokenRange.count == 1 else { return false }
        return scan.isWord(start - 1, in: CheckWorthiness.nounMarkers)
    }

    /// Hedge cues in the sentence: modal verbs of possibility and hedging adverbs.
    func hedgeCount(_ scan: TextScan) -> Int {
        // Most sentences hold no hedge: their words are not gone through.
        guard scan.hasSomewhere(.hedge) else { return 0 }
        var count = 0
        for index in 0..<scan.count where scan.has(.hedge, at: index) {
            // "May" the month is capitalised in mid-sentence.
            if scan.word(index) == "may" && index > 0 && scan.isCapitalized(index) { continue }
            count += 1
        }
        return count
    }

    static let hedges: WordSet = [
        "might", "could", "may", "perhaps", "possibly", "potentially", "arguably", "conceivably", "seemingly",
        "seems", "seem", "appears", "unclear", "uncertain", "maybe",
    ]

    static let nounProne: WordSet = [
        "results", "treats", "cures", "triggers", "increases", "decreases", "damages", "causes", "cuts", "boosts",
    ]

    static let nounFollowers: WordSet = [
        "include", "includes", "included", "are", "were", "such", "like", "and", "or", "of", "vary", "differ",
    ]

    /// Whether a base-form verb is used as a finite verb: after a modal or `help`, after
    /// `shown to`/`known to`, or after a plural subject ("statins lower", "they reduce").
    ///
    /// Each word is asked about every list at once by its key (`VerbContextWords`), and an ASCII
    /// word's shape on its key's bytes, not copied out as a string and hashed or compared for
    /// each list (about 1,200 instructions a call).
    func hasVerbContext(before index: Int, _ scan: TextScan) -> Bool {
        var cursor = index - 1
        var words: VerbContextWords = []
        while cursor >= 0 && !scan.startsClause(cursor + 1) {
            words = VerbContextWords.of(cursor, scan)
            if scan.isLyAdverbShaped(cursor) || words.contains(.verbAdverb) {
                cursor -= 1
            } else {
                break
            }
        }
        // (`words` are the bits of the word at `cursor`, where the loop stopped.)
        guard cursor >= 0, !scan.startsClause(cursor + 1) else { return false }
        if words.contains(.modal) { return true }
        if words.contains(.to) { return VerbContextWords.of(cursor - 1, scan).contains(.infinitiveLicensor) }
        if words.contains(.helpedObject) { return VerbContextWords.of(cursor - 1, scan).contains(.help) }
        if words.contains(.they) { return true }
        return !words.contains(.notPlural) && isPluralSubject(cursor, scan)
    }

    /// A word of four characters or more ending in `s` but not in `ss`, `us`, `is` or `'s`, and
    /// not written with digits (its being none of `notPlurals` is asked by the caller). An ASCII
    /// word is read on its key's bytes (its characters are its bytes, lowercased); any other
    /// word as a string.
    private func isPluralSubject(_ index: Int, _ scan: TextScan) -> Bool {
        let key = scan.keys.key(at: index)
        guard key.isASCII else {
            let word = scan.word(index)
            guard word.count >= 4, word.hasSuffix("s"), !scan.isDigits(index) else { return false }
            // ("ous" ends with "us": testing "us" answers for both.)
            return !(word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s"))
        }
        let count = Int(key.count)
        guard count >= 4, !scan.isDigits(index) else { return false }
        return scan.keys.withBytes(of: key) { bytes in
            guard ASCII.lowercased(bytes[count - 1]) == UInt8(ascii: "s") else { return false }
            switch ASCII.lowercased(bytes[count - 2]) {
            case UInt8(ascii: "s"), UInt8(ascii: "u"), UInt8(ascii: "i"), UInt8(ascii: "'"): return false
            default: return true
            }
        }
    }

    /// "helps you lose", "helps people sleep": the objects of `help` before a bare infinitive.
    static let helpedObjects: WordSet = ["you", "people", "patients", "them", "us"]

    static let helpWords: WordSet = ["help", "helps", "helped", "helping"]

    /// Words before a verb-looking word that make it a noun or adjective: "all causes", "a reduced risk".
    static let nounMarkers: WordSet = [
        "a", "an", "the", "your", "their", "its", "his", "her", "our", "my", "this", "these", "those", "all", "many",
        "some", "other", "several", "possible", "common", "main", "underlying", "multiple", "various", "different",
        "root", "known", "major", "potential", "sugary", "healthy", "home", "natural", "no", "any",
    ]

    static let modals: WordSet = [
        "can", "could", "may", "might", "will", "would", "does", "do", "did", "help", "helps", "helped", "helping",
        "reportedly", "must", "cannot",
    ]

    static let verbAdverbs: WordSet = [
        "also", "not", "even", "still", "really", "further", "actually", "often", "usually", "just", "both",
        "all", "indeed", "reliably",
    ]

    static let infinitiveLicensors: WordSet = [
        "known", "shown", "found", "proven", "used", "able", "likely", "appears", "appear", "seems", "seem",
        "thought", "believed", "said", "designed", "help", "helps", "helped", "claimed", "tend", "tends",
    ]

    static let notPlurals: WordSet = [
        "this", "thus", "always", "perhaps", "sometimes", "various", "numerous", "serious", "previous", "whereas",
        "besides", "towards", "afterwards", "nevertheless", "regardless", "does", "was", "has", "yes", "its",
        "hers", "yours", "ours", "theirs", "plus", "diabetes", "herpes", "measles", "mumps", "rabies", "news",
        "means", "series", "species", "lens", "christmas", "alters", "makes", "takes", "seems", "appears",
        "helps", "works", "needs", "goes", "gets", "uses", "causes", "reduces", "shows", "suggests",
    ]
}

/// What a word is to `CheckWorthiness.hasVerbContext`: every list it asks a word about, found
/// with one lookup of the word's key instead of one per list.
struct VerbContextWords: OptionSet, Sendable {
    let rawValue: UInt8

    static let verbAdverb = VerbContextWords(rawValue: 1 << 0)
    static let modal = VerbContextWords(rawValue: 1 << 1)
    static let infinitiveLicensor = VerbContextWords(rawValue: 1 << 2)
    static let helpedObject = VerbContextWords(rawValue: 1 << 3)
    static let help = VerbContextWords(rawValue: 1 << 4)
    static let notPlural = VerbContextWords(rawValue: 1 << 5)
    static let to = VerbContextWords(rawValue: 1 << 6)
    static let they = VerbContextWords(rawValue: 1 << 7)

    private static let lists = WordListBits<VerbContextWords>(
        [
            (CheckWorthiness.verbAdverbs, .verbAdverb), (CheckWorthiness.modals, .modal),
            (CheckWorthiness.infinitiveLicensors, .infinitiveLicensor), (CheckWorthiness.helpedObjects, .helpedObject),
            (CheckWorthiness.helpWords, .help), (CheckWorthiness.notPlurals, .notPlural),
        ], words: [("to", .to), ("they", .they)])

    /// The bits of the word at `index` ([] outside the sentence, where `TextScan.word` is "",
    /// which no list holds).
    static func of(_ index: Int, _ scan: TextScan) -> VerbContextWords {
        guard index >= 0 && index < scan.count else { return [] }
        return lists.of(index, in: scan.keys)
    }
}
