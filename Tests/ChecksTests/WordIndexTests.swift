import CopydeskCore
import Testing

@testable import Checks

/// The repetition checks' word index: a block that is one sentence takes its sentence's words.
@Suite struct WordIndexTests {
    private static let source = """
        # Cold Water’s Benefits

        It’s said that cold water helps. Don't believe it!

        Cold water’s benefits are small, and the evidence is thin.

        - Eggs, milk and “bread”
        - Café au lait

        """

    @Test func aBlockThatIsOneSentenceHasTheWordsOfItsText() throws {
        let article = try Fixture.article(Self.source)
        let texts = SentenceText.all(in: article)
        #expect(article.blocks.indices.map { article.soleSentence(ofBlock: $0, texts: texts) } == [0, nil, 3, 4, 5])
        for (index, block) in article.blocks.enumerated() {
            #expect(WordIndex.hashes(ofLintable: index, in: article) == WordIndex.hashes(of: block.text))
        }
        #expect(WordIndex.hashes(ofLintable: 0, in: article).count == 3)
        #expect(WordIndex.hashes(ofLintable: 2, in: article).count == 10)
        // ’ is read as ': "Water’s" and "water's" are one word.
        #expect(WordIndex.hashes(ofLintable: 0, in: article)[1] == WordIndex.hashes(of: "water's")[0])
    }

    @Test func wordsOfAReadTextAreTheWordsOfItsString() {
        for text in ["It’s said that cold water helps.", "Café au lait, “bread” and 3.5 mg", ""] {
            let read = WordIndex.words(of: SentenceText(text))
            let words = WordIndex.words(of: text)
            #expect(read.map(\.hash) == words.map(\.hash))
            #expect(read.map(\.range) == words.map(\.range))
        }
        #expect(WordIndex.words(of: SentenceText("Café au lait")).map(\.range) == [0..<5, 6..<8, 9..<13])
    }
}
