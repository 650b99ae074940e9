import Testing

@testable import CopydeskCore

/// A sentence read in one pass (`SentenceText.read(count:strings:text:)`) holds what reading it in parts
/// does: `Words.tokens`, their folded texts and the keys `WordKeys(bytes:tokens:words:)` reads.
@Suite struct SentenceTextReadingTests {
    static let texts = [
        "", "  ", "MAY Don’t CAF\u{C9} x1.5 Kelvin",
        "We don’t know; \u{212A}elvin and Kelvin, CAF\u{C9} and cafe\u{301}.",
        "It's a cure-all: 1.28 times, 3,000 people (95% CI 1.1-2.3).", "İstanbul ΣΟΦΊΑ straße ǅemal 🙂 — ok",
        "Supercalifragilisticexpialidocious words-with-many-hyphens and 'quotes' end.", "a", "A.B.C. 12.5kg",
        "abcdefgh ABCDEFGHI abcdefghijklmno Abcdefghijklmnop abcdefghijklmnopQ abcdefgh abcdefghi ABCDEFGHIJKLMNOP",
        "ABCDEFGHIJKLMNOP", "x ABCDEFGHIJKLMNO", "café CAFÉ cafe Café", "ab’cd ab'cd AB’CD",
        "’Tis ROCK’N’ROLL, DON’T’ a’’b x’\u{301}y Ca’fé WASN’T isn’t’s",
    ]

    static func plain(_ text: String) -> SentenceText {
        let tokens = Words.tokens(in: text)
        return SentenceText(bytes: Array(text.utf8), tokens: tokens, words: tokens.map { Words.folded($0.text) })
    }

    @Test(arguments: texts)
    func readsWhatTheReadInPartsReads(_ text: String) {
        Self.expectSame(SentenceText(text), Self.plain(text))
    }

    static func expectSame(_ read: SentenceText, _ plain: SentenceText) {
        #expect(read.bytes == plain.bytes)
        #expect(read.tokens == plain.tokens)
        #expect(read.words == plain.words)
        #expect(read.keys.count == plain.keys.count)
        for index in 0..<read.keys.count {
            let (one, other) = (read.keys.key(at: index), plain.keys.key(at: index))
            #expect(one.isASCII == other.isASCII)
            #expect(one.shape == other.shape)
            if one.isASCII {
                #expect(one.hash == other.hash)
                #expect(one.start == other.start)
            }
        }
        let keys = read.keys.withUnsafeKeys { Array($0) }
        #expect(keys.count == read.keys.count)
        for index in keys.indices { #expect(keys[index].shape == read.keys.key(at: index).shape) }
    }

    /// A sentence's read is a view of storage its article's sentences share: it reads what it
    /// read when the other sentences' reads are gone, and a copy a reader takes of its words
    /// and changes leaves them as they were.
    @Test func aReadOutlivesTheOthersAndItsReadersCopies() {
        let text = "We don’t know; CAF\u{C9} and Kelvin, 1.28 times."
        let texts = ["First one.", text, "Last one."]
        var read: SentenceText?
        do {
            let all = WordStrings.borrowing { strings in
                SentenceText.read(count: texts.count, strings: &strings) { texts[$0] }
            }
            read = all[1]
        }
        Self.expectSame(read!, Self.plain(text))
        var words = Array(read!.words)
        words.append("appended")
        words[0] = "changed"
        Self.expectSame(read!, Self.plain(text))
        #expect(read!.tokens.startIndex == 0 && read!.words.indices == 0..<read!.keys.count)
        #expect(read!.tokens.map(\.range.lowerBound).first == 0)
        var given = ["may", "caf\u{E9}", "Kelvin", "don't"]
        given.reserveCapacity(100)
        let copy = given
        let keys = WordKeys(given)
        given.append("x")
        #expect(copy == ["may", "caf\u{E9}", "Kelvin", "don't"])
        #expect(Array(keys.words) == copy)
        let alone = WordKeys(["may", "caf\u{E9}", "Kelvin", "don't"])
        for index in 0..<4 {
            #expect(keys.key(at: index).shape == alone.key(at: index).shape)
            #expect(keys.key(at: index).isASCII == alone.key(at: index).isASCII)
            #expect(keys.key(at: index).hash == alone.key(at: index).hash)
        }
        #expect(WordKeys([]).count == 0)
        #expect(WordKeys([]).withUnsafeKeys { $0.count } == 0)
    }

    /// Words found in the shared table of word strings read as words made anew, also once the
    /// table is full.
    @Test func readsWordsFromTheSharedStringsAsMadeAnew() {
        let text = (0..<6_000).map { "W\($0)x\($0 % 7 == 0 ? "LONGERWORD" : "")" }.joined(separator: " ")
        for _ in 0..<2 {
            let read = SentenceText(text)
            let plain = Self.plain(text)
            #expect(read.tokens == plain.tokens)
            #expect(read.words == plain.words)
        }
    }

    /// An ASCII word's string written in place is the one made from its bytes, at every length.
    @Test func writesASCIIStringsAsMadeFromTheirBytes() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        for count in 0...letters.count {
            let bytes = Array(letters[..<count])
            let written = bytes.withUnsafeBufferPointer { WordStrings.string(ascii: $0) }
            let made = String(decoding: bytes, as: UTF8.self)
            #expect(written == made)
            #expect(Array(written.utf8) == bytes)
            #expect(written.hashValue == made.hashValue)
        }
    }

