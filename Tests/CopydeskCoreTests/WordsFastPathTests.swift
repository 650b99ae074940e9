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

    /// Word ranges as the byte-by-byte reading found them before the eight-byte scans: every
    /// byte tested on its own, the byte a word ended at tested again.
    static func slowWordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        func scalarLength(_ lead: UInt8) -> Int {
            switch lead {
            case 0..<0x80: 1
            case 0xC0..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0...0xFF: 4
            default: 1
            }
        }
        func wordByteLength(_ index: Int) -> Int {
            let byte = bytes[index]
            if byte < 0x80 { return isASCIIAlphanumeric(byte) ? 1 : 0 }
            let length = scalarLength(byte)
            guard length > 1, index + length <= bytes.count else { return 0 }
            var value = UInt32(byte) & (0xFF >> UInt32(length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let properties = scalar.properties
            let isWord =
                properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.isEmojiPresentation
            return isWord ? length : 0
        }
        func joinerLength(_ index: Int) -> Int {
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            switch bytes[index] {
            case UInt8(ascii: "'"), UInt8(ascii: "-"): return 1
            case UInt8(ascii: "."), UInt8(ascii: ","):
                return index > 0 && digits.contains(bytes[index - 1]) && index + 1 < bytes.count
                    && digits.contains(bytes[index + 1]) ? 1 : 0
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99: return 3
            default: return 0
            }
        }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard wordByteLength(index) > 0 else {
                index += max(1, scalarLength(bytes[index]))
                continue
            }
            let start = index
            while index < bytes.count {
                let length = wordByteLength(index)
                if length > 0 {
                    index += length
                    continue
                }
                let joiner = joinerLength(index)
                if joiner > 0, index + joiner < bytes.count, wordByteLength(index + joiner) > 0 {
                    index += joiner
                    continue
                }
                break
            }
            ranges.append(start..<index)
        }
        return ranges
    }

    static func fastWordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        let room = Words.maxWordCount(ofByteCount: bytes.count)
        return [Range<Int>](unsafeUninitializedCapacity: room) { ranges, count in
            count = bytes.withUnsafeBufferPointer { Words.writeWordRanges(of: $0, to: ranges.baseAddress!) }
            #expect(count <= room)
        }
    }

    /// Every byte value at every place of texts whose words end at, run across and join at
    /// eight-byte boundaries, read by the fast path and by the byte-by-byte one.
    @Test func wordRangesWithEveryByteAtEveryPlace() {
        let templates = [
            "ab cdefgh ijklmnopq r-s 1.5 t’u v,w 3,0 x'y", "abcdefg. hijklmn- opq’ 12. 3 ,4 z", "a b c d e f g h i j k",
            "abcdefghijklmnopqrstuvwxyz0123456789", "caf\u{E9} na\u{EF}ve \u{1F642} \u{2014} \u{212A}elvin e\u{301}",
        ]
        for template in templates {
            let base = Array(template.utf8)
            for position in base.indices {
                for byte in 0...255 {
                    var bytes = base
                    bytes[position] = UInt8(byte)
                    #expect(Self.fastWordRanges(bytes) == Self.slowWordRanges(bytes), "\(template) \(position) \(byte)")
                }
            }
        }
    }

    /// Random mostly-ASCII texts (words, joiners and the bytes between `'` and `.` around them,
    /// now and then a byte of 0x80 or more) of every length up to 100, read eight bytes at a time
    /// (`forEachASCIIWordRange`, then the byte loop from where it stopped) and byte by byte.
    @Test func asciiGroupsAgreeWithTheByteLoop() {
        var generator = SystemRandomNumberGenerator()
        let common: [UInt8] = Array("abcdeZ059 ' - . , ( ) * + ; \n".utf8) + [0x00, 0x7F, 0x26, 0x2F]
        let rare: [UInt8] = Array("\u{2019}\u{E9}\u{2014}".utf8) + [0x80, 0xC3, 0xE2, 0xFF]
        for length in 0...100 {
            for round in 0..<200 {
                let bytes = (0..<length).map { _ in
                    round % 2 == 0 || Int.random(in: 0..<40, using: &generator) > 0
                        ? common.randomElement(using: &generator)! : rare.randomElement(using: &generator)!
                }
                #expect(Self.fastWordRanges(bytes) == Self.slowWordRanges(bytes), "\(bytes)")
            }
        }
    }

    /// Random texts of word bytes, joiners, spaces and stray or partial UTF-8, at every length
    /// up to 40: as many words as the room allows (one every other byte) included.
    @Test func wordRangesOfRandomTexts() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("aZ9 .,'-\u{2019}\u{E9}".utf8) + [0x80, 0xC3, 0xE2, 0xFF, 0x00, 0x99]
        for length in 0...40 {
            for _ in 0..<300 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                #expect(Self.fastWordRanges(bytes) == Self.slowWordRanges(bytes), "\(bytes)")
            }
            let alternating = (0..<length).map { $0 % 2 == 0 ? UInt8(ascii: "a") : UInt8(ascii: " ") }
            #expect(Self.fastWordRanges(alternating).count == Words.maxWordCount(ofByteCount: length))
        }
    }
}
