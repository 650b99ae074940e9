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
            found.append(trigger(.efficacy, scan, match.tokenRange))
        }
        for match in scan.matches(.efficacyVerbs) where isAsserted(match, scan) {
            if hasVerbContext(before: match.tokenRange.lowerBound, scan) {
                found.append(trigger(.efficacy, scan, match.tokenRange))
            }
        }
        for match in scan.matches(.causal) where isAsserted(match, scan) && !isAdjective(match, scan) {
            found.append(trigger(.causal, scan, match.tokenRange))
        }
        for match in scan.matches(.causalVerbs) where isAsserted(match, scan) {
            if hasVerbContext(before: match.tokenRange.lowerBound, scan) {
                found.append(trigger(.causal, scan, match.tokenRange))
            }
        }
        for match in scan.matches(.safety) where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound) {
            // "it is safe to say" is an idiom, not a safety claim.
            let end = match.tokenRange.upperBound
            if scan.word(end - 1) == "safe" && scan.word(end) == "to" && scan.word(end + 1) == "say" { continue }
            found.append(trigger(.safety, scan, match.tokenRange))
        }
        for match in scan.matches(.superlatives) where isAsserted(match, scan) {
            found.append(trigger(.other, scan, match.tokenRange))
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
        let first = scan.word(start)
        if CheckWorthiness.nounProne.contains(first) {
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
    func hasVerbContext(before index: Int, _ scan: TextScan) -> Bool {
        var cursor = index - 1
        while cursor >= 0 && !scan.startsClause(cursor + 1) {
            let word = scan.word(cursor)
            if (TextScan.hasSuffix(word, "ly") && word != "only") || CheckWorthiness.verbAdverbs.contains(word) {
                cursor -= 1
            } else {
                break
            }
        }
        guard cursor >= 0, !scan.startsClause(cursor + 1) else { return false }
        let word = scan.word(cursor)
        if CheckWorthiness.modals.contains(word) { return true }
        if word == "to" { return scan.isWord(cursor - 1, in: CheckWorthiness.infinitiveLicensors) }
        if Self.isHelpedObject(word) { return Self.isHelp(scan.word(cursor - 1)) }
        if word == "they" { return true }
        return isPluralSubject(cursor, scan)
    }

    private func isPluralSubject(_ index: Int, _ scan: TextScan) -> Bool {
        let word = scan.word(index)
        guard word.count >= 4, TextScan.hasSuffix(word, "s"), !scan.isDigits(index) else { return false }
        // ("ous" ends with "us": testing "us" answers for both.)
        if TextScan.hasSuffix(word, "ss") || TextScan.hasSuffix(word, "us") || TextScan.hasSuffix(word, "is")
            || TextScan.hasSuffix(word, "'s")
        {
            return false
        }
        return !CheckWorthiness.notPlurals.contains(word)
    }

    // Small word lists of `hasVerbContext`, as `switch`es: an array literal is built at every call.

    /// "helps you lose", "helps people sleep": the objects of `help` before a bare infinitive.
    private static func isHelpedObject(_ word: String) -> Bool {
        switch word {
        case "you", "people", "patients", "them", "us": true
        default: false
        }
    }

    private static func isHelp(_ word: String) -> Bool {
        switch word {
        case "help", "helps", "helped", "helping": true
        default: false
        }
    }

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
