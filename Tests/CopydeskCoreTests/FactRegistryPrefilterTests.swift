import TestSupport
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
        var candidates = prefilter.candidates(SentenceText(sentence))
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

    /// The answers the prefilter's tables replace, read from the words themselves: a phrase may
    /// match when the sentence holds its first word (always, when that is a prefix or a
    /// wildcard); the groups when each has a variant whose first word matches a word.
    static func plainAnswers(phrases: [String], groups: [[[Word]]], words: [String]) -> [Bool] {
        let phrasesMay = phrases.contains { phrase in
            switch LexiconWord.words(of: phrase).first {
            case .exact(let first): words.contains(first)
            case .prefix, .any: true
            case nil: false
            }
        }
        let groupsMay =
            !groups.isEmpty
            && groups.allSatisfy { group in group.contains { variant in words.contains { variant[0].matches($0) } } }
        return [phrasesMay, groupsMay]
    }

    /// Over generated registries and sentences: prefixes of ASCII bytes (shorter and longer than
    /// eight, one a word's whole length, one with a carriage return) and others (`é`, `naï`),
    /// words in capitals, with accents written as one scalar or two, the Kelvin sign, and
    /// sentences longer than 64 words. Matching a prefix on the first eight bytes only, or an
    /// ASCII word's bytes where the string differs, fails it.
    @Test func candidatesAreThePlainReadingOverGeneratedSentences() {
        let stems = [
            "vaccin", "immunis", "caus", "overwhelm", "e", "cur", "a", "autis", "hydroxychloroquin", "hydroxychlorine",
            "naï", "é", "cafe", "k", "x\r", "ab", "mmr", "1",
        ]
        let exact = ["vaccines", "mmr", "autism", "heal", "all", "cure", "café", "cafe\u{301}", "naïve", "e", "k"]
        let suffixes = ["", "", "e", "es", "ation", "\u{301}", "é", "s", "ine", "x"]
        let others = [
            "écure", "Ébola", "naïveté", "\u{212A}ab", "KAB", "the", "and", "Vaccine", "HYDROXYCHLOROQUINE", "cafés",
            "x", "\u{301}e", "ＡＢ", "of", "a", "1st",
        ]
        let phraseList = [
            "vaccines cause autism", "vaccin* harm", "cur* all", "* cures", "café au lait", "mmr", "heal all",
            "naï* things",
        ]
        var random = SplitMix(seed: 23)
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        func variantWord() -> String {
            switch random.next(3) {
            case 0: pick(stems) + "*"
            case 1: pick(exact)
            default: pick(stems) + pick(suffixes)
            }
        }
        func sentenceWord() -> String {
            let word = random.next(3) == 0 ? pick(others) : pick(stems + exact) + pick(suffixes)
            return random.next(6) == 0 ? word.uppercased() : word
        }
        var compared = 0
        var prefixMatches = 0
        for _ in 0..<150 {
            let phrases: [[String]] = (0..<6).map { _ in (0..<random.next(3)).map { _ in pick(phraseList) } }
            let groups: [[[[Word]]]] = (0..<6).map { _ in
                (0..<random.next(4)).map { _ in
                    (0..<(1 + random.next(3))).map { _ in
                        (0..<(1 + random.next(2))).map { _ in Word(variantWord()) }
                    }
                }
            }
            let prefilter = FactRegistryPrefilter(phrases: phrases, groups: groups)
            for _ in 0..<60 {
                let length = random.next(10) == 0 ? 60 + random.next(20) : random.next(12)
                let separator = random.next(4) == 0 ? ", " : " "
                let sentence = (0..<length).map { _ in sentenceWord() }.joined(separator: separator)
                let read = SentenceText(sentence)
                var candidates = prefilter.candidates(read)
                for entry in 0..<6 {
                    let plain = Self.plainAnswers(
                        phrases: phrases[entry], groups: groups[entry], words: Array(read.words))
                    let answers = [candidates.phrasesMayMatch(entry: entry), candidates.groupsMayMatch(entry: entry)]
                    #expect(answers == plain, "\(sentence) \(phrases[entry]) \(groups[entry])")
                    compared += 1
                    if plain[1] { prefixMatches += 1 }
                }
            }
        }
        #expect(compared == 54_000)
        #expect(prefixMatches > 2_000)
    }

    /// `entriesMayMatch` (one pass over the tables when every prefix is of ASCII bytes, entry by
    /// entry otherwise) lists the entries `phrasesMayMatch` and `groupsMayMatch` answer for, with
    /// their answers, over generated registries of 12 entries (half of them with ASCII prefixes
    /// only) and sentences. Reading a group's prefixes as matched when one is not, or an entry's
    /// groups when it has none, fails it.
    @Test func entriesMayMatchAreThePerEntryAnswers() {
        let plainStems = [
            "vaccin", "caus", "overwhelm", "e", "cur", "a", "autis", "hydroxychloroquin", "ab", "mmr", "1",
        ]
        let otherStems = ["naï", "é", "x\r"]
        let exact = ["vaccines", "mmr", "autism", "heal", "all", "cure", "café", "naïve", "e", "k"]
        let suffixes = ["", "", "e", "es", "ation", "\u{301}", "s", "ine"]
        let others = ["écure", "naïveté", "\u{212A}ab", "the", "and", "Vaccine", "HYDROXYCHLOROQUINE", "x", "of", "a"]
        let phraseList = ["vaccines cause autism", "vaccin* harm", "cur* all", "* cures", "mmr", "heal all"]
        var random = SplitMix(seed: 2_323)
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var compared = 0
        var fastRegistries = 0
        var listed = 0
        for _ in 0..<200 {
            let stems = random.next(2) == 0 ? plainStems : plainStems + otherStems
            if stems.count == plainStems.count { fastRegistries += 1 }
            func variantWord() -> String {
                switch random.next(3) {
                case 0: pick(stems) + "*"
                case 1: pick(exact)
                default: pick(stems) + pick(suffixes)
                }
            }
            let phrases: [[String]] = (0..<12).map { _ in (0..<random.next(3)).map { _ in pick(phraseList) } }
            let groups: [[[[Word]]]] = (0..<12).map { _ in
                (0..<random.next(4)).map { _ in
                    (0..<(1 + random.next(3))).map { _ in
                        (0..<(1 + random.next(2))).map { _ in Word(variantWord()) }
                    }
                }
            }
            let prefilter = FactRegistryPrefilter(phrases: phrases, groups: groups)
            for _ in 0..<40 {
                let length = random.next(10) == 0 ? 60 + random.next(20) : random.next(12)
                let sentence = (0..<length).map { _ in
                    let word = random.next(3) == 0 ? pick(others) : pick(stems + exact) + pick(suffixes)
                    return random.next(6) == 0 ? word.uppercased() : word
                }.joined(separator: " ")
                let read = SentenceText(sentence)
                var fast = prefilter.candidates(read)
                var perEntry = prefilter.candidates(read)
                var expected: [Int] = []
                for entry in 0..<12 {
                    let phrasesMay = perEntry.phrasesMayMatch(entry: entry)
                    let groupsMay = perEntry.groupsMayMatch(entry: entry)
                    #expect(
                        [phrasesMay, groupsMay]
                            == Self.plainAnswers(
                                phrases: phrases[entry], groups: groups[entry], words: Array(read.words)))
                    if phrasesMay || groupsMay {
                        expected.append(entry << 2 | (phrasesMay ? 1 : 0) | (groupsMay ? 2 : 0))
                    }
                }
                let answers = fast.entriesMayMatch()
                #expect(answers == expected, "\(sentence) \(phrases) \(groups)")
                compared += 1
                listed += answers.count
            }
        }
        #expect(compared == 8_000)
        #expect(fastRegistries > 80)
        #expect(listed > 10_000)
    }

    /// `FactRegistryDebunking.clauseIndex` as it read the words that start a clause: `contains`
    /// on an array of them, for every token.
    static func plainClauseIndex(_ tokens: SentenceTokens, _ bytes: SentenceBytes) -> [Int] {
        var result: [Int] = []
        var clause = 0
        var next = 1
        var outer: [Int] = []
        var previousEnd = 0
        for token in tokens {
            for index in previousEnd..<max(previousEnd, token.range.lowerBound) {
                switch bytes[index] {
                case UInt8(ascii: ";"), UInt8(ascii: ":"):
                    clause = next
                    next += 1
                case UInt8(ascii: "("):
                    outer.append(clause)
                    clause = next
                    next += 1
                case UInt8(ascii: ")"):
                    clause = outer.popLast() ?? clause
                case 0xE2 where ClaimStrengthClassifier.isDash(bytes, at: index):
                    clause = next
                    next += 1
                default: break
                }
            }
            if ["but", "whereas", "although", "though", "while", "however"].contains(token.text) {
                clause = next
                next += 1
            }
            result.append(clause)
            previousEnd = token.range.upperBound
        }
        return result
    }

    /// Over generated sentences of the words that start a clause (in capitals too), words that
    /// start with them, and every separator `clauseIndex` reads: its clauses are the plain reading's.
    @Test func clausesAreThePlainReadingOverGeneratedSentences() {
        let words = [
            "but", "whereas", "although", "though", "while", "however", "But", "HOWEVER", "butter", "whiles", "thou",
            "vaccines", "cause", "autism", "café", "and",
        ]
        let separators = [" ", " ", ", ", "; ", ": ", " (", ") ", " — ", " – ", "-", " ’"]
        var random = SplitMix(seed: 6)
        var clauses = 0
        for _ in 0..<3_000 {
            var sentence = ""
            for _ in 0..<(1 + random.next(14)) {
                sentence += words[random.next(words.count)] + separators[random.next(separators.count)]
            }
            let read = SentenceText(sentence)
            let found = FactRegistryDebunking.clauseIndex(read)
            #expect(found == Self.plainClauseIndex(read.tokens, read.bytes), "\(sentence)")
            #expect(FactRegistryDebunking.distinct(found) == Set(found).sorted(), "\(sentence)")
            #expect(FactRegistryDebunking.clauses(read).order == Set(found).sorted(), "\(sentence)")
            clauses += found.max() ?? 0
        }
        #expect(clauses > 10_000)
        // Clause numbers of 64 and more: the order is read from the clauses themselves.
        for count in [62, 63, 64, 65, 90] {
            let sentence = (0..<count).map { "word\($0)" }.joined(separator: "; ") + " (aside) end"
            let read = SentenceText(sentence)
            let found = FactRegistryDebunking.clauses(read)
            #expect(found.clauses == Self.plainClauseIndex(read.tokens, read.bytes))
            #expect(found.order == Set(found.clauses).sorted())
        }
        for numbers in [[], [0], [3, 1, 3, 0], [-2, 5, -2], [1_000_000, 2], [7, 7, 7]] {
            #expect(FactRegistryDebunking.distinct(numbers) == Set(numbers).sorted())
        }
    }

    @Test func prefixesInLongSentences() {
        let filler = Array(repeating: "word", count: 70).joined(separator: " ")
        #expect(answers(filler + " cures") == [[false, false], [true, false], [false, true]])
        #expect(answers(filler + " écure") == [[false, false], [true, false], [false, false]])
        #expect(answers(filler) == [[false, false], [true, false], [false, false]])
    }

    @Test func debunkingWordsAndPhrases() {
        func isDebunking(_ sentence: String) -> Bool {
            FactRegistryDebunking.isDebunking(SentenceText(sentence).keys)
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
