import CopydeskCore

/// A statistic, research reference, efficacy, safety or causal claim, or a superlative, with
/// no citation the reader could follow.
struct UnsupportedClaimCheck: Check {
    static let description = CheckDescription(
        id: "citation.unsupported-claim", category: .citation, defaultSeverity: .warning,
        summary:
            "A check-worthy claim (a statistic, a study, an efficacy, safety or causal claim, a superlative) has no citation.",
        rationale: """
            Evidence is a footnote or numbered marker, a superscript reference, an author-year citation, a link in \
            the sentence, a named source ("according to the World Health Organization"), a DOI or a PMID. \
            `checks.citations.scope: paragraph` lets one citation cover its whole paragraph; with the default \
            `sentence` scope a sentence that continues a cited one ("The study also found…") is covered too. \
            Headings, questions, advice ("ask your doctor") and sentences about the article are not claims; \
            table cells are not read. A claim attributed to unnamed studies or experts is reported once, as \
            `citation.vague-attribution`. The word lists are policy lexicons (`checks.citations.add` and \
            `remove`): efficacy, efficacy-verbs, causal, causal-verbs, safety, superlatives, research, \
            vague-attributions, attribution-agents, attribution-verbs, study-nouns, advice, imperatives, \
            article-descriptions and named-sources.
            """,
        passing: [
            Example(
                "High blood pressure affects about 1.28 billion adults, according to the World Health Organization."),
            Example(
                "Serious allergic reactions are rare.[^cdc]\n\n[^cdc]: Centers for Disease Control and Prevention. 2024."
            ),
            Example("The polypill lowered blood pressure in a [2018 trial](https://doi.org/10.1001/jama.2018.10359)."),
            Example("Statins lower LDL cholesterol (Collins et al., 2016)."),
            Example("Does ketamine cause hair loss?"),
            Example("Ask your doctor whether the vaccine is right for you."),
            Example("In this article, we look at what cold water immersion does to the body."),
            Example(
                "A 2022 review found lower inflammation markers.[^r] The review also found better insulin sensitivity.\n\n[^r]: Espeland D, et al. 2022."
            ),
            Example("# Cold plunges reduce inflammation"),
            Example(
                "Vitamin C shortens colds.[^1] Zinc lozenges reduce them by a day.\n\n[^1]: Hemilä H. 2013.",
                configure: { $0.checks.citations.scope = .paragraph }),
        ],
        failing: [
            Example("High blood pressure affects about 1️⃣1.28 billion adults aged 30 to 79."),
            Example("Ketamine has 1️⃣shown promise in alleviating symptoms of anxiety."),
            Example("A short cold plunge 1️⃣is safe for most healthy adults."),
            Example("Vitamin D supplements taken daily can 1️⃣reduce the risk of respiratory infections."),
            Example("Sleep loss 1️⃣causes weight gain in teenagers."),
            Example("1️⃣A 2019 review of 40 trials found no benefit from fish oil."),
            Example(
                "Vitamin C shortens colds.[^1]\n\nZinc lozenges 1️⃣reduce them by a day.\n\n[^1]: Hemilä H. 2013.",
                configure: { $0.checks.citations.scope = .paragraph }),
        ])

    let analyzer: CitationAnalyzer
    /// When the vague-attribution rule is off, its sentences are reported here instead.
    let coversVagueAttributions: Bool

    init(policy: Policy) {
        analyzer = CitationAnalyzer(policy: policy)
        coversVagueAttributions =
            policy.severity(
                forRule: VagueAttributionCheck.description.id, category: .citation,
                default: VagueAttributionCheck.description.defaultSeverity) == nil
    }

    func findings(in article: Article) -> [Finding] {
        // Appended with room for a few at the first (`appendFinding`): `compactMap` grew its
        // list from room for one.
        var findings: [Finding] = []
        for claim in analyzer.unsupportedClaims(in: article) {
            if claim.assessment.vagueAttribution != nil && !coversVagueAttributions { continue }
            // The first cue, so the finding starts where the claim does in a wrapped paragraph.
            let trigger =
                claim.assessment.triggers.first { !$0.isVagueAttribution || coversVagueAttributions }
                ?? claim.assessment.primary
            findings.appendFinding(
                finding(
                    UnsupportedClaimCheck.message(for: trigger), in: article,
                    blockIndex: claim.blockIndex,
                    textRange: CitationAnalyzer.blockRange(of: trigger.range, from: claim.textStart)))
        }
        return findings
    }

    static func message(for trigger: CheckWorthiness.Trigger) -> String {
        let cue = trigger.cue
        switch trigger.kind {
        case .statistic:
            return String(
                concatenating: "statistic with no citation: add the source of '", cue,
                "' (a footnote, a link or a named source)")
        case .research:
            return String(concatenating: "research claim with no citation: cite the study behind '", cue, "'")
        case .efficacy:
            return String(
                concatenating: "efficacy claim with no citation: cite the trial or review that supports '", cue, "'")
        case .safety:
            return String(
                concatenating: "safety claim with no citation: cite the safety data or guidance behind '", cue, "'")
        case .causal:
            return String(concatenating: "causal claim with no citation: cite the study that shows '", cue, "'")
        case .other:
            return String(
                concatenating: "superlative with no citation: cite the comparison behind '", cue, "' or tone it down")
        }
    }
}
