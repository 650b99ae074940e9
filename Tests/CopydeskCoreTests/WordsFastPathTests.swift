import Testing

@testable import CopydeskCore

/// `Words.asciiAlphanumericPrefix` (eight bytes tested at once) against the byte rule it stands
/// for, and word ranges read with it against the expected words.
@Suite struct WordsFastPathTests {
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func prefix(_ bytes: [UInt8]) -> Int {
        bytes.firstIndex { !isASCIIAlphanumeric($0) } ?? bytes.count
    }

    static func chunk(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }

    @Test func everyByteAtEveryPlace() {
        for position in 0..<8 {
            for byte in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(byte)
                #expect(Words.asciiAlphanumericPrefix(Self.chunk(bytes)) == Self.prefix(bytes))
                bytes = [UInt8](repeating: UInt8(byte), count: 8)
                bytes[position] = UInt8(ascii: "Z")
                #expect(Words.asciiAlphanumericPrefix(Self.chunk(bytes)) == Self.prefix(bytes))
            }
        }
    }

    @Test func mixedChunks() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("aZ09@[`{/:-'., \u{7F}".utf8) + [0x80, 0xC3, 0xE2, 0xFF, 0x00, 0x20, 0x40, 0x60]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(Words.asciiAlphanumericPrefix(Self.chunk(bytes)) == Self.prefix(bytes))
        }
    }

    @Test func longWordsAndJoinersAcrossChunks() {
        let text =
            "Supercalifragilistic antidisestablishmentarianism's well-known-ish 3,000.50 don\u{2019}t "
            + "caf\u{E9}teria ABCDEFGH12345678x\u{E9}y end."
        #expect(
            Words.tokens(in: text).map(\.text) == [
                "supercalifragilistic", "antidisestablishmentarianism's", "well-known-ish", "3,000.50",
                "don\u{2019}t", "caf\u{E9}teria", "abcdefgh12345678x\u{E9}y", "end",
            ])
        #expect(Words.count(in: text) == 8)
    }
}
