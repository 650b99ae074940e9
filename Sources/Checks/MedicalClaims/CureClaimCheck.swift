import CopydeskCore

/// Claims that something cures, treats, prevents, reverses or eliminates a condition.
struct CureClaimCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.cure-claim", category: .medicalClaim, defaultSeverity: .error,
        summary: "A claim that something cures, treats, prevents, reverses or eliminates a condition.",
        rationale: """
            Stated as fact, a cure claim promises more than almost any study shows. Say what was \
            measured, in whom, and how large the effect was; hedge what is uncertain. Negated and \
            hedged statements ("there is no cure for hepatitis B", "may help prevent") are not claims.
            """,
        passing: [
            Example("There is no cure for hepatitis B, but treatment can control it."),
            Example("Calcium supplements have not been shown to prevent fractures."),
            Example("A cure does not protect against reinfection."),
            Example("Vitamin D may help prevent falls in older adults."),
            Example("The trial tested strategies to prevent falls."),
            Example("Researchers are getting closer to a cure for type 1 diabetes."),
            Example("Doctors treat depression with talking therapy and medicines."),
            Example("Does turmeric cure arthritis?"),
        ],
        failing: [
            Example("Cold plunges are a proven 1️⃣cure for depression and anxiety."),
            Example("This tea 1️⃣reverses type 2 diabetes in weeks."),
            Example("Daily ibuprofen 1️⃣can prevent Alzheimer's disease, the team says."),
            Example("The supplement was shown to 1️⃣eliminate migraines."),
        ])

    private let cures: CureClaims

    init(policy: Policy) {
        cures = CureClaims(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        for sentence in ClaimSentence.sentences(in: article) where !sentence.isQuestion {
            for claim in cures.claims(in: sentence) {
                let verb = claim.verb
                guard !sentence.isNegated(verb, subject: claim.isNoun), !sentence.isHedged(verb) else { continue }
                // "can prevent" reads better with its modal in the finding.
                var start = claim.range.lowerBound
                if start == verb.lowerBound, start > 0, ["can", "will"].contains(sentence.words[start - 1]) { start -= 1 }
                let range = start..<claim.range.upperBound
                findings.append(
                    finding(
                        "cure claim '\(sentence.phrase(range))': say what the evidence shows, in whom, and how strongly",
                        in: sentence, words: range))
            }
        }
        return findings
    }
}
