import CopydeskCore

/// `fact-check.overstated-causality`: a causal claim whose cited source is observational.
///
/// Observational designs (cohorts, surveys, cross-sectional and case-control studies) show
/// that two things go together, not that one causes the other. The rule reads the reference
/// entries a causal sentence's citation markers point at; a sentence that names its own
/// observational evidence is left to `medical-claim.overstated-causality`.
enum OverstatedCausality {
    static let description = CheckDescription(
        id: "fact-check.overstated-causality", category: .factCheck, defaultSeverity: .warning,
        summary: "A causal claim cites an observational study, which shows association, not cause.",
        rationale: """
            Claim strength follows Yu, Li & Wang (2019): 'reduces', 'causes', 'prevents' claim cause; \
            'is linked to', 'is associated with' claim association. Say what the study can show, or cite a trial.
            """,
        passing: [
            Example(
                "The drug reduces blood pressure.[^1]\n\n[^1]: Lee K. A randomised trial of the drug. Lancet. 2020."),
            Example(
                "Coffee is linked to less dementia.[^1]\n\n[^1]: Smith J. Coffee and dementia: a cohort study. BMJ. 2019."
            ),
            Example(
                "Coffee does not prevent dementia.[^1]\n\n[^1]: Smith J. Coffee and dementia: a cohort study. BMJ. 2019."
            ),
        ],
        failing: [
            Example(
                "Coffee 1️⃣prevents dementia.[^1]\n\n[^1]: Smith J. Coffee and dementia: a cross-sectional survey. BMJ. 2019."
            ),
            Example(
                "Walking 1️⃣lowers blood pressure [1].\n\n## References\n\n1. Ng A. Walking and blood pressure in a cohort of 9,000 adults. J Hypertens. 2021."
            ),
        ])

    /// Words that name an observational design or association language.
    static let observational: WordSet = [
        "observational", "cohort", "cohorts", "cross-sectional", "case-control", "survey", "surveys", "surveyed",
        "questionnaire", "questionnaires", "ecological", "retrospective", "population-based", "epidemiological",
        "self-reported", "associated", "association", "associations", "linked", "correlated", "correlation",
        "correlational",
    ]

    /// Words that name experimental evidence: a sentence citing a trial is not overstating.
    static let experimental: WordSet = [
        "randomised", "randomized", "rct", "rcts", "trial", "trials", "placebo-controlled", "experiment",
        "experimental",
    ]

    /// Whether `finding(for: entry, …)` may find something: the entry claims a causal
    /// relationship that is not negated, and is cited (a sentence with citation markers of its
    /// own is: `ArticleEvidence.labels(ofSentenceAt:)`).
    static func mayFind(in entry: LedgerEntry) -> Bool {
        entry.isClaim && entry.provisional.strength == .causal && !entry.analysis.negated && entry.analysis.cue != nil
            && entry.provisional.cited
    }

    /// - Parameters:
    ///   - index: the sentence's index in `Article.sentences`.
    ///   - read: the sentence's text read (`SentenceText.all(in:)`).
    static func finding(
        for entry: LedgerEntry, sentenceAt index: Int, sentence: Sentence, read: SentenceText, in article: Article,
        evidence: ArticleEvidence
    ) -> Finding? {
        guard let claim = entry.claim, claim.strength == .causal, !entry.analysis.negated,
            let cue = entry.analysis.cue
        else { return nil }
        // Only a cited source can be observational: the sentence's markers' entries.
        let labels = evidence.labels(ofSentenceAt: index)
        guard !labels.isEmpty else { return nil }
        let references = evidence.entries(for: labels)
        guard !references.isEmpty else { return nil }
        // Evidence named in the sentence itself is medical-claim.overstated-causality's to report.
        // Word by word: passing `experimental.contains` as a function would copy the set.
        if read.tokens.contains(where: { experimental.contains($0.text) })
            || read.tokens.contains(where: { observational.contains($0.text) })
        {
            return nil
        }
        var design: String?
        for reference in references {
            let words = Words.tokens(in: reference.text).map(\.text)
            if words.contains(where: { experimental.contains($0) }) { return nil }
            if let word = words.first(where: { observational.contains($0) }) {
                design = word
                break
            }
        }
        guard let design else { return nil }
        let verb = String(decoding: Array(sentence.text.utf8)[cue], as: UTF8.self)
        let message =
            "causal claim '\(verb)' but its cited source is observational ('\(design)'); "
            + "say 'is linked to' or cite a randomised trial"
        return description.finding(message, in: article, sentence: sentence, textRange: cue)
    }
}
