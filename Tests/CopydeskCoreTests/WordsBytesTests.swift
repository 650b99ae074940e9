import Testing

@testable import CopydeskCore

/// `Words` reads non-ASCII letters, marks, digits and emoji as word bytes and other scalars as
/// breaks, with byte ranges into the text.
@Suite struct WordsBytesTests {
    static func described(_ text: String) -> [String] {
        Words.tokens(in: text).map { "\($0.text)@\($0.range)" }
    }

    @Test func nonASCIIScalarsJoinOrBreakWords() {
        let text = "Caf\u{E9} CAFE\u{301}, na\u{EF}ve\u{2014}\u{00C9}tude \u{1F600}ok \u{0661}\u{0662} x\u{00A0}y"
        #expect(
            Self.described(text)
                == [
                    "caf\u{E9}@0..<5", "cafe\u{301}@6..<12", "na\u{EF}ve@14..<20", "\u{E9}tude@23..<29",
                    "\u{1F600}ok@30..<36", "\u{0661}\u{0662}@37..<41", "x@42..<43", "y@45..<46",
                ])
        #expect(Words.count(in: "Caf\u{E9} CAFE\u{301}, na\u{EF}ve\u{2014}\u{00C9}tude \u{1F600}ok x\u{00A0}y") == 7)
    }

    @Test func aReplacementCharacterIsNoWord() {
        let text = String(decoding: [0x61, 0x62, 0xC3], as: UTF8.self)
        #expect(Self.described(text) == ["ab@0..<2"])
        #expect(Words.count(in: text) == 1)
    }

    @Test func aLargeStringIsReadInPlace() {
        let long = String(repeating: "Word \u{E9}t\u{E9} don\u{2019}t 1.5 ", count: 200)
        #expect(Words.tokens(in: long).count == 800)
        #expect(Words.count(in: long) == 800)
        #expect(Words.tokens(in: long)[5].text == "\u{E9}t\u{E9}")
    }

    @Test(arguments: [
        "", "  ", "Studies show", "STUDIES  Show!", "don\u{2019}t DON'T",
        "\u{00C9}T\u{00C9} Stra\u{00DF}e \u{0130}stanbul",
        "It costs 1.5 dollars, 2,000 in all", "well-known e.g. U.S.", "\u{1F600}ok \u{2014} x\u{00A0}y",
        "CAFE\u{301} \u{212A}elvin", String(decoding: [0x61, 0x62, 0xC3, 0x20, 0x63], as: UTF8.self),
        // ASCII joiners at the edges of words, doubled, or between a digit and a letter.
        "a-'b -a- 'quoted' a--b x'", "1.2.3 x.1 1.x 3, ,3 1,000.50 9.a A.B .5 5. 1..2", "e-mail's X-RAY-2 [1] (a)",
        "\t\nZ\u{7F}z_9~!@", "-", "9",
        // Runs of eight and more letters and digits, read a word at a time, next to every byte
        // around the letters and digits.
        "INTERMITTENT Fasting-Protocols 1234567890.5 ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{/:abcdefghijklmnopqrstuvwxyz",
        "Don't-STOP12345678'x 12345678,9 123456789.abc Xylophones-", "abcdefgh", "abcdefg.", ".abcdefgh-",

    ])
    func normalizedHashIsTheHashOfTheFoldedWordsJoinedBySpaces(text: String) {
        var hash = FNV1a()
        Words.hashNormalized(text, into: &hash)
        let joined = Words.tokens(in: text).map { Words.folded($0.text) }.joined(separator: " ")
        #expect(hash.value == FNV1a.hash(joined), "\(joined)")
    }
}
