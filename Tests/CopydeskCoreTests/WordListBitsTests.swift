import Testing

@testable import CopydeskCore

/// Several word lists asked about a word with one lookup answer as each list does.
@Suite struct WordListBitsTests {
    struct Bits: OptionSet, Sendable {
        let rawValue: UInt8
    }

    static let sets: [(WordSet, Bits)] = [
        (CheckWorthiness.units, Bits(rawValue: 1 << 0)), (CheckWorthiness.people, Bits(rawValue: 1 << 1)),
        (CheckWorthiness.timeUnits, Bits(rawValue: 1 << 2)), (ClaimStrengthLexicon.negators, Bits(rawValue: 1 << 3)),
        (ClaimStrengthLexicon.clauseBreaks, Bits(rawValue: 1 << 4)),
    ]
    static let words: [(String, Bits)] = [("percent", Bits(rawValue: 1 << 5)), ("of", Bits(rawValue: 1 << 6))]
    static let lists = WordListBits<Bits>(sets, words: words)

    /// The answer of each list and word on its own.
    func plain(_ word: String) -> Bits {
        var result: Bits = []
        for (set, bit) in Self.sets where set.contains(word) { result.insert(bit) }
        for (other, bit) in Self.words where word == other { result.insert(bit) }
        return result
    }

    @Test(arguments: [
        "Ten mg of it, 300 Patients per cent, µg and μg kg K\u{212A}G we\u{212A}ks: weeks not cannot but although.",
        "Percent percentage OF of\u{301} e\u{301} caf\u{E9} minutes, months and DAYS; never, whereas",
        "", "x", "people’s Kids kids\u{301}",
    ])
    func oneLookupAnswersAsTheLists(_ sentence: String) {
        let text = SentenceText(sentence)
        for index in text.words.indices {
            let word = text.words[index]
            #expect(Self.lists.of(index, in: text.keys) == plain(word), "\(word)")
            #expect(Self.lists.of(word) == plain(word), "\(word)")
        }
    }

    @Test func statisticAndCueBitsAnswerAsTheirLists() {
        let text = SentenceText("About 40 percent of 300 adults in 3 weeks were reduced, associated or unchanged")
        let scan = TextScan(text)
        for index in text.words.indices {
            let word = text.words[index]
            let statistic = StatisticWords.of(index, scan)
            #expect(statistic.contains(.people) == CheckWorthiness.people.contains(word))
            #expect(statistic.contains(.timeUnit) == CheckWorthiness.timeUnits.contains(word))
            #expect(statistic.contains(.percent) == (word == "percent" || word == "percentage"))
            #expect(statistic.contains(.in) == (word == "in"))
            let cue = CueLists.of(index, text.keys)
            #expect(cue.contains(.changeVerb) == ClaimStrengthLexicon.changeVerbs.contains(word))
            #expect(cue.contains(.association) == ClaimStrengthLexicon.association.contains(word))
            #expect(CueLists.of(word) == cue)
        }
        #expect(StatisticWords.of(-1, scan) == [])
        #expect(StatisticWords.of(text.words.count, scan) == [])
    }

    @Test(arguments: ["don't", "can't", "won’t", "n't", "nt", "isn't\u{301}", "\u{600}n't", "caf\u{E9}n't", "'t", ""])
    func contractionsAreReadOnBytesAsOnCharacters(_ word: String) {
        #expect(ClaimStrengthScan.endsWithNT(word) == word.hasSuffix("n't"))
    }
}
