import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The unused-reference check, with cited entries flagged in an array and the cited sections
/// compared in a list, finds what the reading with sets of indices and sections finds.
@Suite struct UnusedReferenceFastPathTests {
    /// A Markdown article of footnote and numbered markers, footnote definitions (some never
    /// pointed at, some twice, some in code), and numbered lists under reference-like headings.
    static func article(seed: UInt64) -> String {
        var random = SplitMix(seed: seed)
        let labels = ["who", "cdc", "1", "2", "3", "ref-1", "cite-note-2", "Smith", "a b", "nhs", "12"]
        let markers = ["[^who]", "[^cdc]", "[1]", "[2-3]", "[1,2]", "[^Smith]", "[^nhs]", "[12]", "[^1]", "[4–5]", ""]
        var text = ""
        for _ in 0..<(1 + random.next(4)) {
            for _ in 0..<(1 + random.next(3)) {
                text += "Salt raises blood pressure" + markers[random.next(markers.count)] + ". "
            }
            text += "\n\n"
        }
        for _ in 0..<random.next(5) {
            let label = labels[random.next(labels.count)]
            switch random.next(4) {
            case 0: text += "```\n[^\(label)]: In code. 2020.\n```\n\n"
            case 1: text += "  [^\(label)]: WHO. Report. 2021.\n"
            default: text += "[^\(label)]: Lee K. Trial. 2019.\n"
            }
        }
        for _ in 0..<random.next(3) {
            let headings = ["References", "Further reading", "Sources", "Notes"]
            text += "\n## " + headings[random.next(headings.count)] + "\n\n"
            for number in 1...(1 + random.next(4)) { text += "\(number). Collins R. Lancet. 201\(number).\n" }
        }
        return text
    }

    @Test func findingsAgreeWithTheSetReading() throws {
        var checked = 0
        for seed in 0..<600 as Range<UInt64> {
            let text = Self.article(seed: seed)
            let article = try ArticleLoader().load(path: "unused.md", bytes: Array(text.utf8), format: .markdown)
            let fast = UnusedReferenceCheck(policy: Policy()).findings(in: article)
            let plain = Self.plainFindings(in: article)
            #expect(fast == plain, "seed \(seed):\n\(text)")
            checked += fast.count
        }
        // The generated articles leave entries uncited.
        #expect(checked > 100)
    }

    /// The check as it read before: a set of cited indices and a set of cited sections.
    static func plainFindings(in article: Article) -> [Finding] {
        guard !article.citationMarkers.isEmpty else { return [] }
        let dropped = UnusedReferenceCheck.droppedFootnotes(in: article)
        let references = article.references + dropped
        let labels = ReferenceLabels(references)
        var cited = Set<Int>()
        for marker in article.citationMarkers { cited.formUnion(labels.entries(for: marker)) }
        let sections = references.map { entry -> String? in
            guard let block = article.blocks.firstIndex(where: { $0.range.start.offset == entry.range.start.offset })
            else { return nil }
            return article.blocks[block].section ?? ""
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
                rule: UnusedReferenceCheck.description.id, category: UnusedReferenceCheck.description.category,
                severity: UnusedReferenceCheck.description.defaultSeverity,
                message:
                    "reference '\(entry.label)' is never cited in the text: "
                    + "cite it where the text relies on it or remove it",
                match: String(decoding: article.source[firstLine], as: UTF8.self), range: entry.range,
                section: section?.isEmpty == false ? section : nil)
        }
    }
}
