import CopydeskCore

/// A citation marker whose label has no reference entry.
struct DanglingReferenceCheck: Check {
    static let description = CheckDescription(
        id: "citation.dangling-reference", category: .citation, defaultSeverity: .warning,
        summary: "A citation marker points at a reference entry that does not exist.",
        rationale: """
            Footnote references need a footnote definition with the same label; numbered and superscript \
            markers need an entry in the article's reference list. Numbered and superscript markers are only \
            checked in articles that have a reference list: without one the list may live elsewhere.
            """,
        passing: [
            Example("Influenza causes severe illness.[^who]\n\n[^who]: World Health Organization. 2023."),
            Example("Most side effects are mild.[^1][^2]\n\n[^1]: Smith J. 2020.\n[^2]: Lee K. 2021."),
            Example(
                "<p>The pill lowered blood pressure.<sup><a href=\"#r1\">1</a></sup></p><ol><li id=\"r1\">Webster R, et al. JAMA. 2018.</li></ol>",
                format: .html),
        ],
        failing: [
            Example("Influenza causes severe illness.1️⃣[^cdc]\n\n[^who]: World Health Organization. 2023."),
            Example("Serious reactions are rare.[^1] Most pass within days.1️⃣[^3]\n\n[^1]: Smith J. 2020."),
        ])

    init(policy: Policy) {}

    func findings(in article: Article) -> [Finding] {
        let labels = ReferenceLabels(article.references)
        return article.citationMarkers.compactMap { marker in
            guard marker.style == .footnote || !labels.isEmpty, !labels.hasEntry(for: marker) else { return nil }
            let block = article.blocks.indices.contains(marker.blockIndex) ? article.blocks[marker.blockIndex] : nil
            let shown = ReferenceLabels.display(marker)
            return Finding(
                rule: Self.description.id, category: Self.description.category,
                severity: Self.description.defaultSeverity,
                message: "citation marker '\(shown)' has no reference entry: add the entry or fix the label",
                match: String(
                    decoding: article.source[marker.range.start.offset..<marker.range.end.offset], as: UTF8.self),
                range: marker.range, section: block?.section)
        }
    }
}
