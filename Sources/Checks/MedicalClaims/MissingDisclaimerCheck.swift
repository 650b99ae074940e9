import CopydeskCore

/// Treatment claims in an article that never advises consulting a professional.
struct MissingDisclaimerCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.missing-disclaimer", category: .medicalClaim, defaultSeverity: .warning,
        summary: "Treatment claims in an article that never advises readers to consult a professional.",
        rationale: """
            Off unless the policy sets `medical-claims: {require-disclaimer: true}` (policies/medical.yml \
            does). An article that tells readers what treats or prevents a condition should also tell \
            them to talk to a doctor, pharmacist or other professional. The finding points at the \
            first treatment claim.
            """,
        passing: [
            Example(
                "Turmeric may ease arthritis pain. Ask your doctor before you try it.",
                configure: { $0.checks.medicalClaims.requireDisclaimer = true }),
            Example("Turmeric eases arthritis pain."),
            Example(
                "The city opened a new park this spring.",
                configure: { $0.checks.medicalClaims.requireDisclaimer = true }),
        ],
        failing: [
            Example(
                "# Kitchen remedies\n\nTurmeric 1️⃣eases arthritis pain. Take two spoons a day.",
                configure: { $0.checks.medicalClaims.requireDisclaimer = true })
        ])

    private let required: Bool
    private let claims: CureClaims
    private let consult: ConsultAdvice

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        required = policy.checks.medicalClaims.requireDisclaimer
        claims = CureClaims(
            policy: policy,
            verbs: policy.medicalLexicon("cure-verbs", MedicalLexicon.cureVerbs)
                + policy.medicalLexicon("relief-verbs", MedicalLexicon.reliefVerbs),
            includeHedged: true)
        consult = ConsultAdvice(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        guard required else { return [] }
        let sentences = reader.sentences(in: article)
        guard !consult.advises(in: sentences) else { return [] }
        for sentence in sentences where !sentence.isQuestion {
            // Hedged claims count: "may ease arthritis pain" still tells readers what to take.
            guard
                let claim = claims.claims(in: sentence).first(where: {
                    !sentence.isNegated($0.verb, subject: $0.isNoun)
                })
            else { continue }
            return [
                finding(
                    sentence.message(
                        "treatment claim '", quoting: claim.range, "' with no advice to consult a professional: add one"
                    ),
                    in: sentence, words: claim.range)
            ]
        }
        return []
    }
}
