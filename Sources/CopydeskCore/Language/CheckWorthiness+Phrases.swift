extension CheckWorthiness {
    /// Efficacy, causal, safety and superlative wording from the lexicons.
    func phraseTriggers(_ scan: TextScan) -> [Trigger] {
        var found: [Trigger] = []
        for match in efficacy.matches(in: scan.tokens) where isAsserted(match, scan) && !isAdjective(match, scan) {
            found.append(trigger(.efficacy, scan, match.tokenRange))
        }
        for match in efficacyVerbs.matches(in: scan.tokens) where isAsserted(match, scan) {
            if hasVerbContext(before: match.tokenRange.lowerBound, scan) {
                found.append(trigger(.efficacy, scan, match.tokenRange))
            }
        }
        for match in causal.matches(in: scan.tokens) where isAsserted(match, scan) && !isAdjective(match, scan) {
            found.append(trigger(.causal, scan, match.tokenRange))
        }
        for match in causalVerbs.matches(in: scan.tokens) where isAsserted(match, scan) {
            if hasVerbContext(before: match.tokenRange.lowerBound, scan) {
                found.append(trigger(.causal, scan, match.tokenRange))
            }
        }
        for match in safety.matches(in: scan.tokens) where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound) {
            // "it is safe to say" is an idiom, not a safety claim.
            let end = match.tokenRange.upperBound
            if scan.word(end - 1) == "safe" && scan.word(end) == "to" && scan.word(end + 1) == "say" { continue }
            found.append(trigger(.safety, scan, match.tokenRange))
        }
        for match in superlatives.matches(in: scan.tokens) where isAsserted(match, scan) {
            found.append(trigger(.other, scan, match.tokenRange))
        }
        return found
    }

    /// Not negated ("has not been shown to"), not inside `whether …` or `if …`.
    private func isAsserted(_ match: PhraseMatcher.Match, _ scan: TextScan) -> Bool {
        let start = match.tokenRange.lowerBound
        return !scan.isNegated(before: start) && !scan.isInEmbeddedQuestion(start)
    }

    /// A participle after a determiner is an adjective: "a reduced appetite", "the increased attention".
    private func isAdjective(_ match: PhraseMatcher.Match, _ scan: TextScan) -> Bool {
        guard match.tokenRange.count == 1 else { return false }
        let previous = scan.word(match.tokenRange.lowerBound - 1)
        return CheckWorthiness.nounMarkers.contains(previous)
    }

    /// Whether a base-form verb is used as a finite verb: after a modal or `help`, after
    /// `shown to`/`known to`, or after a plural subject ("statins lower", "they reduce").
    func hasVerbContext(before index: Int, _ scan: TextScan) -> Bool {
        var cursor = index - 1
        while cursor >= 0 && !scan.startsClause(cursor + 1) {
            let word = scan.word(cursor)
            if (word.hasSuffix("ly") && word != "only") || CheckWorthiness.verbAdverbs.contains(word) {
                cursor -= 1
            } else {
                break
            }
        }
        guard cursor >= 0, !scan.startsClause(cursor + 1) else { return false }
        let word = scan.word(cursor)
        if CheckWorthiness.modals.contains(word) { return true }
        if word == "to" { return CheckWorthiness.infinitiveLicensors.contains(scan.word(cursor - 1)) }
        if ["you", "people", "patients", "them", "us"].contains(word) {
            return ["help", "helps", "helped", "helping"].contains(scan.word(cursor - 1))
        }
        if word == "they" { return true }
        return isPluralSubject(cursor, scan)
    }

    private func isPluralSubject(_ index: Int, _ scan: TextScan) -> Bool {
        let word = scan.word(index)
        guard word.count >= 4, word.hasSuffix("s"), !scan.isDigits(index) else { return false }
        for ending in ["ss", "us", "is", "ous", "'s"] where word.hasSuffix(ending) { return false }
        return !CheckWorthiness.notPlurals.contains(word)
    }

    /// Words before a verb-looking word that make it a noun or adjective: "all causes", "a reduced risk".
    static let nounMarkers: Set<String> = [
        "a", "an", "the", "your", "their", "its", "his", "her", "our", "my", "this", "these", "those", "all", "many",
        "some", "other", "several", "possible", "common", "main", "underlying", "multiple", "various", "different",
        "root", "known", "major", "potential", "sugary", "healthy", "home", "natural", "no", "any",
    ]

    static let modals: Set<String> = [
        "can", "could", "may", "might", "will", "would", "does", "do", "did", "help", "helps", "helped", "helping",
        "reportedly", "must", "cannot",
    ]

    static let verbAdverbs: Set<String> = [
        "also", "not", "even", "still", "really", "further", "actually", "often", "usually", "just", "both",
        "all", "indeed", "reliably",
    ]

    static let infinitiveLicensors: Set<String> = [
        "known", "shown", "found", "proven", "used", "able", "likely", "appears", "appear", "seems", "seem",
        "thought", "believed", "said", "designed", "help", "helps", "helped", "claimed", "tend", "tends",
    ]

    static let notPlurals: Set<String> = [
        "this", "thus", "always", "perhaps", "sometimes", "various", "numerous", "serious", "previous", "whereas",
        "besides", "towards", "afterwards", "nevertheless", "regardless", "does", "was", "has", "yes", "its",
        "hers", "yours", "ours", "theirs", "plus", "diabetes", "herpes", "measles", "mumps", "rabies", "news",
        "means", "series", "species", "lens", "christmas", "alters", "makes", "takes", "seems", "appears",
        "helps", "works", "needs", "goes", "gets", "uses", "causes", "reduces", "shows", "suggests",
    ]
}
