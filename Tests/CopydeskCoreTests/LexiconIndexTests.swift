import Testing

@testable import CopydeskCore

/// `LexiconIndex` gives each list what `PhraseMatcher` gives it, and `TextScan` reads numbers
/// on bytes as its `Character` reading does.
@Suite struct LexiconIndexTests {
    static let lists = [
        ["reduce*", "reduces the risk", "is safe", "safe"], ["*", "the risk of"], ["studies show", "studies"],
        ["can * the", "can"], ["risk", "risk of", "the risk"], [],
    ]

    static let sentences = [
        "Statins reduce the risk of stroke, and studies show they can lower the risk.",
        "It is safe; it reduces the risk of studies.", "", "Can", "The risk of the risk of the risk.",
    ]

    @Test(arguments: sentences) func eachListMatchesAsAPhraseMatcherDoes(_ sentence: String) {
        let text = SentenceText(sentence)
        let found = LexiconIndex(Self.lists).matches(words: Array(text.words), tokens: Array(text.tokens))
        for (list, phrases) in Self.lists.enumerated() {
            let expected = PhraseMatcher(phrases).matches(words: Array(text.words), tokens: Array(text.tokens))
            #expect((list < found.count ? found[list] : []) == expected, "list \(list) in \(sentence)")
        }
    }

    @Test func aSentenceWithoutMatchesHasNoLists() {
        let text = SentenceText("Nothing here.")
        #expect(
            LexiconIndex([["risk"], ["safe"]]).matches(words: Array(text.words), tokens: Array(text.tokens)).isEmpty)
    }

    @Test(arguments: ["40", "1.28", "3,000", "500mg", "2-fold", "12.5.3", "7x", "5½", "2²", "0,5"])
    func asciiNumbersReadAsCharactersDo(_ word: String) {
        let characters = Double(word.prefix { $0.isNumber || $0 == "." || $0 == "," }.filter { $0 != "," })
        if let fast = TextScan.asciiNumber(word) {
            #expect(fast == characters)
        } else {
            #expect(word.utf8.contains { $0 >= 0x80 })
        }
    }
}
