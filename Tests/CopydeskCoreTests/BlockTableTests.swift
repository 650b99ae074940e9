import TestSupport
import Testing

@testable import CopydeskCore

/// The per-parse table of a block's sentences answers as the binary search over the sentences.
@Suite struct BlockTableTests {
    private static func sentences(inBlocks blockIndices: [Int]) -> [Sentence] {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        return blockIndices.map {
            Sentence(text: "a", blockIndex: $0, textRange: 0..<1, range: SourceRange(start: start, end: start))
        }
    }

    @Test func startsListEachBlocksFirstSentence() {
        let sentences = Self.sentences(inBlocks: [0, 0, 2, 2, 2, 4])
        #expect(Article.blockStarts(blockCount: 6, sentences: sentences) == [0, 2, 2, 5, 5, 6, 6])
    }

    @Test func sentencesOutOfOrderOrOutsideTheBlocksHaveNoTable() {
        #expect(Article.blockStarts(blockCount: 3, sentences: Self.sentences(inBlocks: [1, 0])) == [])
        #expect(Article.blockStarts(blockCount: 2, sentences: Self.sentences(inBlocks: [0, 2])) == [])
    }

    @Test func tableAnswersAsTheSearch() {
        let sentences = Self.sentences(inBlocks: [0, 0, 2, 2, 2, 4, 5, 5])
        let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
        // No blocks: no table (the sentences name blocks that are not there), so a search.
        #expect(article.identity.blockStarts.isEmpty)
        for index in 0..<7 {
            #expect(article.sentenceIndices(inBlock: index) == article.sentenceIndicesBySearch(inBlock: index))
        }
        var tabled = article
        tabled.blocks = []
        let starts = Article.blockStarts(blockCount: 7, sentences: sentences)
        #expect(starts == [0, 2, 2, 5, 5, 6, 8, 8])
        for index in 0..<7 {
            #expect(starts[index]..<starts[index + 1] == article.sentenceIndicesBySearch(inBlock: index))
        }
    }

    /// The table as it was first built (a zeroed table written block by block, the sentences
    /// enumerated): the plain reading `blockStarts` is compared with.
    private static func plainBlockStarts(blockCount: Int, sentences: [Sentence]) -> [Int] {
        var starts = [Int](repeating: 0, count: blockCount + 1)
        var block = 0
        for (index, sentence) in sentences.enumerated() {
            guard sentence.blockIndex >= block, sentence.blockIndex < blockCount else { return [] }
            while block < sentence.blockIndex {
                block += 1
                starts[block] = index
            }
        }
        while block < blockCount {
            block += 1
            starts[block] = sentences.count
        }
        return starts
    }

    /// 5,000 generated articles' sentence blocks: in order with gaps and blocks of none, out of
    /// order, past the last block, negative, and none at all.
    @Test func startsAreThePlainReading() {
        var random = SplitMix(seed: 0xB10C_57A7)
        for _ in 0..<5_000 {
            let blockCount = random.next(12)
            var blockIndices: [Int] = []
            var block = 0
            for _ in 0..<random.next(20) {
                block += random.next(4) == 0 ? random.next(3) : 0
                blockIndices.append(block)
            }
            if !blockIndices.isEmpty, random.next(8) == 0 {
                blockIndices[random.next(blockIndices.count)] = random.next(14) - 1
            }
            let sentences = Self.sentences(inBlocks: blockIndices)
            let starts = Article.blockStarts(blockCount: blockCount, sentences: sentences)
            #expect(starts == Self.plainBlockStarts(blockCount: blockCount, sentences: sentences))
            guard !starts.isEmpty else { continue }
            let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
            for index in 0..<blockCount {
                #expect(starts[index]..<starts[index + 1] == article.sentenceIndicesBySearch(inBlock: index))
            }
        }
    }
}
