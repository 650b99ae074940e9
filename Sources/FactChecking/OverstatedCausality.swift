import CopydeskCore

/// `fact-check.overstated-causality`: a causal claim resting on observational evidence.
///
/// Observational designs (cohorts, surveys, cross-sectional and case-control studies) show
/// that two things go together, not that one causes the other. The rule reads the claim's own
/// sentence and the reference entries its citation markers point at.
enum OverstatedCausality {
    static let description = CheckDescription(
        id: "fact-check.overstated-causality", category: .factCheck, defaultSeverity: .warning,
        summary: "A causal claim rests on observational evidence, which shows association, not cause.",
        rationale: """
            Claim strength follows Yu, Li & Wang (2019): 'reduces', 'causes', 'prevents' claim cause; \
            'is linked to', 'is associated with' claim association. Say what the study can show, or cite a trial.
            """,
        passing: [
            Example("A randomised trial found that the drug reduces blood pressure."),
            Example("A cohort study found that coffee drinking is linked to a lower risk of dementia."),
            Example("A cross-sectional survey cannot show that coffee prevents dementia."),
        ],
        failing: [
            Example("A 2019 cohort study found that coffee 1️⃣reduces the risk of dementia."),
            Example("Coffee 1️⃣prevents dementia.[^1]\n\n[^1]: Smith J. Coffee and dementia: a cross-sectional survey. BMJ. 2019."),
        ])

    /// Words that name an observational design or association language.
    static let observational: Set<String> = [
        "observational", "cohort", "cohorts", "cross-sectional", "case-control", "survey", "surveys", "surveyed",
        "questionnaire", "questionnaires", "ecological", "retrospective", "population-based", "epidemiological",
        "self-reported", "associated", "association", "associations", "linked", "correlated", "correlation",
        "correlational",
    ]

    /// Words that name experimental evidence: a sentence citing a trial is not overstating.
    static let experimental: Set<String> = [
        "randomised", "randomized", "rct", "rcts", "trial", "trials", "placebo-controlled", "experiment",
        "experimental",
    ]

    static func finding(for entry: LedgerEntry, sentence: Sentence, in article: Article, evidence: ArticleEvidence)
        -> Finding?
    {
        guard let claim = entry.claim, claim.strength == .causal, !entry.analysis.negated,
            let cue = entry.analysis.cue
        else { return nil }
        let own = Words.tokens(in: sentence.text).map(\.text)
        if own.contains(where: experimental.contains) { return nil }
        var design = own.first(where: observational.contains)
        var place = ""
        if design == nil {
            for reference in evidence.entries(for: entry.citedLabels) {
                let words = Words.tokens(in: reference.text).map(\.text)
                if words.contains(where: experimental.contains) { return nil }
                if let word = words.first(where: observational.contains) {
                    design = word
                    place = "its cited source is"
                    break
                }
            }
        } else {
            place = "the sentence reports"
        }
        guard let design else { return nil }
        let verb = String(decoding: Array(sentence.text.utf8)[cue], as: UTF8.self)
        let message =
            "causal claim '\(verb)' but \(place) observational evidence ('\(design)'); "
            + "say 'is linked to' or cite a randomised trial"
        return description.finding(message, in: article, sentence: sentence, textRange: cue)
    }
}
