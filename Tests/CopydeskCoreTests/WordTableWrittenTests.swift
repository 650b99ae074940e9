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
