import CopydeskCore

/// A claim put in the mouth of unnamed studies, experts or people, with no citation.
struct VagueAttributionCheck: Check {
    static let description = CheckDescription(
        id: "citation.vague-attribution", category: .citation, defaultSeverity: .warning,
        summary:
            "A claim is attributed to unnamed studies, experts or people (\"studies show\", \"scientists say\") with no citation.",
        rationale: """
            Name the study, organisation or expert, or cite the source. The hedging rule \
            `hedging.vague-attribution` flags the hedge itself; this rule flags the missing source, and a \
            sentence it reports is not reported again as `citation.unsupported-claim`.
            """,
        passing: [
            Example("Research shows that polypills cut deaths by half.[^1]\n\n[^1]: Yusuf S, et al. NEJM. 2021."),
            Example("Researchers at Harvard found that ice baths do not speed recovery."),
            Example("A review of 104 studies found lower inflammation markers (Espeland et al., 2022)."),
            Example("More research is needed before ketamine can be recommended for hair loss."),
            Example("Do scientists agree that cold plunges help?"),
        ],
        failing: [
            Example("1️⃣Research shows that polypills cut deaths from all causes by half."),
            Example("1️⃣Scientists say daily ice baths burn 500 extra calories a day."),
            Example("- Post-traumatic stress disorder: 1️⃣Some studies suggest ketamine can help reduce symptoms."),
            Example("1️⃣Many athletes believe that ice baths speed recovery after hard exercise."),
            Example("> 1️⃣It has been suggested that green tea prevents cancer."),
            Example("Cold plunges boost immunity, 1️⃣experts say."),
        ])

    let analyzer: CitationAnalyzer

    init(policy: Policy) {
        analyzer = CitationAnalyzer(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        // Appended with room for a few at the first (`appendFinding`): `compactMap` grew its
        // list from room for one.
        var findings: [Finding] = []
        for claim in analyzer.unsupportedClaims(in: article) {
            guard let trigger = claim.assessment.vagueAttribution else { continue }
            findings.appendFinding(
                finding(
                    String(
                        concatenating: "claim attributed to unnamed sources ('", trigger.cue,
                        "'): name the study or experts and cite them"),
                    in: article, blockIndex: claim.blockIndex,
                    textRange: CitationAnalyzer.blockRange(of: trigger.range, from: claim.textStart)))
        }
        return findings
    }
}
