import CopydeskCore

/// Guarantees and proof: guaranteed, 100% effective, clinically proven, works for everyone.
struct GuaranteeCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.guarantee", category: .medicalClaim, defaultSeverity: .error,
        summary: "Guarantees and claims of proof (guaranteed, 100% effective, clinically proven, works for everyone).",
        rationale: """
            No treatment works for everyone, and a single study proves little. Report the effect \
            that was measured and how many people it helped.
            """,
        passing: [
            Example("No treatment is guaranteed to work for everyone."),
            Example("The drug has not been proven to work in children."),
            Example("The vaccine is recommended for everyone over six months old."),
            Example("Your insurer guarantees coverage for the first visit."),
            Example("The law guarantees every worker paid sick leave."),
        ],
        failing: [
            Example("This miracle pill 1️⃣guarantees that you will never have a heart attack."),
            Example("Our serum is 1️⃣clinically proven to reduce wrinkles."),
            Example("The diet 1️⃣works for everyone, and it is 2️⃣100% effective."),
            Example("This supplement 1️⃣guarantees results in two weeks."),
            Example("The cream is 1️⃣guaranteed to clear acne."),
        ])

    private let phrases: ClaimPhrases

    private let reader: ClaimReader

    private let conditions: Conditions

    private let lexicons: ClaimLexicons

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        phrases = ClaimPhrases(policy: policy, .guarantee)
        conditions = Conditions(policy: policy)
        lexicons = ClaimLexicons(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        reader.sentences(in: article).findings(where: { phrases.mayMatch(in: $0) }) { sentence in
            phrases.claims(in: sentence).filter { match in
                !Self.bareWords.contains(match.phrase) || hasHealthContext(sentence)
            }.map { match in
                let text = sentence.phrase(match.tokenRange)
                let proof = match.phrase.contains("prov") || match.phrase.contains("proof")
                return finding(
                    proof
                        ? String(
                            concatenating: "claim of proof '", text,
                            "': say what the studies measured and how certain the result is")
                        : String(
                            concatenating: "guarantee '", text,
                            "': no treatment works for everyone; report the measured effect"),
                    in: sentence, words: match.tokenRange)
            }
        }
    }

    /// The bare verb and its forms: a guarantee of coverage, a right or a delivery date is no
    /// health claim, so these need a treatment, an outcome or a condition in the sentence
    /// (`guarantee-contexts`, or a condition).
    static let bareWords: Set<String> = ["guarantee", "guarantees", "guaranteed", "guaranteeing"]

    private func hasHealthContext(_ sentence: ClaimSentence) -> Bool {
        !lexicons.matches(.guaranteeContexts, in: sentence).isEmpty
            || !conditions.ranges(in: sentence).isEmpty
    }
}
