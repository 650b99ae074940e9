import CopydeskCore

/// Quick fixes: overnight, within days, instantly, permanently.
struct QuickFixCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.quick-fix", category: .medicalClaim, defaultSeverity: .warning,
        summary: "Quick fixes: results promised overnight, instantly, within days, or permanently.",
        rationale: """
            Health changes take time and rarely last by themselves. A benefit promised overnight, \
            instantly or permanently ("permanently reset your immune system") oversells; say how \
            long the effect took and lasted in the study.
            """,
        passing: [
            Example("The cold shock response fades within minutes."),
            Example("Symptoms usually start within days of infection."),
            Example("Cold symptoms usually clear up within a week."),
            Example("Eat well for good health."),
            Example("Call a doctor immediately to prevent complications."),
            Example("Research indicates that ketamine can lift mood within hours."),
        ],
        failing: [
            Example("Cold plunges 1️⃣permanently reset your immune system."),
            Example("This cream clears acne 1️⃣overnight."),
            Example("Get 1️⃣rapid relief from back pain."),
            Example("The detox will melt away fat 1️⃣within days."),
            Example("1️⃣Within days of the first shot, your joint pain will disappear."),
        ])

    private let phrases: ClaimPhrases
    private let times: ClaimPhrases
    private let benefits: BenefitWords

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        phrases = ClaimPhrases(policy: policy, .quickFix)
        times = ClaimPhrases(policy: policy, .quickFixTimes)
        benefits = BenefitWords(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        // A quick fix is a match of one of the two lists.
        reader.sentences(in: article).findings(where: { phrases.mayMatch(in: $0) || times.mayMatch(in: $0) }) {
            sentence in
            claims(in: sentence).map { range in
                finding(
                    sentence.message(
                        "quick fix '", quoting: range, "': say how long the effect took and how long it lasted"),
                    in: sentence, words: range)
            }
        }
    }

    private func claims(in sentence: ClaimSentence) -> [Range<Int>] {
        var ranges = phrases.claims(in: sentence, qualifiable: true).map(\.tokenRange)
        for match in times.claims(in: sentence, qualifiable: true)
        where !ranges.contains(where: { $0.overlaps(match.tokenRange) }) {
            let time = match.tokenRange
            let clauses = sentence.clauses
            // "for good" ends its clause; "for good health" is no promise.
            if match.phrase == "for good", time.upperBound < clauses.count,
                clauses[time.upperBound] == clauses[time.lowerBound]
            {
                continue
            }
            var neighbours = sentence.clauseNeighbours(of: time, before: 4, after: 3)
            // An opening time phrase reaches into the next clause: "Within days, your pain will disappear".
            if time.lowerBound == 0 || clauses[time.lowerBound - 1] != clauses[time.lowerBound] {
                let next = clauses[time.lowerBound] + 1
                neighbours += sentence.words.indices.filter { clauses[$0] == next }
            }
            guard let benefit = neighbours.first(where: { benefits.length(at: $0, in: sentence.words) != nil }) else {
                continue
            }
            // "immediately to prevent complications" is a purpose, not a promise.
            if benefit > time.lowerBound, sentence.words[benefit - 1] == "to" { continue }
            if sentence.isNegated(benefit..<(benefit + 1)) || sentence.isHedged(benefit..<(benefit + 1)) { continue }
            ranges.append(time)
        }
        return ranges.count > 1 ? ranges.sorted { $0.lowerBound < $1.lowerBound } : ranges
    }
}
