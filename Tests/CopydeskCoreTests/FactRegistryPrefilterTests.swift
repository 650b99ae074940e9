import Testing

@testable import CopydeskCore

/// The registry prefilter's tables and the debunking test give the answers of the dictionaries
/// and sets they replaced.
@Suite struct FactRegistryPrefilterTests {
    @Test func flatListsHoldEachListInTurn() {
        let lists = FlatLists([[4, 2], [], [7], [1, 1, 3]])
        #expect(lists.elements == [4, 2, 7, 1, 1, 3])
        #expect(lists.ranges == [0..<2, 2..<2, 2..<3, 3..<6])
        #expect(FlatLists([]).ranges.isEmpty)
    }

    typealias Word = FactRegistryMatcher.Word

    /// Entry 0: a phrase and two groups; entry 1: a phrase starting with a prefix; entry 2: one group, a prefix.
    let prefilter = FactRegistryPrefilter(
        phrases: [["vaccines cause autism"], ["vaccin* harm"], []],
        groups: [
            [[[Word("vaccines")], [Word("mmr")]], [[Word("autism")], [Word("autis*")]]], [],
            [[[Word("cur*")], [Word("heal"), Word("all")]]],
        ])

    func answers(_ sentence: String) -> [[Bool]] {
        var candidates = prefilter.candidates(SentenceText(sentence).words)
        return (0..<3).map { [candidates.phrasesMayMatch(entry: $0), candidates.groupsMayMatch(entry: $0)] }
    }

    @Test func candidatesFromFirstWordsAndPrefixes() {
        #expect(answers("Vaccines cause autism") == [[true, true], [true, false], [false, false]])
        #expect(answers("The MMR jab and autistic children") == [[false, true], [true, false], [false, false]])
        #expect(answers("Vaccines are safe") == [[true, false], [true, false], [false, false]])
        #expect(answers("It cures everything") == [[false, false], [true, false], [false, true]])
        #expect(answers("Heal all") == [[false, false], [true, false], [false, true]])
        #expect(answers("Écure cur") == [[false, false], [true, false], [false, true]])
    }

    @Test func wordsByTheirFirstByte() {
        let masks = FactRegistryPrefilter.Candidates.wordsByFirstByte(
            SentenceWords(["cures", "all", "ébola", "cancer", "1"]))
        #expect(masks.count == 129)
        #expect(masks[Int(UInt8(ascii: "c"))] == 0b1001)
        #expect(masks[Int(UInt8(ascii: "a"))] == 0b10)
        #expect(masks[Int(UInt8(ascii: "1"))] == 0b10000)
        #expect(masks[128] == 0b100)
        #expect(masks.reduce(0, |) == 0b11111)
    }

    @Test func prefixesInLongSentences() {
        let filler = Array(repeating: "word", count: 70).joined(separator: " ")
        #expect(answers(filler + " cures") == [[false, false], [true, false], [false, true]])
        #expect(answers(filler + " écure") == [[false, false], [true, false], [false, false]])
        #expect(answers(filler) == [[false, false], [true, false], [false, false]])
    }

    @Test func debunkingWordsAndPhrases() {
        func isDebunking(_ sentence: String) -> Bool {
            FactRegistryDebunking.isDebunking(SentenceText(sentence).words)
        }
        #expect(isDebunking("It is a myth."))
        #expect(isDebunking("There is no evidence for it."))
        #expect(isDebunking("Some people believe it works."))
        #expect(isDebunking("It was false"))
        #expect(!isDebunking("There is a cure."))
        #expect(!isDebunking("No, it works."))
        #expect(!isDebunking("Some people"))
        #expect(!isDebunking("There is"))
    }
}
