import CopydeskCore

/// The hedge cues of an article as the hedging checks read them: lintable blocks only (code
/// and reference entries never), block quotes only when the policy lints quotes.
struct HedgingScan {
    struct BlockCues {
        var index: Int
        var block: Block
        /// Cues with byte ranges in the block's text.
        var cues: [HedgeCue]
    }

    let settings: HedgingSettings
    let detector: HedgeDetector

    init(policy: Policy) {
        settings = policy.checks.hedging
        detector = HedgeDetector(settings: settings)
    }

    /// The cues of every block the hedging checks read, worked out once per article and settings.
    func blocks(of article: Article) -> [BlockCues] {
        Self.memo.value(for: article, key: settings) {
            article.blocks.enumerated().compactMap { index, block in
                guard isRead(block) else { return nil }
                return BlockCues(index: index, block: block, cues: detector.cues(in: block.text))
            }
        }
    }

    /// Shared by the four hedging checks, which read the same article with the same settings.
    private static let memo = ArticleMemo<HedgingSettings, [BlockCues]>()

    func isRead(_ block: Block) -> Bool {
        guard block.isLintable else { return false }
        if settings.lintQuotes { return true }
        if case .quote = block.kind { return false }
        return block.quoteDepth == 0
    }

    /// The clauses of a block, sentence by sentence, with their cues (byte ranges in the block's text).
    func clauses(of item: BlockCues, in article: Article) -> [HedgeClause] {
        let bytes = Array(item.block.text.utf8)
        let sentences = article.sentences(inBlock: item.index).map(\.textRange)
            .filter { $0.lowerBound >= 0 && $0.upperBound <= bytes.count }
        let spans: [(text: String, offset: Int)] =
            sentences.isEmpty
            ? [(item.block.text, 0)]
            : sentences.map { (String(decoding: bytes[$0], as: UTF8.self), $0.lowerBound) }
        var result: [HedgeClause] = []
        for span in spans {
            for range in HedgeClauses.ranges(in: span.text) {
                let shifted = (range.lowerBound + span.offset)..<(range.upperBound + span.offset)
                result.append(
                    HedgeClause(range: shifted, cues: item.cues.filter { shifted.contains($0.range.lowerBound) }))
            }
        }
        return result
    }
}

extension HedgeCue {
    /// The cue quoted for a message: `'could'`.
    var quoted: String { "'\(phrase)'" }
}

/// "two", "three" … for messages.
func countWord(_ count: Int) -> String {
    let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return count < words.count ? words[count] : String(count)
}
