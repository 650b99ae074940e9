import CopydeskCore

/// Descriptions for the sample report's rules, as `Pipeline().descriptions` gives them;
/// `style.house` is left out, as a policy's own rule would be.
enum SampleRules {
    static let descriptions: [CheckDescription] = [
        CheckDescription(
            id: "hedging.stacked-hedge", category: .hedging, defaultSeverity: .warning,
            summary: "Two or more hedges in one clause hide what the writer actually claims.",
            passing: [Example("Doses may need to be adjusted.")],
            failing: [Example("Inflammation 1️⃣could potentially influence ```hair``` growth.")]),
        CheckDescription(
            id: "medical-claim.cure-claim", category: .medicalClaim, defaultSeverity: .error,
            summary: "A treatment is said to cure a condition.",
            rationale: "Cure claims promise more than trials show; say what the evidence found."),
        CheckDescription(
            id: "repetition.repeated-title", category: .repetition, defaultSeverity: .warning,
            summary: "The title repeated as the first heading or sentence."),
        CheckDescription(
            id: "citation.unsupported-claim", category: .citation, defaultSeverity: .warning,
            summary: "A claim without a citation."),
    ]
}
