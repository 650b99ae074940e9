import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// A finding made for a block's index reads the block where it lies in the article: it is the
/// finding made for the block handed over by value (its match, source range, section,
/// suggestions and related locations), for every block of generated Markdown articles with
/// headings, markup, entities, text that is not ASCII and ranges that cut a character or run
/// past the end.
struct FindingBlockIndexTests {
    static let pieces = [
        "Ice baths work.", "Café au lait — “très” bon, 10 µg of vitamin D₃ a day 🙂.", "**bold** claim",
        "a [link](https://example.org) to it", "`code` and _stress_", "&amp; entities &eacute;", "x",
        "A long sentence about intermittent fasting that names no study and no source at all.",
    ]
    static let openers = ["", "# ", "## ", "- ", "1. ", "> ", "Title\n=====\n\n"]

    /// One to eight blocks of one to three `pieces`, each opened by one of `openers` and ended
    /// by a line break or a blank line.
    static func generatedText(_ random: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<(1 + random.next(8)) {
            text += openers[random.next(openers.count)]
            for _ in 0..<(1 + random.next(3)) {
                text += pieces[random.next(pieces.count)] + " "
            }
            text += random.next(3) == 0 ? "\n" : "\n\n"
        }
        return text
    }

    @Test func aFindingAtABlocksIndexIsTheFindingAtTheBlock() throws {
        var random = SplitMix(seed: 0xB10C)
        var checked = 0
        for _ in 0..<150 {
            let text = Self.generatedText(&random)
            let article = try Fixture.article(text)
            let check = EveryBlockCheck(policy: Policy())
            for (index, block) in article.blocks.enumerated() {
                let count = block.text.utf8.count
                var ranges: [Range<Int>] = [0..<count, 0..<0, count..<(count + 5)]
                for _ in 0..<40 {
                    let lower = random.next(count + 3)
                    ranges.append(lower..<(lower + random.next(count + 3)))
                }
                for range in ranges {
                    let suggestions = random.next(2) == 0 ? [] : ["s\(checked)"]
                    let related =
                        random.next(2) == 0
                        ? [] : [RelatedLocation(message: "r", range: article.range(in: block, textRange: 0..<0))]
                    let byBlock = check.finding(
                        "m", in: article, block: block, textRange: range, suggestions: suggestions, related: related)
                    let byIndex = check.finding(
                        "m", in: article, blockIndex: index, textRange: range, suggestions: suggestions,
                        related: related)
                    #expect(byIndex == byBlock, "\(text) \(index) \(range)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// `Article.range(inBlock:)` is the range of the block's whole text read through the
    /// block handed over by value, for every block of generated articles; and a finding that
    /// repeats an earlier block points at that range as its first occurrence.
    @Test func aBlocksWholeRangeIsTheRangeOfItsWholeText() throws {
        var random = SplitMix(seed: 0xB10D)
        var checked = 0
        for _ in 0..<150 {
            let text = Self.generatedText(&random)
            let article = try Fixture.article(text)
            let check = EveryBlockCheck(policy: Policy())
            for (index, block) in article.blocks.enumerated() {
                let plain = article.range(in: block, textRange: 0..<block.map.utf8Count)
                #expect(article.range(inBlock: index) == plain, "\(text) \(index)")
                let count = block.map.utf8Count
                let lower = random.next(count + 1)
                let part = lower..<(lower + random.next(count - lower + 1))
                #expect(
                    article.range(inBlock: index, textRange: part) == article.range(in: block, textRange: part),
                    "\(text) \(index) \(part)")
                let later = random.next(article.blocks.count)
                let finding = check.finding(
                    { "line \($0)" }, in: article, repeating: Repeat(index: later, first: index))
                #expect(finding.related == [RelatedLocation(message: "first occurrence", range: plain)])
                #expect(finding.message == "line \(plain.start.line)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }
}
