import Testing

@testable import CopydeskCore

/// `WordTable` compares a sentence's word with a stored one eight bytes at a time, lowercasing
/// the written bytes as it reads them: the answers are the string lookup's, wherever the word
/// stands in its sentence.
@Suite struct WordTableWrittenTests {
    @Test func lowercasesEightBytesAsItLowercasesEachByte() {
        for start in stride(from: 0, to: 128, by: 8) {
            let bytes = (start..<(start + 8)).map { UInt8($0) }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            let expected = bytes.enumerated().reduce(UInt64(0)) {
                $0 | UInt64(ASCII.lowercased($1.element)) << UInt64(8 * $1.offset)
            }
            #expect(WordTable.lowercased(word) == expected, "bytes from \(start)")
        }
    }

    @Test func findsEachWordAsItsStringIsFound() {
        let stored = ["a", "eight888", "ninechars", "zebra", "@[`{", "abcdefgh", "abcdefg", "hello", "x"]
        var table = WordTable(filtered: false)
        for word in stored { table.insert(word) }
        for sentence in [
            "Eight888 words and NINECHARS, Zebra", "a", "ABCDEFGH", "Hello WORLD abcdefgh", "X abcdefgH",
            "@[`{ and ABCDEFG x", "Zebra! zebras ZEBRA abcdefg",
        ] {
            let text = SentenceText(sentence)
            for index in text.words.indices {
                #expect(
                    table.number(in: text.keys, at: index) == table.number(of: text.words[index]),
                    "\(text.words[index]) in \(sentence)")
            }
        }
    }
}

/// A word longer than eight bytes whose slot matches (its hash, length and first eight bytes)
/// is compared byte by byte out of line: the answers stay the string lookup's for long words
/// that share their first eight bytes and length and differ after them, in any case.
@Suite struct WordTableLongWordTests {
    @Test(arguments: [false, true])
    func findsLongWordsSharingTheirFirstEightBytes(_ filtered: Bool) {
        var stored: [String] = []
        for tail in ["a", "b", "ab", "ba", "abc", "xyzzy", "tion", "tions", "ly"] {
            for head in ["abcdefgh", "treatmen", "randomiz", "zzzzzzzz"] { stored.append(head + tail) }
        }
        var table = WordTable(filtered: filtered)
        for word in stored.enumerated().filter({ $0.offset % 3 != 1 }).map(\.element) { table.insert(word) }
        var looked = 0
        for word in stored + ["abcdefgh", "treatment", "treatmenta", "randomizb", "zzzzzzzzq"] {
            for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                let text = SentenceText("So \(written) and \(written), then \(written).")
                for index in text.words.indices {
                    #expect(
                        table.number(in: text.keys, at: index) == table.number(of: text.words[index]),
                        "\(text.words[index])")
                    looked += 1
                }
            }
        }
        #expect(looked > 300)
    }
}
