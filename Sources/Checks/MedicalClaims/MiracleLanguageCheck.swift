import CopydeskCore

/// Hype words: miracle, breakthrough, revolutionary, game-changer.
struct MiracleLanguageCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.miracle-language", category: .medicalClaim, defaultSeverity: .warning,
        summary:
            "Hype words such as miracle, breakthrough, revolutionary or game-changer oversell a treatment or a finding.",
        rationale: """
            Superlatives raise hopes the evidence rarely meets (Abola & Prasad, JAMA Oncology 2016). \
            A hedge does not tame them: "could revolutionize" is still hype. Technical terms such as \
            "breakthrough therapy designation" or "breakthrough infection" are not hype.
            """,
        passing: [
            Example("This is not a miracle cure, and the trial was small."),
            Example("The FDA granted the drug breakthrough therapy designation."),
            Example("Some vaccinated people still get breakthrough infections."),
            Example("Breakthrough FN was common despite prophylaxis."),
        ],
        failing: [
            Example("Ketamine has emerged as a 1️⃣revolutionary treatment for depression."),
            Example("This 1️⃣miracle pill lowers blood pressure."),
            Example("The authors say the test could 1️⃣transform the way cancer is monitored."),
            Example("A 1️⃣breakthrough in Alzheimer's research offers 2️⃣hope for millions."),
            Example("Doctors hail a 1️⃣breakthrough cancer drug."),
        ])

    private let phrases: ClaimPhrases
    private let conditions: Conditions

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        conditions = Conditions(policy: policy)
        phrases = ClaimPhrases(policy: policy, .miracle)
    }

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        let sentences = reader.sentences(in: article)
        for index in sentences.indices where phrases.mayMatch(in: sentences[index]) {
            let sentence = sentences[index]
            for match in phrases.matches(in: sentence) where !sentence.isNegated(match.tokenRange, subject: true) {
                if isTechnicalBreakthrough(match.tokenRange, in: sentence) { continue }
                findings.appendFinding(
                    finding(
                        sentence.message(
                            "hype word '", quoting: match.tokenRange, "': describe what the study found instead"),
                        in: sentence,
                        words: match.tokenRange))
            }
        }
        return findings
    }

    /// "breakthrough pain", "breakthrough FN": a breakthrough of a condition is a clinical term.
    private func isTechnicalBreakthrough(_ range: Range<Int>, in sentence: ClaimSentence) -> Bool {
        guard sentence.words[range.lowerBound].hasPrefix("breakthrough"), range.count == 1,
            range.upperBound < sentence.words.count
        else { return false }
        let next = range.upperBound
        if conditions.ranges(in: sentence).contains(where: { $0.lowerBound == next }) { return true }
        // An abbreviation after it ("breakthrough FN", "breakthrough AF") names a condition too.
        let token = sentence.phrase(next..<(next + 1))
        return token.count >= 2 && token.allSatisfy { $0.isUppercase || $0.isNumber }
    }
}
