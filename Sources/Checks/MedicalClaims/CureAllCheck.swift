import CopydeskCore

/// Cure-alls: one remedy for every ailment.
struct CureAllCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.cure-all", category: .medicalClaim, defaultSeverity: .warning,
        summary: "Cure-alls: a remedy said to cure everything, all diseases, or a long list of unrelated conditions.",
        rationale: """
            Nothing treats every disease. A remedy said to cure everything ("panacea", "cures all \
            diseases", "cuts deaths from all causes by half", or a list of unrelated conditions) is \
            the classic sign of a health scam.
            """,
        passing: [
            Example("Exercise is not a cure-all, but it helps."),
            Example("There is no panacea for chronic pain."),
            Example("Deaths from all causes were similar in both groups."),
            Example("The drug treats psoriasis and psoriatic arthritis."),
            Example("The MMR vaccine prevents measles, mumps and rubella."),
        ],
        failing: [
            Example("Apple cider vinegar is a 1️⃣cure-all for modern life."),
            Example("Research shows that polypills 1️⃣cut deaths from all causes by half."),
            Example("Colloidal silver 1️⃣cures cancer, diabetes, arthritis and acne."),
            Example("Turmeric 1️⃣fights all diseases."),
        ])

    private let phrases: ClaimPhrases
    private let scopes: ClaimPhrases
    private let benefits: BenefitWords
    private let cures: CureClaims

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        phrases = ClaimPhrases(policy: policy, .cureAll)
        scopes = ClaimPhrases(policy: policy, .cureAllScopes)
        benefits = BenefitWords(policy: policy)
        cures = CureClaims(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        // A cure-all is a match of one of the two lists or a cure claim in a statement.
        reader.sentences(in: article).findings(where: {
            phrases.mayMatch(in: $0) || scopes.mayMatch(in: $0) || !$0.isQuestion && cures.mayClaim(in: $0)
        }) { sentence in
            claims(in: sentence).map { range in
                finding(
                    sentence.message(
                        "cure-all '", quoting: range,
                        "': no remedy treats everything; name the condition and the evidence"),
                    in: sentence, words: range)
            }
        }
    }

    private func claims(in sentence: ClaimSentence) -> [Range<Int>] {
        var ranges = phrases.claims(in: sentence, qualifiable: true).map(\.tokenRange)
        for match in scopes.claims(in: sentence, qualifiable: true) {
            // The benefit word that makes "all diseases" a promise: "fights all diseases".
            let neighbours = sentence.clauseNeighbours(of: match.tokenRange, before: 6, after: 0)
            guard let benefit = neighbours.first(where: { benefits.length(at: $0, in: sentence.words) != nil }),
                !sentence.isNegated(benefit..<(benefit + 1))
            else { continue }
            ranges.append(benefit..<match.tokenRange.upperBound)
        }
        guard !sentence.isQuestion else { return ranges }
        for claim in cures.claims(in: sentence) {
            // Three conditions cured is a cure-all; a combined vaccine may prevent three ("measles, mumps and rubella").
            // The listed conditions are among the conditions after the verb: with fewer than three
            // of those (most claims name one), fewer than three are listed, and the list is not read.
            guard cures.conditionCount(after: claim, in: sentence) >= 3 else { continue }
            let listed = cures.listedConditions(after: claim, in: sentence)
            let curesOutright = CureAllCheck.curesOutright(sentence.words[claim.verb.lowerBound])
            guard listed.count >= (curesOutright ? 3 : 4), !sentence.isNegated(claim.verb),
                !sentence.isHedged(claim.verb)
            else { continue }
            guard !ranges.contains(where: { $0.overlaps(claim.verb) }) else { continue }
            ranges.append(claim.verb.lowerBound..<listed[listed.count - 1].upperBound)
        }
        return ranges.count > 1 ? ranges.sorted { $0.lowerBound < $1.lowerBound } : ranges
    }

    /// Whether a cure verb cures outright ("cures", "healed", "remedies"): it starts with "cur",
    /// "heal" or "remed" (`hasPrefix`), read on its bytes (`startsWith`).
    static func curesOutright(_ verb: String) -> Bool {
        startsWith(verb, "cur") || startsWith(verb, "heal") || startsWith(verb, "remed")
    }

    /// `word.hasPrefix(prefix)` for a prefix of lowercase ASCII letters, on the word's bytes in
    /// place (`hasPrefix` compared characters, about 160 instructions a call). A word whose
    /// bytes do not start with the prefix's has no such prefix (no other character is
    /// canonically equivalent to a lowercase ASCII letter, nor decomposes into one); one whose
    /// bytes do and go on with an ASCII byte or end has it (a grapheme break falls before an
    /// ASCII byte after a letter); any other is asked as a string (a combining mark may follow).
    static func startsWith(_ word: String, _ prefix: StaticString) -> Bool {
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let count = prefix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            let start = prefix.utf8Start
            for offset in 0..<count where bytes[offset] != start[offset] { return false }
            return bytes.count == count || bytes[count] < 0x80 ? true : nil
        }
        guard let answer, let answer else { return word.hasPrefix(prefix.description) }
        return answer
    }
}
