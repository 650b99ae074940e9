import CopydeskCore

/// A claim hedged by crediting it to unnamed sources: "some studies suggest", "it has been
/// suggested", "many athletes believe".
///
/// The citation checks report `citation.vague-attribution` when such a claim lacks a source;
/// this rule is about the hedge itself, so both may fire on one sentence.
struct HedgedAttributionCheck: Check {
    static let description = CheckDescription(
        id: "hedging.vague-attribution", category: .hedging, defaultSeverity: .warning,
        summary:
            "Crediting a claim to unnamed studies, experts or people hedges it without saying how strong the evidence is.",
        rationale: """
            "Some studies suggest" and "it has been suggested" sound careful but tell the reader neither who \
            found what nor how firmly. Name the study or the expert, or state what is known. A bare \
            reporting verb ("scientists say") is a citation problem, not a hedge, and is left to the \
            citation checks; specific sources ("these results suggest", "the 2019 review suggests") pass.
            """,
        passing: [
            Example("Scientists say daily ice baths burn extra calories."),
            Example("These results suggest a role for inflammation."),
            Example("A 2022 review of 104 studies found that cold water reduces inflammation markers."),
            Example("Some people enjoy how cold water makes them feel."),
            Example("Many people feel better after a cold shower."),
        ],
        failing: [
            Example("1️⃣Some studies suggest ketamine can help reduce symptoms of PTSD."),
            Example("2️⃣It has been suggested that vitamin D prevents colds."),
            Example("1️⃣Many athletes believe that ice baths speed recovery."),
            Example("While 1️⃣some anecdotal reports suggest a possible link, the evidence remains limited."),
            Example("The diet works, 1️⃣according to some experts."),
        ])

    let scan: HedgingScan

    init(policy: Policy) {
        scan = HedgingScan(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        // Each block looked at in place: only one with a vague attribution is read further.
        scan.blocks(of: article).withUnsafeBufferPointer { blocks in
            for position in blocks.indices where blocks[position].cues.contains(where: { $0.kind == .attribution }) {
                add(in: blocks[position], of: article, to: &findings)
            }
        }
        return findings
    }

    /// Appends the block's findings to the article's: an array of the block's own, added to
    /// them with `+=`, was made, copied (each finding retained) and freed for every such block.
    private func add(in item: HedgingScan.BlockCues, of article: Article, to findings: inout [Finding]) {
        for clause in scan.clauses(of: item, in: article) {
            for cue in clause.cues where cue.kind == .attribution {
                let others = clause.cues.filter { $0.kind.hedgesClaim && $0.kind != .attribution }
                // "vague attribution \(cue.quoted): name the source or say what is known", then
                // "; \(the others quoted, joined by ", ") hedges the claim again" when there are others.
                var message = HedgeMessage(capacity: 96 + 24 * others.count)
                message.add("vague attribution ")
                message.add(quoted: cue)
                message.add(": name the source or say what is known")
                if !others.isEmpty {
                    message.add("; ")
                    message.add(quoting: others)
                    message.add(" hedges the claim again")
                }
                findings.append(
                    finding(message.text, in: article, blockIndex: item.index, textRange: cue.range))
            }
        }
    }
}
