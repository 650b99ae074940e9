import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// A block of several sentences takes its sentences' cues when none can cross an edge; where
/// each side of an edge holds two words or more, the words around it are read from the two
/// sentences (`canJoin(_:gap:at:before:after:)`), else from the block's words. Either way the
/// block's cues are those the detector finds in its whole text (over generated paragraphs whose
/// sentences put "according", "of", "feel", "may" and crossing entries at their edges).
@Suite struct HedgeJoinEdgeTests {
    static let words = [
        "according", "to", "of", "feel", "feels", "that", "may", "May", "number", "studies", "research", "is",
        "needed", "more", "some", "experts", "say", "it", "could", "help", "a", "the", "drug", "works", "many",
        "people", "suggest", "possibly", "perhaps", "might", "not", "be", "clear", "whether", "in", "April",
    ]

    /// What a sentence may end with and start with: the words an attribution or a crossing
    /// entry reads across an edge.
    static let ends = ["", "", "according", "according to", "a number", "people feel", "for more", "it may"]
    static let starts = ["", "", "to some experts", "of studies suggest", "that it could", "research is needed", "may"]

    static func paragraph(_ random: inout SplitMix) -> String {
        (0..<(2 + random.next(5))).map { _ in
            let count = random.next(random.next(2) == 0 ? 3 : 7)
            let middle = (0..<count).map { _ in words[random.next(words.count)] }
            let parts = [starts[random.next(starts.count)]] + middle + [ends[random.next(ends.count)]]
            let sentence = parts.filter { !$0.isEmpty }.joined(separator: " ")
            guard !sentence.isEmpty else { return "Plain." }
            return sentence.prefix(1).uppercased() + sentence.dropFirst() + [".", "?", "!"][random.next(3)]
        }.joined(separator: " ")
    }

    @Test func blockCuesAreTheWholeTextsCues() throws {
        var random = SplitMix(seed: 0xED9E)
        var total = 0
        for _ in 0..<300 {
            let markdown = (0..<(3 + random.next(6))).map { _ in Self.paragraph(&random) }.joined(separator: "\n\n")
            let article = try Fixture.article(markdown + "\n")
            for lintQuotes in [false, true] {
                var policy = Policy()
                policy.checks.hedging.lintQuotes = lintQuotes
                let scan = HedgingScan(policy: policy)
                let joined = scan.blocks(of: article).flatMap { item in
                    item.cues.map { "\(item.index):\($0.kind.rawValue):\($0.phrase)@\($0.range.lowerBound)" }
                }
                let whole = article.blocks.indices.filter { scan.isRead(article.blocks[$0]) }.flatMap { index in
                    scan.detector.cues(in: article.blocks[index].text).map {
                        "\(index):\($0.kind.rawValue):\($0.phrase)@\($0.range.lowerBound)"
                    }
                }
                #expect(joined == whole, "\(markdown)")
                total += whole.count
            }
        }
        #expect(total > 1_000)
    }
}
