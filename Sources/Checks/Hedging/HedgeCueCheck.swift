import CopydeskCore

/// Every hedge cue, for reviewing scientific writing (`checks.hedging.sensitivity: every-cue`).
struct HedgeCueCheck: Check {
    static let description = CheckDescription(
        id: "hedging.hedge-cue", category: .hedging, defaultSeverity: .info,
        summary:
            "With sensitivity every-cue, each hedge cue is reported, so a reviewer can weigh every claim's certainty.",
        rationale: """
            Off in the default `clustered` sensitivity, where a single well-placed "may" is good writing. \
            With `every-cue` (policies/scientific.yml) every modal, epistemic verb, hedging adverb or \
            adjective, multiword hedge, vague attribution and open question is reported, as in the \
            CoNLL-2010 hedge detection task. "May" the month, `can` of ability and quoted speech are not cues.
            """,
        passing: [
            Example("Doses may need to be adjusted."),
            Example("May and June are the usual months.", configure: { $0.checks.hedging.sensitivity = .everyCue }),
            Example("The vaccine can cause a sore arm.", configure: { $0.checks.hedging.sensitivity = .everyCue }),
        ],
        failing: [
            Example(
                "Doses 1️⃣may need to be adjusted.", configure: { $0.checks.hedging.sensitivity = .everyCue }),
            Example(
                "These results 1️⃣suggest that the protein is 2️⃣likely involved.",
                configure: { $0.checks.hedging.sensitivity = .everyCue }),
        ])

    let scan: HedgingScan

    init(policy: Policy) {
        scan = HedgingScan(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        guard scan.settings.sensitivity == .everyCue else { return [] }
        return scan.blocks(of: article).flatMap { item in
            item.cues.map { cue in
                finding(
                    "hedge \(cue.quoted) (\(cue.kind.label))", in: article, blockIndex: item.index,
                    textRange: cue.range)
            }
        }
    }
}