    /// A word's bytes as `WordStrings` takes them: the first eight in `low`, the first byte
    /// lowest; the next eight in `high`; zero past the end.
    static func packed(_ bytes: [UInt8]) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                low |= UInt64(byte) << UInt64(8 * index)
            } else {
                high |= UInt64(byte) << UInt64(8 * (index - 8))
            }
        }
        return (low, high)
    }

    /// A table that grows (`makeRoom(forWords:)`) keeps every word it held: words read before
    /// and after it grows give their own strings and FNV-1a hashes, as a table that never grew.
    @Test func growingTableKeepsItsWords() {
        var strings = WordStrings()
        func word(_ number: Int) -> (low: UInt64, high: UInt64, count: Int, bytes: [UInt8]) {
            let bytes = Array("w\(number)x\(number % 7)".utf8)
            let (low, high) = Self.packed(bytes)
            return (low, high, bytes.count, bytes)
        }
        for round in 0..<3 {
            // 40,000 words: more than the largest table keeps, so some are never held.
            for number in stride(from: 0, to: 40_000, by: 1) {
                if number % 2_000 == 0 { strings.makeRoom(forWords: 2_000) }
                let (low, high, count, bytes) = word(number)
                let (string, hash) = strings.string(low: low, high: high, count: count)
                var fnv = FNV1a()
                for byte in bytes { fnv.add(byte) }
                #expect(string == String(decoding: bytes, as: UTF8.self), "round \(round)")
                #expect(hash == fnv.value)
            }
        }
    }

    /// A word the table has no string for is written as a small string in place: the
    /// platform's layout is the one `WordStrings` writes, and the strings are those made anew.
    @Test func writesSmallStringsAsTheStandardLibraryMakesThem() {
        #expect(WordStrings.checkSmallLayout())
        var strings = WordStrings()
        let letters = Array("the-quick'brown0fox9jumps".utf8)
        for round in 0..<2 {
            for start in 0..<8 {
                for count in 1...WordStrings.maxCount {
                    let bytes = Array(letters[start..<(start + count)])
                    let (low, high) = Self.packed(bytes)
                    let (string, hash) = strings.string(low: low, high: high, count: count)
                    let made = String(decoding: bytes, as: UTF8.self)
                    #expect(string == made, "round \(round)")
                    #expect(Array(string.utf8) == bytes)
                    #expect(string.hashValue == made.hashValue)
                    #expect(string + "s" == made + "s")
                    var fnv = FNV1a()
                    for byte in bytes { fnv.add(byte) }
                    #expect(hash == fnv.value)
                    // Both strings of a word, each made from its bits when small, are the string made anew.
                    let (first, second, hashOfBoth, isSmall) = strings.strings(low: low, high: high, count: count)
                    #expect(isSmall == (count <= WordStrings.maxSmallCount))
                    #expect(first == made && second == made)
                    #expect(first.hashValue == made.hashValue && second.hashValue == made.hashValue)
                    #expect(first + second == made + made)
                    #expect(hashOfBoth == fnv.value)
                }
            }
        }
    }

    /// Words at every distance from the end of texts of every length up to a few dozen bytes,
    /// where the eight-byte reads take the last eight bytes (or, in a shorter text, read byte by
    /// byte): the words, tokens and keys are those read in parts, and the word ranges those
    /// read byte by byte.
    @Test func readsWordsAtTheEndOfTextsOfEveryLength() {
        let letters = Array("aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789".utf8)
        let tails = ["", ".", "'", "-", "’", "é", " 1", ",5", ".5", "'s", "-Up", " ", "x’"]
        let fillers = ["", "a ", "Ab. ", "1.5 ", "’ ", "Word-Ten ", "é ", "abcdefg ", "ABCDEFGHIJ "]
        var texts: [String] = []
        for filler in fillers {
            for count in 1...20 {
                let word = String(
                    decoding: (0..<count).map { letters[($0 * 7 + count) % letters.count] }, as: UTF8.self)
                for tail in tails { texts.append(filler + word + tail) }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "a", "Ab", "CAT", "dog-s", "1,2", "3.14", "it's", "’", " ", "  ", ".", ", ", "é", "Straße", "x1y2z3w4v5",
        ]
        for _ in 0..<400 {
            texts.append(
                (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined())
        }
        for text in texts {
            Self.expectSame(SentenceText(text), Self.plain(text))
            #expect(
                Words.tokens(in: text).map(\.range) == WordsFastPathTests.slowWordRanges(Array(text.utf8)), "\(text)")
        }
        let all = WordStrings.borrowing { strings in
            SentenceText.read(count: texts.count, strings: &strings) { texts[$0] }
        }
        for (read, text) in zip(all, texts) { Self.expectSame(read, Self.plain(text)) }
    }

    /// Texts read together lie one after another in their storage, the padding after the last:
    /// a word's eight-byte loads take in the next text's bytes (letters, capitals, bytes of 0x80
    /// or more) or the padding, which are masked off; each text reads as it does alone.
    @Test func readsWordsWhoseLoadsRunIntoTheNextText() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let nexts = ["", "Zebra", "é", "12345678901234567", "’s", " x", "QQQQQQQQQQQQQQQQ"]
        var texts: [String] = []
        for count in 1...17 {
            let word = String(decoding: (0..<count).map { letters[($0 * 5 + count) % letters.count] }, as: UTF8.self)
            for next in nexts {
                texts.append("A " + word)
                texts.append(next)
                texts.append(word)
            }
        }
        let all = WordStrings.borrowing { strings in
            SentenceText.read(count: texts.count, strings: &strings) { texts[$0] }
        }
        for (read, text) in zip(all, texts) { Self.expectSame(read, Self.plain(text)) }
    }

    @Test func readsEverySentenceOfAnArticleAsItsOwn() {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        let sentences = Self.texts.enumerated().map { index, text in
            Sentence(
                text: text, blockIndex: index, textRange: 0..<text.utf8.count,
                range: SourceRange(start: start, end: start))
        }
        let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
        let all = SentenceText.all(in: article)
        #expect(all.count == Self.texts.count)
        for (read, text) in zip(all, Self.texts) { Self.expectSame(read, Self.plain(text)) }
    }
}

