import CopydeskCore
import TestSupport
import Testing

@testable import FactChecking

/// `ReferenceLocation`, which reads the entry's block and finds the entry's offset in it only
/// for a finding at a range of the entry's text, makes the findings the location that kept the
/// block, the offset and the entry for every entry made: over generated Markdown and plain-text
/// articles of footnotes and reference lists with malformed DOIs.
@Suite struct ReferenceLocationTests {
    /// The location as it was: the block copied and the entry's offset found when made.
    struct EagerLocation {
        let entry: ReferenceEntry
        let block: Block?
        let offset: Int

        init(entry: ReferenceEntry, in article: Article, blockIndex: Int?) {
            self.entry = entry
            block = blockIndex.map { article.blocks[$0] }
            offset = block.map { ReferenceLocation.offset(of: entry.text, in: $0.text) } ?? 0
        }

        func finding(_ description: CheckDescription, in article: Article, _ message: String, at range: Range<Int>?)
            -> Finding
        {
            var sourceRange = entry.range
            var match = entry.text
            if let range, let block, block.text.utf8.count >= offset + range.upperBound {
                let bytes = Array(entry.text.utf8)
                match = String(decoding: bytes[range], as: UTF8.self)
                sourceRange = article.range(
                    in: block, textRange: (offset + range.lowerBound)..<(offset + range.upperBound))
            }
            return Finding(
                rule: description.id, category: description.category, severity: description.defaultSeverity,
                message: message, match: match, range: sourceRange, section: block?.section)
        }
    }

    static let entries = [
        "Poole R, et al. Coffee and health. BMJ. 2017. doi:10.1136bmj.j5024",
        "Lee K. Trial. doi:10.12/x and doi:10.1000/ok. 2019.",
        "WHO. Report. 2021.", "Caf\u{E9} study. doi:10.99/\u{E9}t\u{E9}. 2020.", "Smith J. *Journal*. doi:10.1/a",
        "No year, no source.",
    ]

    static func article(_ random: inout SplitMix) -> (String, ArticleFormat) {
        var text = "# Title\n\nSalt raises blood pressure.[^a] Coffee helps.[^b] See [1].\n\n"
        for label in ["a", "b", "c"].prefix(1 + random.next(3)) {
            text += "[^\(label)]: \(entries[random.next(entries.count)])\n"
        }
        if random.next(2) == 0 {
            text += "\n## References\n\n"
            for number in 1...(1 + random.next(3)) { text += "\(number). \(entries[random.next(entries.count)])\n" }
        }
        return (text, random.next(4) == 0 ? .text : .markdown)
    }

    @Test func findingsAreTheEagerLocations() throws {
        var random = SplitMix(seed: 0xD0E)
        var ranged = 0
        for _ in 0..<400 {
            let (text, format) = Self.article(&random)
            let article = try Fixture.article(text, format: format)
            let blocks = ReferenceBlocks(article: article)
            for (index, entry) in article.references.enumerated() {
                let lazy = ReferenceLocation(entryIndex: index, blockIndex: blocks.blockOfEntry[index])
                let eager = EagerLocation(entry: entry, in: article, blockIndex: blocks.blockOfEntry[index])
                let fields = ReferenceFields(entry.text, hasLink: false)
                var ranges: [Range<Int>?] = [nil]
                ranges += fields.malformedDOIs.map(\.range)
                // A range past the entry's text in its block is read as none.
                ranges.append(0..<(entry.text.utf8.count + 5))
                for range in ranges {
                    if range != nil { ranged += 1 }
                    let found = lazy.finding(ReferenceConsistency.malformedDOI, in: article, "m", at: range)
                    #expect(
                        found == eager.finding(ReferenceConsistency.malformedDOI, in: article, "m", at: range),
                        "\(text)")
                }
            }
        }
        #expect(ranged > 500)
    }
}
