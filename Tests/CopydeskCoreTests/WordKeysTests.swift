import Testing

@testable import CopydeskCore

/// Looking a sentence's word up by the key read once for the sentence (`WordKeys`) answers as
/// looking its string up does, in every kind of table.
@Suite struct WordKeysTests {
    static let lookups = WordTableTests.lookups + ["don't", "k\u{212A}", "\u{212A}\u{212A}", "a;b", "caf\u{E9}s"]

    static func table(_ words: [String], filtered: Bool) -> WordTable {
        var table = WordTable(filtered: filtered)
        for word in words { table.insert(word) }
        return table
    }

    @Test(arguments: WordTableTests.lexicons, [true, false])
    func findsWhatTheStringLookupFinds(_ words: [String], filtered: Bool) {
        let table = Self.table(words, filtered: filtered)
        let keys = WordKeys(Self.lookups + words)
        #expect(keys.count == Self.lookups.count + words.count)
        for index in 0..<keys.count {
            let word = keys.words[index]
            #expect(table.number(in: keys, at: index) == table.number(of: word), "\(Array(word.unicodeScalars))")
        }
    }

    /// The hash filter of a table's ASCII words rules out no word the table holds.
    @Test(arguments: WordTableTests.lexicons, [true, false])
    func asciiHashBitsRuleOutNoWordIn(_ words: [String], filtered: Bool) {
        let table = Self.table(words, filtered: filtered)
        guard let bits = table.asciiHashBits() else { return }
        let keys = WordKeys(Self.lookups + words + words.map { $0.uppercased() })
        for index in 0..<keys.count where keys.key(at: index).isASCII && !bits.mayContain(keys.key(at: index).hash) {
            #expect(table.number(in: keys, at: index) == nil, "\(keys.words[index])")
        }
    }

    @Test func readsEachWordsBytesLengthAndHash() {
        let keys = WordKeys(["may", "", "caf\u{E9}", "\u{212A}"])
        #expect(keys.shape(at: 0) == (UInt8(ascii: "m"), 3))
        #expect(keys.shape(at: 1) == (0, 0))
        #expect(keys.shape(at: 2) == (UInt8(ascii: "c"), 5))
        #expect(keys.shape(at: 3) == (0xE2, 3))
        #expect(keys.key(at: 0).hash == FNV1a.hash("may"))
        #expect(keys.key(at: 2).hash == FNV1a.hash("caf\u{E9}"))
        #expect([0, 1, 2, 3].map { keys.key(at: $0).isASCII } == [true, true, false, false])
        #expect(keys.withBytes(of: keys.key(at: 2)) { Array($0) } == Array("caf\u{E9}".utf8))
    }

    @Test func aSentencesKeysAreReadFromItsBytesLowercased() {
        let text = SentenceText("MAY Don’t CAF\u{C9} x1.5 Kelvin")
        let copied = WordKeys(Array(text.words))
        #expect(Array(text.words) == ["may", "don't", "caf\u{E9}", "x1.5", "kelvin"])
        // `don’t` is written with a byte of 0x80 or more: it is looked up by its string.
        #expect(text.words.indices.map { text.keys.key(at: $0).isASCII } == [true, false, false, true, true])
        for index in text.words.indices {
            let (read, copy) = (text.keys.key(at: index), copied.key(at: index))
            #expect(read.shape == copy.shape)
            if read.isASCII {
                #expect(read.hash == copy.hash)
                #expect(text.keys.withBytes(of: read) { $0.map(ASCII.lowercased) } == Array(text.words[index].utf8))
            }
        }
        // Words given without their bytes keep their capitals: such a word goes to the string lookup.
        #expect(WordKeys(["May", "may"]).key(at: 0).isASCII == false)
        #expect(WordSet(["May"]).contains(in: WordKeys(["May", "may"]), at: 0) == true)
        #expect(WordSet(["May"]).contains(in: WordKeys(["May", "may"]), at: 1) == false)
    }

    @Test func aSentencesWordsAreFoundAsTheirStringsAre() {
        // `’` is folded to `'` before the words are read; the Kelvin sign stays (it lowercases to `k`).
        let text = SentenceText("We don’t know; \u{212A}elvin and Kelvin, CAF\u{C9} and cafe\u{301}, MAY.")
        #expect(text.keys.words == text.words)
        #expect(text.words.contains("don't"))
        let lexicons: [[String]] = [
            ["don't", "kelvin", "caf\u{E9}", "may"], ["don’t", "\u{212A}elvin"], ["k\u{212A}", "Kelvin", "cafe"],
            ["Kx", "K", "we"],
        ]
        for words in lexicons {
            let set = WordSet(words)
            let patterns = WordPatterns(words + ["kel*", "caf*"])
            for filtered in [true, false] {
                let table = Self.table(words, filtered: filtered)
                for index in text.words.indices {
                    let word = text.words[index]
                    #expect(table.number(in: text.keys, at: index) == table.number(of: word), "\(word)")
                }
            }
            for index in text.words.indices {
                #expect(set.contains(in: text.keys, at: index) == set.contains(text.words[index]))
                #expect(patterns.contains(in: text.keys, at: index) == patterns.contains(text.words[index]))
            }
        }
    }

    @Test func wordRolesFromKeysAreTheStringRoles() {
        struct Role: OptionSet, Sendable {
            let rawValue: UInt8
            static let a = Role(rawValue: 1)
            static let b = Role(rawValue: 2)
        }
        var roles = WordRoles<Role>()
        roles.add(["may", "caf\u{E9}", "\u{212A}"], as: .a)
        roles.add(["may", "cafe\u{301}", "k"], as: .b)
        let words = ["may", "cafe\u{301}", "caf\u{E9}", "K", "k", "\u{212A}", "maybe", ""]
        #expect(roles.roles(of: WordKeys(words)) == roles.roles(of: words))
    }
}
