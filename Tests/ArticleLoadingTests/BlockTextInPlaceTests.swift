import CopydeskCore
import TestSupport
import Testing

@testable import ArticleLoading

/// `ArticleDraft.assembled` reads each lintable block's sentences and numbered markers from its
/// string's bytes in place (`SentenceSegmenter`, `NumberedMarkers` and `Abbreviations` on an
/// `UnsafeBufferPointer`): the same as reading them from a copy of the bytes in an array, as it
/// did before, over generated plain-text and Markdown articles (short blocks kept in small
/// strings, long ones cut at `maxSentenceBytes`, abbreviations, markers, quotes, ellipses and
/// non-ASCII text).
@Suite struct BlockTextInPlaceTests {
    static let pieces: [String] = [
        "Studies show this works.", "Dr. Smith agrees", "e.g. this", "U.S. data", "Smith et al. found it.",
        "Smith ET al. Data", "It rose [1].", "See [2, 3]", "and [4\u{2013}6].", "A note[^n].", "Why?", "Wow!",
        "Wait\u{2026}", "\u{201C}Quoted.\u{201D} Then", "caf\u{E9} au lait.", "\u{C9}t\u{E9} here.", "vitamin D.",
        "version 2.0.1 ships", "No. 5 is", "Fig. 3 shows", "x", "a.b.cd", "1.28 times", "(so).", "ok",
        "\u{1F600} fine.", "\u{A0}spaced\u{A0}", "low. next", "END.",
    ]

    static func article(_ generator: inout SplitMix) -> String {
        var blocks: [String] = []
        for _ in 0..<(generator.next(6) + 1) {
            var words: [String] = []
            let count = generator.next(9) == 0 ? 200 : generator.next(8) + 1
            for _ in 0..<count { words.append(pieces[generator.next(pieces.count)]) }
            blocks.append(words.joined(separator: generator.next(5) == 0 ? "" : " "))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    @Test func sentencesAndMarkersAreTheCopiedReadings() throws {
        var generator = SplitMix(seed: 0xB10C)
        var sentenceCount = 0
        var markerCount = 0
        for round in 0..<600 {
            let text = Self.article(&generator)
            let format: ArticleFormat = round % 2 == 0 ? .text : .markdown
            let article = try load(text, format: format)
            var texts: [String] = []
            var ranges: [Range<Int>] = []
            var blockIndices: [Int] = []
            var markers: [(Int, Int, String, CitationMarker.Style)] = []
            for (index, block) in article.blocks.enumerated() where block.kind.isLintable {
                let bytes = Array(block.text.utf8)
                for range in SentenceSegmenter().sentences(inUTF8: bytes) {
                    texts.append(String(decoding: bytes[range], as: UTF8.self))
                    ranges.append(range)
                    blockIndices.append(index)
                }
                for found in NumberedMarkers.find(inUTF8: bytes) {
                    markers.append((index, found.range.lowerBound, found.label, found.style))
                }
            }
            #expect(article.sentences.map(\.text) == texts, "\(text)")
            #expect(article.sentences.map(\.textRange) == ranges)
            #expect(article.sentences.map(\.blockIndex) == blockIndices)
            sentenceCount += texts.count
            if format == .text {
                let actual = article.citationMarkers.map { ($0.blockIndex, $0.textOffset, $0.label, $0.style) }
                #expect(actual.count == markers.count, "\(text)")
                for (left, right) in zip(actual, markers) {
                    #expect(left.0 == right.0 && left.1 == right.1 && left.2 == right.2 && left.3 == right.3)
                }
                markerCount += markers.count
            }
        }
        #expect(sentenceCount > 5_000)
        #expect(markerCount > 300)
    }

    /// `assemble` moves each block's map out of the draft into the article's block, instead of
    /// copying it: the article's blocks hold the draft's maps, kinds and quote depths, in order.
    @Test func blocksHoldTheDraftsMaps() throws {
        var generator = SplitMix(seed: 0xB10D)
        var blockCount = 0
        for round in 0..<300 {
            var text = Self.article(&generator)
            if round % 3 == 0 { text = "# Heading \(round)\n\n" + text + "\n## References\n\n[1] A source.\n" }
            let bytes = Array(text.utf8)
            let lines = LineIndex(bytes)
            var draft =
                round % 2 == 0
                ? PlainTextParser(source: bytes, lines: lines).parse()
                : try MarkdownParser(
                    path: "test.md", source: bytes, lines: lines, maxNesting: ArticleLoader.defaultMaxNesting
                ).parse()
            var marked = draft
            marked.markReferenceSections()
            let format: ArticleFormat = round % 2 == 0 ? .text : .markdown
            let article = draft.assemble(path: "test", format: format, source: bytes, lines: lines)
            #expect(article.blocks.map(\.map) == marked.blocks.map(\.map), "\(text)")
            #expect(article.blocks.map(\.kind) == marked.blocks.map(\.kind))
            #expect(article.blocks.map(\.quoteDepth) == marked.blocks.map(\.quoteDepth))
            blockCount += article.blocks.count
        }
        #expect(blockCount > 1_000)
    }
}
