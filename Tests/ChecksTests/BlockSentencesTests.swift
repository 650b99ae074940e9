import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// A block's words put together from its sentences' words, and only where they are exactly its own.
@Suite struct BlockSentencesTests {
    /// A one-block article whose sentences are the given byte ranges of `text`.
    private func article(_ text: String, sentences ranges: [Range<Int>]) -> Article {
        let source = Array(text.utf8)
        let lines = LineIndex(source)
        var map = TextMap()
        map.append(text, sourceOffset: 0)
        let range = lines.range(from: 0, to: source.count)
        let sentences = ranges.map { span in
            Sentence(
                text: String(decoding: source[span], as: UTF8.self), blockIndex: 0, textRange: span, range: range)
        }
        return Article(
            path: "test.md", format: .markdown, source: source,
            blocks: [Block(kind: .paragraph, map: map, range: range)], sentences: sentences)
    }

    private func pieces(_ article: Article) -> [String]? {
        article.pieces(ofBlock: 0, texts: SentenceText.all(in: article))?.map { "\($0.sentence)@\($0.offset)" }
    }

    @Test func sentencesWithWhitespaceBetweenThemMakeUpTheBlock() {
        #expect(pieces(article("Hi there. Go on.", sentences: [0..<9, 10..<16])) == ["0@0", "1@10"])
        #expect(pieces(article("  Hi.\n\tGo. ", sentences: [2..<5, 7..<10])) == ["0@2", "1@7"])
        // Touching sentences need whitespace on one side of where they meet.
        #expect(pieces(article("Hi. Go.", sentences: [0..<4, 4..<7])) == ["0@0", "1@4"])
        #expect(pieces(article("Hi. Go.", sentences: [0..<3, 3..<7])) == ["0@0", "1@3"])
        // An empty sentence is left out.
        #expect(pieces(article("Hi. Go.", sentences: [0..<3, 3..<3, 4..<7])) == ["0@0", "2@4"])
    }

    @Test func anythingButWhitespaceOutsideTheSentencesReadsTheBlockAgain() {
        // "1.5" is one word of the block but "1." and "5" in the sentences.
        let split = article("It costs 1.5 dollars.", sentences: [0..<11, 11..<21])
        #expect(pieces(split) == nil)
        #expect(Words.tokens(in: "It costs 1.5 dollars.").map(\.text) == ["it", "costs", "1.5", "dollars"])
        #expect(pieces(article("Hi. (Yes) Go.", sentences: [0..<3, 10..<13])) == nil)
        #expect(pieces(article("Hi. Go. More", sentences: [0..<3, 4..<7])) == nil)
        #expect(pieces(article("well-known", sentences: [0..<5, 5..<10])) == nil)
        #expect(pieces(article("Hi. Go.", sentences: [0..<4, 2..<7])) == nil)
        #expect(pieces(article("Hi. Go.", sentences: [4..<7, 0..<3])) == nil)
    }

    private static let source = """
        # Cold Water’s 3.5 Benefits — a review 🧊

        It costs $1,500. Don't buy it! Prices rose 2.5% in 2023; “really?” Well-known café-owners say so…

        Dr. Smith said it works. It doesn’t. See e.g. the U.S. data — or not.

        - One. Two.
        - 1. Three

        > Quoted. Text here.

        """

    @Test func aBlockPutTogetherReadsAsTheBlockItself() throws {
        let article = try ArticleLoader().load(path: "test.md", bytes: Array(Self.source.utf8), format: .markdown)
        let texts = SentenceText.all(in: article)
        var composed = 0
        for (index, block) in article.blocks.enumerated() {
            guard let read = article.read(ofBlock: index, texts: texts) else { continue }
            composed += 1
            let whole = SentenceText(block.text)
            #expect(read.bytes == whole.bytes)
            #expect(read.tokens == whole.tokens, "\(block.text)")
            #expect(read.words == whole.words)
            // The keys joined from the sentences' find every word as the block's own keys do.
            let set = WordSet(whole.words + ["absent", "it's", "doesn't"])
            for word in whole.words.indices {
                #expect(read.keys.stableHash(ofWordAt: word) == whole.keys.stableHash(ofWordAt: word))
                #expect(set.contains(in: read.keys, at: word))
                #expect(set.contains(in: read.keys, at: word) == set.contains(in: whole.keys, at: word))
            }
            #expect(WordIndex.hashes(ofLintable: index, in: article) == WordIndex.hashes(of: block.text))
        }
        #expect(composed == article.blocks.count)
        #expect(article.blocks.count == 6)
    }

    @Test func wordCountsFromTheSentencesAreTheBlocksOwn() throws {
        let sources = [
            Self.source, "It costs 1.5 dollars.\n\nOne. Two three.\n",
            "# Title\n\n```\ncode words here\n```\n\nLast one.\n",
        ]
        for text in sources {
            let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
            let counted = article.blocks.map { Words.count(in: $0.text) }
            let lintable = zip(article.blocks, counted).reduce(0) { $0 + ($1.0.isLintable ? $1.1 : 0) }
            // Before any reader has asked for the sentences' reads, and after.
            #expect(SentenceText.existing(in: article) == nil)
            #expect(article.wordCount == lintable)
            let texts = SentenceText.all(in: article)
            #expect(article.wordCount == lintable)
            // Each block's words found once for the article, and anew for other texts, are found
            // where `soleSentence` and `pieces` find them; their counts are the blocks' own.
            let own = texts.map { $0 }
            let memoised = article.blockWords(texts: texts)
            for found in [memoised, article.blockWords(texts: texts), article.blockWords(texts: own)] {
                for index in article.blocks.indices {
                    #expect(article.wordCount(ofBlock: index, words: found[index], texts: texts) == counted[index])
                    switch found[index] {
                    case .sentence(let sentence):
                        #expect(article.soleSentence(ofBlock: index, texts: texts) == sentence)
                    case .pieces(let pieces):
                        #expect(article.soleSentence(ofBlock: index, texts: texts) == nil)
                        #expect(article.pieces(ofBlock: index, texts: texts)?.map(\.sentence) == pieces.map(\.sentence))
                    case .own:
                        #expect(article.soleSentence(ofBlock: index, texts: texts) == nil)
                        #expect(article.pieces(ofBlock: index, texts: texts) == nil)
                    }
                }
            }
            ArticleMemos.forget(article)
        }
        // A block whose sentences do not make it up is counted from its text: "1.5" is one word.
        let split = article("It costs 1.5 dollars.", sentences: [0..<11, 11..<21])
        let splitTexts = SentenceText.all(in: split)
        let splitWords = split.blockWords(texts: splitTexts)
        #expect(split.wordCount(ofBlock: 0, words: splitWords[0], texts: splitTexts) == 4)
        #expect(split.wordCount == 4)
        #expect(SentenceText.all(in: split).reduce(0) { $0 + $1.tokens.count } == 5)
    }
}
