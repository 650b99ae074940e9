import ArticleLoading
import CopydeskCore
import Foundation
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

    /// Dropped footnote definitions read on the source in place are those read through the
    /// arrays' subscripts, CRLF line ends, indented and spaced labels among them.
    @Test func droppedFootnotesAreTheSubscriptReading() throws {
        var found = 0
        for seed in 0..<600 as Range<UInt64> {
            var text = Self.article(seed: seed)
            var random = SplitMix(seed: seed &+ 0xF00D)
            let extras = ["[^a b]: Spaced.\n", "    [^deep]: Four spaces.\n", "[^]: Empty.\n", "[^x]\n", "[^end]:"]
            for _ in 0..<random.next(3) { text += extras[random.next(extras.count)] }
            if random.next(4) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let article = try ArticleLoader().load(path: "dropped.md", bytes: Array(text.utf8), format: .markdown)
            let fast = UnusedReferenceCheck.droppedFootnotes(in: article)
            #expect(fast == Self.plainDroppedFootnotes(in: article), "seed \(seed):\n\(text)")
            found += fast.count
        }
        #expect(found > 100)
    }

    /// The labels `droppedFootnotes(in:labels:)` leaves are those of the references and the
    /// dropped entries, each normalized as `ReferenceLabels` normalizes the entries it is made
    /// of, and it finds the entries `droppedFootnotes(in:)` finds: over the generated articles,
    /// Markdown and plain text.
    @Test func theLabelsNormalizedOnceAreTheEntriesLabels() throws {
        var dropped = 0
        for seed in 0..<600 as Range<UInt64> {
            var text = Self.article(seed: seed)
            var random = SplitMix(seed: seed &+ 0xBEEF)
            let extras = ["[^a b]: Spaced.\n", "[^WHO]: Twice.\n", "[^new]: One.\n", "[^new]: Two.\n"]
            for _ in 0..<random.next(4) { text += extras[random.next(extras.count)] }
            let format: ArticleFormat = random.next(5) == 0 ? .text : .markdown
            let article = try ArticleLoader().load(path: "labels.md", bytes: Array(text.utf8), format: format)
            #expect(
                ReferenceLabels.normalizedLabels(of: article.references)
                    == article.references.map { ReferenceLabels.normalized($0.label) })
            var labels = ReferenceLabels.normalizedLabels(of: article.references)
            let entries = UnusedReferenceCheck.droppedFootnotes(in: article, labels: &labels)
            #expect(entries == Self.plainDroppedFootnotes(in: article), "seed \(seed):\n\(text)")
            #expect(
                labels == (article.references + entries).map { ReferenceLabels.normalized($0.label) },
                "seed \(seed):\n\(text)")
            dropped += entries.count
        }
        #expect(dropped > 40)
    }

    /// `droppedFootnotes` as it read before, through the arrays' subscripts.
    static func plainDroppedFootnotes(in article: Article) -> [ReferenceEntry] {
        guard article.format == .markdown else { return [] }
        let labels = article.references.map { ReferenceLabels.normalized($0.label) }
        var code: RangeIndex?
        let bytes = article.source
        var entries: [ReferenceEntry] = []
        for start in article.lines.lineStarts {
            var cursor = start
            while cursor < bytes.count && cursor < start + 3 && bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor + 2 < bytes.count, bytes[cursor] == UInt8(ascii: "["), bytes[cursor + 1] == UInt8(ascii: "^")
            else { continue }
            var close = cursor + 2
            while close < bytes.count && !"]\n ".utf8.contains(bytes[close]) { close += 1 }
            guard close > cursor + 2, close + 1 < bytes.count, bytes[close] == UInt8(ascii: "]"),
                bytes[close + 1] == UInt8(ascii: ":")
            else { continue }
            let label = String(decoding: bytes[(cursor + 2)..<close], as: UTF8.self)
            guard !labels.contains(ReferenceLabels.normalized(label)) else { continue }
            if code == nil { code = RangeIndex(codeOf: article) }
            if code?.contains(cursor) == true { continue }
            var end = close + 2
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") { end += 1 }
            let text = String(decoding: bytes[(close + 2)..<end], as: UTF8.self)
            entries.append(ReferenceEntry(label: label, text: text, range: article.lines.range(from: cursor, to: end)))
        }
        return entries
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
