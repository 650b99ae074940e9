import CopydeskCore

/// A reference entry no citation marker points at.
struct UnusedReferenceCheck: Check {
    static let description = CheckDescription(
        id: "citation.unused-reference", category: .citation, defaultSeverity: .info,
        summary: "A reference entry is never cited in the text.",
        rationale: """
            Cite the entry where the text relies on it, or remove it. Only lists the text cites from are \
            checked: an article without citation markers, or a "Further reading" list no marker points \
            into, is a bibliography, a style of its own.
            """,
        passing: [
            Example("Influenza causes severe illness.[^who]\n\n[^who]: World Health Organization. 2023."),
            Example("Serious reactions are rare.[1-2]\n\n[^1]: Smith J. 2020.\n[^2]: Lee K. 2021."),
        ],
        failing: [
            Example(
                "Influenza causes severe illness.[^who]\n\n[^who]: World Health Organization. 2023.\n1️⃣[^cdc]: CDC. 2024."
            )
        ])

    init(policy: Policy) {}

    func findings(in article: Article) -> [Finding] {
        guard !article.citationMarkers.isEmpty else { return [] }
        // The labels normalized once, for the dropped definitions' search and the markers'.
        var normalized = ReferenceLabels.normalizedLabels(of: article.references)
        let dropped = UnusedReferenceCheck.droppedFootnotes(in: article, labels: &normalized)
        let references = dropped.isEmpty ? article.references : article.references + dropped
        let labels = ReferenceLabels(normalized: normalized)
        // A flag per entry, not a set of the cited entries' indices (a set and each marker's
        // list of entries were made and freed for every article with markers).
        // Made through `filled` (`Array(repeating:count:)` allocates in unspecialized code, some
        // 500 instructions a call more), as is `firstBlock`.
        var cited = [Bool].filled(with: false, count: references.count)
        // The markers' labels and styles are read in the array: `for marker in` copied each
        // marker (its fields retained and released).
        let markers = article.citationMarkers
        for index in markers.indices { labels.markEntries(forLabel: markers[index].label, in: &cited) }
        guard cited.contains(false) else { return [] }
        // A list the text cites from: the section of a cited entry. "Further reading" lists that
        // no marker points into are left alone.
        // The section of the first block that starts where the entry starts: the blocks are
        // looked up by offset among the entries' offsets, sorted and distinct (a binary search
        // in a few numbers costs less than hashing), each with its first block (-1: none yet).
        var offsets = references.map(\.range.start.offset)
        offsets.sort()
        var distinct = 0
        for index in offsets.indices where index == 0 || offsets[index] != offsets[distinct - 1] {
            offsets[distinct] = offsets[index]
            distinct += 1
        }
        offsets.removeLast(offsets.count - distinct)
        func slot(of offset: Int) -> Int? {
            let slot = offsets.partitionPoint { $0 < offset }
            return slot < offsets.count && offsets[slot] == offset ? slot : nil
        }
        var firstBlock = [Int].filled(with: -1, count: offsets.count)
        for index in article.blocks.indices {
            if let slot = slot(of: article.blocks[index].range.start.offset), firstBlock[slot] == -1 {
                firstBlock[slot] = index
            }
        }
        /// The block whose section is the entry's, or nil when no block starts where it starts.
        func sectionBlock(_ entry: Int) -> Int? {
            guard let slot = slot(of: references[entry].range.start.offset), firstBlock[slot] >= 0 else { return nil }
            return firstBlock[slot]
        }
        // The cited entries' sections (a block without a section reads as ""), compared one by
        // one: an article cites from a list or two, and a set of strings cost more to make.
        var citedSections: [String] = []
        for entry in cited.indices where cited[entry] {
            guard let block = sectionBlock(entry) else { continue }
            let section = article.blocks[block].section ?? ""
            if !citedSections.contains(section) { citedSections.append(section) }
        }
        let usesFootnotes = markers.indices.contains { markers[$0].style == .footnote }
        var findings: [Finding] = []
        for index in references.indices where !cited[index] {
            let section = sectionBlock(index).map { article.blocks[$0].section ?? "" }
            if index >= article.references.count {
                guard usesFootnotes else { continue }
            } else {
                guard let section, citedSections.contains(section) else { continue }
            }
            let entry = references[index]
            let firstLine = entry.range.start.offset..<min(entry.range.end.offset, entry.range.start.offset + 200)
            findings.appendFinding(
                Finding(
                    rule: Self.description.id, category: Self.description.category,
                    severity: Self.description.defaultSeverity,
                    message: String(
                        concatenating: "reference '", entry.label,
                        "' is never cited in the text: cite it where the text relies on it or remove it"),
                    match: String(decoding: article.source[firstLine], as: UTF8.self), range: entry.range,
                    section: section?.isEmpty == false ? section : nil))
        }
        return findings
    }
}
