import CopydeskCore

/// `fact-check.known-false-claim`, `-misleading-claim`, `-unproven-claim`: a sentence makes a claim
/// the registry (or another verifier) has a verdict on.
enum KnownClaimRule {
    static let falseClaim = CheckDescription(
        id: "fact-check.known-false-claim", category: .factCheck, defaultSeverity: .error,
        summary: "The sentence makes a claim that reviewed evidence shows to be false.",
        rationale: """
            Matched against the policy's known-claims registry (`facts:`) by key terms in any order, \
            so rewording does not hide a claim; sentences that deny or debunk the claim are not flagged.
            """,
        passing: [
            Example("There is no link between vaccines and autism."),
            Example("The myth that the MMR vaccine causes autism came from a retracted 1998 paper."),
            Example("Vaccines do not cause autism."),
        ],
        failing: [
            Example("Research now shows that 1️⃣vaccines cause autism in some children."),
            Example("In his view, 1️⃣autism is caused by the MMR vaccine."),
        ])

    static let misleadingClaim = CheckDescription(
        id: "fact-check.known-misleading-claim", category: .factCheck, defaultSeverity: .warning,
        summary: "The sentence makes a claim that reviewed evidence shows to be misleading.",
        passing: [Example("Bodies regulate their own pH whatever you eat.")],
        failing: [Example("Eating 1️⃣alkaline foods will change the pH of your blood.")])

    static let unprovenClaim = CheckDescription(
        id: "fact-check.known-unproven-claim", category: .factCheck, defaultSeverity: .warning,
        summary: "The sentence makes a claim that evidence has not established.",
        passing: [Example("Trials have not shown that detox teas remove toxins.")],
        failing: [Example("A week of 1️⃣detox tea flushes toxins from the liver.")])

    static func description(for verdict: KnownClaim.Verdict) -> CheckDescription {
        switch verdict {
        case .false: falseClaim
        case .misleading: misleadingClaim
        case .unproven, .true: unprovenClaim
        }
    }

    static func finding(for verdict: Verdict, sentence: Sentence, in article: Article) -> Finding {
        let description = description(for: verdict.verdict)
        var message = "known \(verdict.verdict.rawValue) claim '\(verdict.claim)'"
        if let source = verdict.source {
            let reference = [source.citation, source.url].filter { !$0.isEmpty }.joined(separator: ", ")
            message += " (rated \(verdict.verdict.rawValue) by \(reference))"
        } else {
            message += " (rated \(verdict.verdict.rawValue))"
        }
        message += verdict.verdict == .false ? "; correct or remove it" : "; qualify it and cite the evidence"
        return description.finding(
            message, in: article, sentence: sentence, textRange: verdict.range ?? 0..<sentence.text.utf8.count)
    }
}
