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

/// Repetition keys: equal exactly when their words and quoting are, whatever their fingerprints.
@Suite struct RepeatKeyTests {
    private static let map: TextMap = {
        var map = TextMap()
        map.append("x", sourceOffset: 0)
        return map
    }()
    private static let range = LineIndex(Array("x".utf8)).range(from: 0, to: 1)
    private static let paragraph = Block(kind: .paragraph, map: map, range: range)
    private static let quote = Block(kind: .quote, map: map, range: range)

    @Test func keysAreEqualWhenTheirWordsAndQuotingAre() {
        let key = Repeats.Key([1, 2, 3], in: Self.paragraph)
        #expect(key == Repeats.Key([1, 2, 3], in: Self.paragraph))
        #expect(key != Repeats.Key([1, 2, 3], in: Self.quote))
        #expect(key != Repeats.Key([1, 3, 2], in: Self.paragraph))
        #expect(key != Repeats.Key([1, 2], in: Self.paragraph))
        #expect(Repeats.Key(nil, in: Self.paragraph) == nil)
        let keys: Set = [key!, Repeats.Key([1, 2, 3], in: Self.paragraph)!, Repeats.Key([1, 2, 3], in: Self.quote)!]
        #expect(keys.count == 2)
        #expect(key?.words == [1, 2, 3])
        #expect(key?.quoted == false)
    }

    @Test func aSentenceNotedByTheIndexHasTheWordsASearchFinds() throws {
        let sources = [
            "# Cold Water’s Benefits\n\nIt’s said that cold water helps. Don't believe it!\n\n- Eggs, milk\n- Café au lait",
            "One.  Two  words here!\n\nThree. \"Four five.\" Six?\n\n> Quoted words. And more.",
            "A heading\n\nPlain text, two sentences. Here they are.", "",
            "- Item one. Item two\n- Item three\n\n1. First step. Then the next.",
        ]
        var noted = 0
        for source in sources {
            let article = try Fixture.article(source)
            let index = WordIndex(article: article) { !$0.isHeading }
            for (number, sentence) in article.sentences.enumerated() {
                for minWords in [0, 1, 2, 5] {
                    let searched = index.words(block: sentence.blockIndex, in: sentence.textRange, minWords: minWords)
                    let read = index.words(
                        sentence: number, block: sentence.blockIndex, in: sentence.textRange, minWords: minWords)
                    #expect(read?.map { word in word.hash } == searched?.map { word in word.hash })
                    #expect(read?.map { word in word.range } == searched?.map { word in word.range })
                }
                if WordIndex.lintable(article).words(sentence: number) != nil { noted += 1 }
            }
        }
        #expect(noted > 10)
    }

    @Test func aSentenceTooShortToCompareHasNoHashes() throws {
        let article = try Fixture.article(
            "Cold water helps some people sleep better at night. It works.\n\n# Heading\n")
        let index = WordIndex(article: article) { !$0.isHeading }
        let first = article.sentences[0].textRange
        #expect(index.hashes(block: 0, in: first, minWords: 9)?.count == 9)
        #expect(index.hashes(block: 0, in: first, minWords: 10) == nil)
        #expect(index.hashes(block: 0, in: first, minWords: 9) == index.hashes(block: 0, in: first))
        #expect(index.hashes(block: 0, in: article.sentences[1].textRange, minWords: 8) == nil)
        // The words a repetition key holds are those hashes.
        #expect(index.words(block: 0, in: first, minWords: 9)?.map(\.hash) == index.hashes(block: 0, in: first))
        #expect(index.words(block: 0, in: first, minWords: 10) == nil)
        #expect(index.words(block: 0, minWords: 1)?.map(\.hash) == index.hashes(block: 0))
        #expect(index.words(block: 0, minWords: 1000) == nil)
        // Keys compare words by their hashes only, wherever the words stand.
        let slice = index.words(block: 0, in: first, minWords: 1)
        #expect(Repeats.Key(slice, quoted: false) == Repeats.Key(index.hashes(block: 0, in: first), quoted: false))
        #expect(Repeats.Key(slice, quoted: false) != Repeats.Key(index.hashes(block: 0), quoted: false))
        #expect(index.hashes(block: 0, in: article.sentences[1].textRange) == WordIndex.hashes(of: "It works."))
        // A heading is not indexed: no hashes, and none to compare.
        #expect(index.hashes(block: 1, in: 0..<7, minWords: 1) == nil)
        #expect(index.hashes(block: 1, in: 0..<7) == [])
    }
}
