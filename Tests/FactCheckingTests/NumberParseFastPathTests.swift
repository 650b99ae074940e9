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
            "5½", "12a", "", "a1", "1,", "100.",
        ])
    func fastParseIsThePlainReading(_ word: String) {
        let fast = NumberMention.parse(word)
        let plain = Self.plain(word)
        #expect(fast?.value == plain?.value)
        #expect(fast?.zeros == plain?.zeros)
    }
}
