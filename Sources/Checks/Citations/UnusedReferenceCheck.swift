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
        let dropped = UnusedReferenceCheck.droppedFootnotes(in: article)
        let references = article.references + dropped
        let labels = ReferenceLabels(references)
        var cited = Set<Int>()
        for marker in article.citationMarkers { cited.formUnion(labels.entries(for: marker)) }
        // A list the text cites from: the section of a cited entry. "Further reading" lists that
        // no marker points into are left alone.
        // The section of the first block that starts where the entry starts: the blocks are
        // looked up by offset among the entries' offsets, sorted and distinct (a binary search
        // in a few numbers costs less than hashing), each with its first block (-1: none yet).
        var offsets = references.map(\.range.start.offset)
        offsets.sort()
        offsets = offsets.indices.compactMap { $0 > 0 && offsets[$0] == offsets[$0 - 1] ? nil : offsets[$0] }
        func slot(of offset: Int) -> Int? {
            let slot = offsets.partitionPoint { $0 < offset }
            return slot < offsets.count && offsets[slot] == offset ? slot : nil
        }
        var firstBlock = [Int](repeating: -1, count: offsets.count)
        for index in article.blocks.indices {
            if let slot = slot(of: article.blocks[index].range.start.offset), firstBlock[slot] == -1 {
                firstBlock[slot] = index
            }
        }
        let sections = references.map { entry -> String? in
            guard let slot = slot(of: entry.range.start.offset), firstBlock[slot] >= 0 else { return nil }
            return article.blocks[firstBlock[slot]].section ?? ""
        }
        let citedSections = Set(cited.compactMap { sections[$0] })
        let usesFootnotes = article.citationMarkers.contains { $0.style == .footnote }
        return references.enumerated().compactMap { index, entry in
            guard !cited.contains(index) else { return nil }
            if index >= article.references.count {
                guard usesFootnotes else { return nil }
            } else {
                guard let section = sections[index], citedSections.contains(section) else { return nil }
            }
            let section = sections[index] ?? nil
            let firstLine = entry.range.start.offset..<min(entry.range.end.offset, entry.range.start.offset + 200)
            return Finding(
                rule: Self.description.id, category: Self.description.category,
                severity: Self.description.defaultSeverity,
                message: String(
                    concatenating: "reference '", entry.label,
                    "' is never cited in the text: cite it where the text relies on it or remove it"),
                match: String(decoding: article.source[firstLine], as: UTF8.self), range: entry.range,
                section: section?.isEmpty == false ? section : nil)
        }
    }
}
