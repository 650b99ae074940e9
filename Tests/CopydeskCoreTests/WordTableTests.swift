import Testing

@testable import CopydeskCore

/// `WordTable` answers as the lookup it replaced: a `[String: Int]` behind `FirstWordShapes`.
@Suite struct WordTableTests {
    /// The lookup the table replaced, numbering words the same way.
    struct Reference {
        var numbers: [String: Int] = [:]
        var shapes = FirstWordShapes()

        init(_ words: [String]) {
            for word in words where numbers[word] == nil {
                numbers[word] = numbers.count
                shapes.insert(word)
            }
        }

        func number(of word: String) -> Int? {
            shapes.mayContain(word) ? numbers[word] : nil
        }
    }

    static func table(_ words: [String]) -> WordTable {
        var table = WordTable()
        for word in words { table.insert(word) }
        return table
    }

    static let nfc = "caf\u{E9}"
    static let nfd = "cafe\u{301}"

    static let lexicons: [[String]] = [
        ["may", "might", "could", "suggest", "don't", "may"],
        ["", "a", "an", "the", "antidisestablishmentarianism", "pneumonoultramicroscopic"],
        [nfc, "na\u{EF}ve", "\u{E9}tude", "stra\u{DF}e", "\u{1F600}"],
        [nfd, "e\u{301}tude", "cafe"],
        ["k\u{212A}", "kk", "x"],
        ["\u{212A}", "K\u{F6}"],
        ["\u{212A}"],
        ["K", "\u{212A}"],
        ["a\u{37E}", "\u{1FEF}"],
        ["Kx", "K", "a;", "`", "\u{E9}"],
    ]

    static let lookups = [
        "", "a", "an", "the", "may", "maybe", "might", "could", "suggest", "don't", "don’t", "cafe", nfc, nfd,
        "\u{E9}tude", "e\u{301}tude", "na\u{EF}ve", "stra\u{DF}e", "strasse", "\u{1F600}", "k", "kk", "K", "kK",
        "\u{212A}", "k\u{212A}", "K\u{F6}", "a;", "a\u{37E}", "`", "\u{1FEF}", "\u{212A}x", "\u{212A}\u{E9}", "x",
        "antidisestablishmentarianism", "antidisestablishmentarianisn", "pneumonoultramicroscopic",
        "Pneumonoultramicroscopic",
    ]

    @Test(arguments: lexicons) func answersAsTheDictionaryBehindTheFilterDid(_ words: [String]) {
        let table = Self.table(words)
        let reference = Reference(words)
        #expect(table.count == reference.numbers.count)
        for word in Self.lookups + words {
            #expect(table.number(of: word) == reference.number(of: word), "\(Array(word.unicodeScalars))")
        }
    }

    @Test func numbersWordsInTheOrderTheyFirstCome() {
        var table = WordTable()
        #expect(table.insert("may") == (0, true))
        #expect(table.insert(Self.nfc) == (1, true))
        #expect(table.insert("may") == (0, false))
        #expect(table.insert(Self.nfd) == (1, false))
        #expect(table.insert("") == (2, true))
        #expect(table.count == 3)
        #expect(table.number(of: "may") == 0)
        #expect(table.number(of: Self.nfd) == 1)
        #expect(table.number(of: "") == 2)
        #expect(table.number(of: "ma") == nil)
    }

    @Test func aKeyEqualToAnASCIIWordWithOtherBytesIsFound() {
        // "k" followed by the Kelvin sign equals "kK"; the Kelvin sign alone equals "K", but only
        // a key starting with "K" and other non-ASCII bytes lets "K" past the filter.
        #expect(Self.table(["k\u{212A}"]).number(of: "kK") == 0)
        #expect(Self.table(["\u{212A}", "K\u{F6}"]).number(of: "K") == 0)
        #expect(Self.table(["\u{212A}"]).number(of: "K") == nil)
        #expect(Self.table(["a\u{37E}"]).number(of: "a;") == 0)
        // The other way round: a word with such a scalar looked up among ASCII words.
        #expect(Self.table(["Kx", "K"]).number(of: "\u{212A}") == 1)
        #expect(Self.table(["Kx", "K"]).number(of: "\u{212A}x") == 0)
        #expect(Self.table(["Kx", "K"]).number(of: "\u{212A}\u{E9}") == nil)
    }

    @Test func keepsEveryWordOfALargeLexicon() {
        let words = (0..<3000).map { "w\($0)" } + (0..<300).map { "\u{E9}\($0)" }
        let table = Self.table(words)
        #expect(table.count == 3300)
        for (number, word) in words.enumerated() { #expect(table.number(of: word) == number) }
        #expect(table.number(of: "w3000") == nil)
        #expect(table.number(of: "\u{E9}300") == nil)
        #expect(table.number(of: "e\u{301}299") == nil)
    }

    @Test func widensTheFilterByEveryWordOnlyWhenAsked() {
        // "é" written as one scalar starts with a non-ASCII byte and lets no ASCII first byte
        // past the filter; its decomposed form starts with "e".
        var table = WordTable()
        table.insert("\u{E9}")
        table.insert("e\u{301}")
        #expect(table.number(of: "e\u{301}") == nil)
        table.insert("e\u{301}", filterEveryWord: true)
        #expect(table.number(of: "e\u{301}") == 0)
        #expect(table.number(of: "\u{E9}") == 0)
    }

    @Test(arguments: lexicons) func wordSetAnswersAsTheSetBehindTheFilterDid(_ words: [String]) {
        let set = Set(words)
        var shapes = FirstWordShapes()
        for word in set { shapes.insert(word) }
        let wordSet = WordSet(words)
        #expect(wordSet.words == set)
        for word in Self.lookups + words {
            #expect(wordSet.contains(word) == (shapes.mayContain(word) && set.contains(word)), "\(word)")
        }
        #expect(WordSet(["may", Self.nfc]).contains(Self.nfd) == true)
        #expect(WordSet(["may", Self.nfc]).contains("May") == false)
        #expect(WordSet(["b", "a", "b", Self.nfd, Self.nfc]).map { $0 } == ["b", "a", Self.nfd])
        #expect(WordSet(["b", Self.nfc]).union([Self.nfd, "c"]).map { $0 } == ["b", Self.nfc, "c"])
    }
}
