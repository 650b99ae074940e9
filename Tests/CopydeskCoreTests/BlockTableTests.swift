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
}
