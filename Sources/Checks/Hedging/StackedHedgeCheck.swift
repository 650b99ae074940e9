import CopydeskCore

/// Two or more hedges in one clause: "could potentially", "might perhaps", "seem to possibly".
struct StackedHedgeCheck: Check {
    static let description = CheckDescription(
        id: "hedging.stacked-hedge", category: .hedging, defaultSeverity: .warning,
        summary: "Two or more hedges in one clause hide what the writer actually claims.",
        rationale: """
            One hedge says how sure the evidence is; a second in the same clause ("could potentially", \
            "it might be that … could perhaps") only blurs it. The finding runs from the first hedge to the \
            last and suggests the clause with one hedge. Vague attributions ("some studies suggest") are \
            reported by hedging.vague-attribution instead, and open questions ("whether") never stack.
            """,
        passing: [
            Example("Doses may need to be adjusted."),
            Example("In May 2023 the guidance changed, and doses may need to be adjusted."),
            Example("The drug may help some patients, although results vary."),
            Example("The drug may help. It could also lower costs."),
            Example("It is not clear whether the drug works."),
            Example("It was unclear whether these drugs could be used safely in cancer patients."),
            Example(
                "Professors suggested the enzyme as a target, leading the team to design a molecule that would block it."
            ),
            Example("> \"It could possibly work,\" one reader wrote.\n"),
        ],
        failing: [
            Example("Inflammation 1️⃣could potentially influence hair growth."),
            Example("1️⃣It might be that cold could perhaps help, although this is 2️⃣arguably unclear."),
            Example("These drugs 1️⃣seem to possibly work."),
            Example("The pill 1️⃣could potentially be useful, though 2️⃣it seems this may depend on cost."),
        ])

    let scan: HedgingScan

    init(policy: Policy) {
        scan = HedgingScan(policy: policy)
    }

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        for item in scan.blocks(of: article) where item.cues.count >= 2 {
            for clause in scan.clauses(of: item, in: article) {
                let cues = clause.stackingCues
                guard cues.count >= 2, let first = cues.first, let last = cues.last else { continue }
                let range = first.range.lowerBound..<last.range.upperBound
                // "\(countWord(cues.count)) hedges in one clause: \(cues quoted, joined by ", "); keep the one you mean"
                var text = HedgeMessage(capacity: 64 + 24 * cues.count)
                text.add(countWord(cues.count))
                text.add(" hedges in one clause: ")
                text.add(quoting: cues)
                text.add("; keep the one you mean")
                let message = text.text
                let suggestion = StackedHedgeSuggestion(
                    text: article.blocks[item.index].text, range: range, cues: cues
                ).text
                findings.appendFinding(
                    finding(
                        message, in: article, blockIndex: item.index, textRange: range,
                        suggestions: suggestion.map { [$0] } ?? []))
            }
        }
        return findings
    }
}
