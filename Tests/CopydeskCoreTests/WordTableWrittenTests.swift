import TestSupport
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
            #expect(ASCII.lowercased(word) == expected, "bytes from \(start)")
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

/// `WordTable` answers a word's key from its first slot when it can (an empty slot, or a word
/// of eight bytes or fewer matched on it) and probes on out of line otherwise: over many
/// generated tables and sentences, crowded with words that share slots, the answers are those
/// of a dictionary of the stored words and of the string lookup.
@Suite struct WordTableFirstSlotTests {
    @Test(arguments: [false, true])
    func answersAsADictionaryOfTheStoredWords(_ filtered: Bool) {
        var generator = SplitMix(seed: filtered ? 7 : 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEZ-'0123")
        func word(_ length: Int) -> String {
            String((0..<length).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
        }
        var looked = 0
        for round in 0..<40 {
            // Tables from a handful of words to a few hundred, of lengths around eight bytes.
            let size = 1 + Int(generator.next() % UInt64(round < 20 ? 12 : 400))
            var stored: [String: Int] = [:]
            var table = WordTable(filtered: filtered, capacity: round % 2 == 0 ? 0 : size)
            for _ in 0..<size {
                let candidate = word(1 + Int(generator.next() % 12)).lowercased()
                let number = table.insert(candidate).number
                if stored[candidate] == nil { stored[candidate] = number }
            }
            let known = Array(stored.keys)
            for _ in 0..<20 {
                // Half the words stored ones (some in capitals), half new ones.
                let words = (0..<8).map { _ -> String in
                    guard generator.next() % 2 == 0, !known.isEmpty else { return word(1 + Int(generator.next() % 12)) }
                    let stored = known[Int(generator.next() % UInt64(known.count))]
                    return generator.next() % 3 == 0 ? stored.uppercased() : stored
                }
                let text = SentenceText(words.joined(separator: " "))
                for index in text.words.indices {
                    let expected = stored[text.words[index]]
                    #expect(table.number(in: text.keys, at: index) == expected, "\(text.words[index])")
                    #expect(table.number(of: text.words[index]) == expected, "\(text.words[index])")
                    looked += 1
                }
            }
        }
        #expect(looked > 5_000)
    }

}
