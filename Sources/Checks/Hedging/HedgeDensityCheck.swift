import CopydeskCore

/// A section so thick with hedges that the reader cannot tell what is known.
struct HedgeDensityCheck: Check {
    /// Fewer cues than this never make a section dense, however short it is.
    static let minimumCues = 3

    static let description = CheckDescription(
        id: "hedging.hedge-density", category: .hedging, defaultSeverity: .info,
        summary: "A section with more hedges per 100 words than the policy's threshold reads as unsure of everything.",
        rationale: """
            Counts hedge cues per 100 words of each section's prose (headings, code and, unless the policy \
            lints quotes, quoted speech left out) and reports a section above `checks.hedging.density-threshold` \
            (default 4) with at least three cues, once, at its first hedge.
            """,
        passing: [
            Example("## Dosing\n\nDoses may need to be adjusted for children. Take the tablet with food and water.\n"),
            Example("## Sleep\n\nIt may help. It might not.\n"),
        ],
        failing: [
            Example(
                "## Sleep\n\nCold water 1️⃣may help some people sleep. It could ease stress, and it is possibly calming.\n"
            )
        ])

    let scan: HedgingScan

    init(policy: Policy) {
        scan = HedgingScan(policy: policy)
    }

    private struct Section {
        var name: String?
        var words = 0
        /// How many cues hedge a claim, and where the first stands (its block's index and its
        /// range there): all a finding reads of them.
        var cues = 0
        var first: (block: Int, range: Range<Int>)?
    }

    func findings(in article: Article) -> [Finding] {
        // One section at a time: a section's finding is made when the next heading (or the
        // article's end) closes it, so no array of sections is kept (it was made and grown as
        // headings came, three allocations for a bench article) and the findings come in
        // section order as before.
        var result: [Finding] = []
        var section = Section()
        // Each block looked at in place, by index: no block is copied.
        scan.blocks(of: article).withUnsafeBufferPointer { blocks in
            for position in blocks.indices {
                let index = blocks[position].index
                if article.blocks[index].isHeading {
                    if let finding = finding(of: section, in: article) { result.append(finding) }
                    section = Section(name: article.blocks[index].text)
                    continue
                }
                section.words += blocks[position].words
                for cue in blocks[position].cues where cue.kind.hedgesClaim {
                    if section.first == nil { section.first = (index, cue.range) }
                    section.cues += 1
                }
            }
        }
        if let finding = finding(of: section, in: article) { result.append(finding) }
        return result
    }

    /// The finding of a section, when it is dense enough to report.
    private func finding(of section: Section, in article: Article) -> Finding? {
        guard section.cues >= Self.minimumCues, section.words > 0, let first = section.first else { return nil }
        let threshold = scan.settings.densityThreshold
        let density = Double(section.cues) * 100 / Double(section.words)
        guard density > threshold else { return nil }
        // "\(place) has \(cues) hedges in \(words) words (\(density) per 100, above \(threshold));
        // say plainly what the evidence shows", the place "section '\(name)'" or "the opening section".
        var message = HedgeMessage(capacity: 160 + (section.name?.utf8.count ?? 0))
        if let name = section.name {
            message.add("section '")
            message.add(name)
            message.add("'")
        } else {
            message.add("the opening section")
        }
        message.add(" has ")
        message.add(String(section.cues))
        message.add(" hedges in ")
        message.add(String(section.words))
        message.add(" words (")
        message.add(Self.format(density))
        message.add(" per 100, above ")
        message.add(Self.format(threshold))
        message.add("); say plainly what the evidence shows")
        return finding(message.text, in: article, blockIndex: first.block, textRange: first.range)
    }

    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
