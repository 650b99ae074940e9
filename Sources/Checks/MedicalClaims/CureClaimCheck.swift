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
            Example("Treatment can cure hepatitis C in more than 95% of people."),
            Example("HPV vaccines can prevent most cervical cancers."),
            Example("Antibiotics treat bacterial infections but not viral ones."),
        ],
        failing: [
            Example("Cold plunges are a proven 1️⃣cure for depression and anxiety."),
            Example("This tea 1️⃣reverses type 2 diabetes in weeks."),
            Example("Daily ibuprofen 1️⃣can prevent Alzheimer's disease, the team says."),
            Example("The supplement was shown to 1️⃣eliminate migraines."),
            Example("It is the most effective 1️⃣cure for insomnia."),
        ])

    private let cures: CureClaims
    private let care: Set<String>

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        cures = CureClaims(policy: policy)
        care = Set(policy.medicalLexicon("care", MedicalLexicon.care).map { $0.lowercased() })
    }

    /// "Insulin treats type 1 diabetes": treating is what medical care does; only "treat" is exempt.
    private func treatedByCare(_ claim: CureClaims.Claim, in sentence: ClaimSentence) -> Bool {
        let words = sentence.words
        guard words[claim.verb.lowerBound].hasPrefix("treat") else { return false }
        var subject = claim.verb.lowerBound - 1
        if subject >= 0, ["can", "will", "does", "do", "effectively"].contains(words[subject]) { subject -= 1 }
        return subject >= 0 && care.contains(words[subject])
    }

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        let sentences = reader.sentences(in: article)
        for index in sentences.indices where !sentences[index].isQuestion && cures.mayClaim(in: sentences[index]) {
            let sentence = sentences[index]
            for claim in cures.claims(in: sentence) {
                let verb = claim.verb
                guard !sentence.isNegated(verb, subject: claim.isNoun), !sentence.isHedged(verb),
                    !sentence.isQualified(verb), !treatedByCare(claim, in: sentence)
                else { continue }
                // "can prevent" reads better with its modal in the finding.
                var start = claim.range.lowerBound
                if start == verb.lowerBound, start > 0, ["can", "will"].contains(sentence.words[start - 1]) {
                    start -= 1
                }
                let range = start..<claim.range.upperBound
                findings.appendFinding(
                    finding(
                        sentence.message(
                            "cure claim '", quoting: range, "': say what the evidence shows, in whom, and how strongly"),
                        in: sentence, words: range))
            }
        }
        return findings
    }
}
