import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// A finding's match is its block's text over the range, decoded in place from a native string:
/// the same text the slice of the block's UTF-8 view decodes to, for every range of blocks short
/// (small strings) and long, ASCII and not, ranges cutting a character and running past the end.
struct FindingMatchTests {
    static let texts = [
        "Ice baths work.", "Café au lait — “très” bon, 10 µg of vitamin D₃ a day 🙂.",
        "A long paragraph about intermittent fasting that names no study and no source, repeated to be long enough for a large string.",
        "x",
    ]

    @Test func aMatchIsTheBlocksTextOverTheRange() throws {
        var random = SplitMix(seed: 0xF1D)
        var checked = 0
        for text in Self.texts {
            let article = try Fixture.article(text)
            for block in article.blocks {
                let utf8 = Array(block.text.utf8)
                var ranges: [Range<Int>] = [0..<utf8.count, 0..<0, utf8.count..<(utf8.count + 5)]
                for _ in 0..<300 {
                    let lower = random.next(utf8.count + 3)
                    ranges.append(lower..<(lower + random.next(utf8.count + 3)))
                }
                for range in ranges {
                    let finding = EveryBlockCheck(policy: Policy()).finding(
                        "m", in: article, block: block, textRange: range)
                    let lower = min(range.lowerBound, utf8.count)
                    let upper = max(lower, min(range.upperBound, utf8.count))
                    #expect(finding.match == String(decoding: utf8[lower..<upper], as: UTF8.self), "\(text) \(range)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }
}