/// A word's key is 24 bytes; one too long for it is looked up by its string.
@Suite struct WordKeysKeyTests {
    @Test func aKeyIsTwentyFourBytes() {
        #expect(MemoryLayout<WordKeys.Key>.stride == 24)
    }

    @Test func keepsAnASCIIWordsStartLengthAndFirstByte() {
        let key = WordKeys.Key(hash: 7, start: 1 << 30, count: WordKeys.Key.maxCount, prefix: UInt64(UInt8(ascii: "z")))
        #expect(key.isASCII)
        #expect(key.hash == 7)
        #expect(key.start == 1 << 30)
        #expect(key.shape == (UInt8(ascii: "z"), WordKeys.Key.maxCount))
        #expect(key.moved(by: 5).start == (1 << 30) + 5)
    }

    @Test func aWordTooLongForItsKeyIsLookedUpByItsString() {
        let key = WordKeys.Key(hash: 7, start: 3, count: WordKeys.Key.maxCount + 1, prefix: UInt64(UInt8(ascii: "a")))
        #expect(!key.isASCII)
        #expect(key.shape == (UInt8(ascii: "a"), WordKeys.Key.maxCount))
        let other = WordKeys.Key(byStringOfCount: 4, first: 0xC3)
        #expect(!other.isASCII)
        #expect(other.shape == (0xC3, 4))
        #expect(other.moved(by: 9).shape == (0xC3, 4))
        #expect(!other.moved(by: 9).isASCII)
    }

    /// A key's prefix is the word's first eight bytes lowercased, wherever the word stands
    /// (eight bytes read at once, or byte by byte near the end of its text).
    @Test func readsThePrefixAsByteByByte() {
        let text = Array("Hi, ABCDEFGHIJ x-Ray q Zz9'Q END".utf8)
        text.withUnsafeBufferPointer { bytes in
            for start in 0..<bytes.count {
                for end in start...bytes.count where bytes[start..<end].allSatisfy({ $0 < 0x80 }) {
                    var expected: UInt64 = 0
                    for (offset, byte) in bytes[start..<min(end, start + 8)].enumerated() {
                        expected |= UInt64(ASCII.lowercased(byte)) << UInt64(8 * offset)
                    }
                    #expect(WordKeys.Key.prefix(bytes, start..<end) == expected, "\(start)..<\(end)")
                }
            }
        }
    }
}
