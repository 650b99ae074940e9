import CopydeskCore
import Testing

@testable import FactChecking

/// A numeral read in one pass on its bytes is the numeral `Double(_:)` reads, with the same zeros.
struct NumberParseFastPathTests {
    /// The plain reading: commas dropped, `Double(_:)`, trailing zeros of a numeral without a point.
    static func plain(_ word: String) -> (value: Double, zeros: Int)? {
        let utf8 = word.utf8
        guard let first = utf8.first, first &- UInt8(ascii: "0") < 10,
            utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
        else { return nil }
        let plain = String(decoding: utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
        guard let value = Double(plain) else { return nil }
        let zeros = plain.contains(".") ? 0 : plain.reversed().prefix { $0 == "0" }.count
        return (value, zeros)
    }

    @Test(
        arguments: [
            "25,000", "1.50", "300", "1,2,3", "0", "0.1", "0.3", "2.675", "1.", "10,0", "25,871", "1,000,000",
            "123456789012345", "1234567890123456", "0.000000000000001", "1.2.3", "007", "99.99", "3.14159265358979",
            "5½", "12a", "", "a1", "1,", "100.", "1..", "1.2.", "2020.01.05", "1,000.000.5", "12345678901234567.8.9",
            "1234567890123456.7", "192.168.0.1",
        ])
    func fastParseIsThePlainReading(_ word: String) {
        let fast = NumberMention.parse(word)
        let plain = Self.plain(word)
        #expect(fast?.value == plain?.value)
        #expect(fast?.zeros == plain?.zeros)
    }

    /// `mentions` reads a numeral on the token's bytes as written; `parse` of the lowercased word
    /// must give the same answer (letters of either case, non-ASCII characters, long numerals).
    @Test(
        arguments: [
            "25,000MG", "5MG", "5mg", "10\u{212A}", "3\u{00BD}", "1234567890123456", "12,345", "2.5X", "40%",
            "7\u{0130}",
            "1.2.3", "100.", "9\u{2019}s",
        ])
    func rawBytesReadAsTheWord(_ written: String) {
        let word = written.lowercased()
        var bytes = Array(written.utf8)
        let raw = bytes.withUnsafeMutableBufferPointer { NumberMention.fastParse(UnsafeBufferPointer($0)) }
        let read = raw ?? NumberMention.parse(word)
        let expected = NumberMention.parse(word)
        #expect(read?.value == expected?.value)
        #expect(read?.zeros == expected?.zeros)
    }

    /// The mentions of sentences whose numerals are written with capitals or other characters.
    @Test func mentionsOfWrittenNumerals() {
        let sentence = "About 25,000 Adults took 5MG daily, and 12,000 Patients saw a 40% drop in pain."
        let mentions = NumberMention.mentions(in: SentenceText(sentence), index: 0)
        #expect(mentions.map(\.text) == ["25,000 Adults", "12,000 Patients", "40%"])
        #expect(mentions.map(\.value) == [25_000, 12_000, 40])
        #expect(mentions.map(\.roundedDigits) == [3, 3, 1])
    }
}
