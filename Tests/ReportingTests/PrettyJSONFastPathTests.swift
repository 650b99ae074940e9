import CopydeskCore
import Foundation
import ReportBytes
import TestSupport
import Testing

@testable import Reporting

/// The writer's fast paths (chunk- and word-at-a-time escaping, digits into reserved room, indents
/// copied in chunks) against the plain answers they replace and against `JSONEncoder`.
@Suite struct PrettyJSONFastPathTests {
    /// How the writer quoted a string before it read eight bytes at a time: byte by byte.
    static func plainQuoted(_ value: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return out + [UInt8(ascii: "\"")]
    }

    static func quoted(_ value: String) -> [UInt8] {
        var json = PrettyJSON(capacity: 0)
        json.string(value)
        return json.bytes
    }

    /// Pieces that need escaping or that are more than one byte long.
    static let specials = [
        "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1B}", "\u{1F}", " ",
        "\u{7F}",
        "é", "\u{85}", "\u{2028}", "\u{2029}", "中", "🧪", "\u{FEFF}",
    ]

    /// A fingerprint's value is written as `stringMember` writes its sixteen hex digits.
    @Test(arguments: [0, 1, 0xF, 0xDEAD_BEEF, UInt64.max, 0x0123_4567_89AB_CDEF, 1 << 63])
    func hexMemberIsTheStringMemberOfThePaddedHex(_ value: UInt64) {
        for depth in [0, 1, 3] {
            var hex = PrettyJSON(depth: depth, capacity: 0)
            hex.beginObject()
            hex.stringMember("a", "b")
            hex.hexMember("fingerprint", value)
            hex.endObject()
            var string = PrettyJSON(depth: depth, capacity: 0)
            string.beginObject()
            string.stringMember("a", "b")
            string.stringMember("fingerprint", value.paddedHex)
            string.endObject()
            #expect(hex.bytes == string.bytes)
            #expect(hex.bytes.count > 16)
        }
    }

    @Test func everyPieceAtEveryPlaceInStringsOfEveryLengthIsEscapedAsBefore() {
        for length in 0...40 {
            let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
            #expect(Self.quoted(plain) == Self.plainQuoted(plain), "length \(length)")
            for special in Self.specials {
                for place in 0...length {
                    var text = plain
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: place))
                    #expect(
                        Self.quoted(text) == Self.plainQuoted(text),
                        "\(special.debugDescription) at \(place) of \(length)")
                }
            }
        }
    }

    @Test func stringsFullOfEscapesAndLongStringsMatchTheEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let texts = [
            String(repeating: "\"\\\n\u{1}", count: 50), String(repeating: "x", count: 10_000),
            String(repeating: "ab\u{2028}cd\u{7F}/\u{1F}", count: 300), String(repeating: "🧪é", count: 999),
        ]
        for text in texts {
            let expected = try encoder.encode([text])
            #expect(Self.quoted(text) == Array(expected.dropFirst().dropLast()))
            #expect(Self.quoted(text) == Self.plainQuoted(text))
        }
    }

    /// The bytes `copydesk_json_quoted` writes for `bytes`, in room of exactly `2 + 6 * count`
    /// bytes between guard bytes that must be left as they were; nil when one was written over.
    static func quotedByC(_ bytes: [UInt8]) -> [UInt8]? {
        let room = 2 + 6 * bytes.count
        let guardCount = 32
        var out = [UInt8](repeating: 0xA5, count: guardCount + room + guardCount)
        // The source between quotes: a byte read past either end and taken for one of the
        // string's would be escaped, or would make a clean chunk look as if it needed escaping.
        let source =
            [UInt8](repeating: UInt8(ascii: "\""), count: guardCount) + bytes
            + [UInt8](repeating: UInt8(ascii: "\""), count: guardCount)
        let count = source.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { out in
                copydesk_json_quoted_for_tests(
                    source.baseAddress! + guardCount, bytes.count, out.baseAddress! + guardCount)
            }
        }
        guard out.prefix(guardCount).allSatisfy({ $0 == 0xA5 }),
            out.suffix(guardCount).allSatisfy({ $0 == 0xA5 }), count <= room
        else { return nil }
        return Array(out[guardCount..<(guardCount + count)])
    }

    /// The plain reading of `bytes` quoted: each byte escaped where it needs to be (the bytes
    /// need not be UTF-8; `plainQuoted` reads a string's).
    static func plainQuoted(bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return out + [UInt8(ascii: "\"")]
    }

    /// A template's piece copied thirty-two bytes a step (`copyInChunkPairs`) is the piece, for
    /// every count to 100 at every offset in its source: the bytes past it that it writes are
    /// at most `chunkPairSpare - 1`, and what lies past those is left as it was.
    @Test func aPieceCopiedInPairsOfChunksIsThePiece() {
        let source = (0..<(164 + ByteBuffer.chunkPairSpare)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
        for count in 0...100 {
            for start in [0, 1, 15, 31, 64] {
                var out = [UInt8](repeating: 0, count: count + 2 * ByteBuffer.chunkPairSpare)
                let copied = source.withUnsafeBytes { source in
                    out.withUnsafeMutableBufferPointer { out in
                        ByteBuffer.copyInChunkPairs(
                            from: source.baseAddress! + start, count: count, to: out.baseAddress!)
                    }
                }
                #expect(copied == count)
                #expect(Array(out.prefix(count)) == Array(source[start..<(start + count)]), "\(count) from \(start)")
                let untouched = max(count, ByteBuffer.chunkPairSpare) + ByteBuffer.chunkPairSpare - 1
                #expect(out[untouched...].allSatisfy { $0 == 0 }, "\(count) from \(start)")
            }
        }
    }

    /// The C quoting (sixteen bytes a step, a short string's bytes as two overlapping halves)
    /// against the byte-by-byte reading: every byte value at every place of runs of harmless
    /// bytes of every length to 48 (no half, one or two halves of four and of eight, one to
    /// three chunks and the last chunk read again), writing nothing outside its room.
    @Test func theCQuotingIsTheByteByByteReadingForEveryByteAtEveryPlace() {
        for filler: UInt8 in [UInt8(ascii: "a"), 0x20, 0x7F, 0xC3] {
            for length in 0...48 {
                let plain = [UInt8](repeating: filler, count: length)
                #expect(Self.quotedByC(plain) == Self.plainQuoted(bytes: plain), "\(filler) \(length)")
                for place in 0..<length {
                    for value in 0...255 {
                        var bytes = plain
                        bytes[place] = UInt8(value)
                        #expect(
                            Self.quotedByC(bytes) == Self.plainQuoted(bytes: bytes), "\(value) at \(place) of \(length)"
                        )
                    }
                }
            }
        }
    }

    /// The C quoting against the byte-by-byte reading over generated runs of up to 100 bytes
    /// with several bytes that need escaping next to bytes just past the limits.
    @Test func theCQuotingIsTheByteByByteReadingForGeneratedBytes() {
        var generator = SplitMix(seed: 16)
        let interesting: [UInt8] = [
            0, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9F, 0xA0, 0xFF, 0x41, 0x41, 0x41, 0x41,
        ]
        for length in 0...100 {
            for _ in 0..<300 {
                let bytes = (0..<length).map { _ in interesting.randomElement(using: &generator)! }
                #expect(Self.quotedByC(bytes) == Self.plainQuoted(bytes: bytes), "\(bytes)")
            }
        }
    }

    /// Generated strings of every length up to 100 (past six chunks of sixteen bytes), mostly
    /// plain with a few pieces that need escaping or are more than one byte long, quoted as
    /// byte by byte.
    /// A finding's or claim's string read in place (`writeQuoted(at:to:)`, `writeQuoted(atOptional:to:)`,
    /// the escaping inlined in them) is quoted as byte by byte: every piece that needs escaping
    /// or is more than one byte long at every place of strings of every length to 40 (small
    /// strings, kept inside the value, and native ones), and generated strings up to 100 bytes.
    @Test func aStringReadInPlaceIsEscapedAsByteByByte() {
        func check(_ text: String) {
            let expected = Self.plainQuoted(text)
            let room = 2 + text.utf8.count * 6 + 16
            var out = [UInt8](repeating: 0xAA, count: room)
            var string = text
            let count = out.withUnsafeMutableBufferPointer { out in
                withUnsafePointer(to: &string) { PrettyJSON.writeQuoted(at: $0, to: out.baseAddress!) }
            }
            #expect(Array(out.prefix(max(count, 0))) == expected, "\(text.debugDescription)")
            var optional: String? = text
            var optionalOut = [UInt8](repeating: 0x55, count: room)
            let optionalCount = optionalOut.withUnsafeMutableBufferPointer { out in
                withUnsafePointer(to: &optional) { PrettyJSON.writeQuoted(atOptional: $0, to: out.baseAddress!) }
            }
            #expect(Array(optionalOut.prefix(max(optionalCount, 0))) == expected, "\(text.debugDescription)")
        }
        for length in 0...40 {
            let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
            check(plain)
            for special in Self.specials {
                for place in 0...length {
                    var text = plain
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: place))
                    check(text)
                }
            }
        }
        var generator = SplitMix(seed: 2026)
        let plain = Array("abcdefghijklmnopqrstuvwxyz ABC-0123456789.,;:'()/".utf8)
        for length in 0...100 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in plain.randomElement(using: &generator)! }
                var text = String(decoding: bytes, as: UTF8.self)
                for _ in 0..<Int(generator.next() % 4) {
                    let place = Int(generator.next() % UInt64(text.unicodeScalars.count + 1))
                    let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: place)
                    text.unicodeScalars.insert(
                        contentsOf: Self.specials.randomElement(using: &generator)!.unicodeScalars, at: index)
                }
                check(text)
            }
        }
    }

    @Test func generatedStringsAreEscapedAsByteByByte() {
        var generator = SplitMix(seed: 2020)
        let plain = Array("abcdefghijklmnopqrstuvwxyz ABC-0123456789.,;:'()/".utf8)
        for length in 0...100 {
            for _ in 0..<60 {
                let bytes = (0..<length).map { _ in plain.randomElement(using: &generator)! }
                var text = String(decoding: bytes, as: UTF8.self)
                for _ in 0..<Int(generator.next() % 4) {
                    let place = Int(generator.next() % UInt64(text.unicodeScalars.count + 1))
                    let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: place)
                    text.unicodeScalars.insert(
                        contentsOf: Self.specials.randomElement(using: &generator)!.unicodeScalars, at: index)
                }
                #expect(Self.quoted(text) == Self.plainQuoted(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func integersAreWrittenAsStringWritesThem() {
        var values = [0, 1, -1, 9, -9, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 1...18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]
        }
        var generator = SplitMix(seed: 7)
        values += Array(-1000...100_000)
        values += (0..<10_000).map { _ in Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 64) }
        for value in values {
            var buffer = ByteBuffer(capacity: 0)
            buffer.appendDecimal(value)
            #expect(String(decoding: buffer.array, as: UTF8.self) == String(value))
        }
        #expect(ByteBuffer.decimalLength(0) == 1)
        #expect(ByteBuffer.decimalLength(9) == 1)
        #expect(ByteBuffer.decimalLength(10) == 2)
        #expect(ByteBuffer.decimalLength(9_999_999_999_999_999_999) == 19)
        #expect(ByteBuffer.decimalLength(10_000_000_000_000_000_000) == 20)
        #expect(ByteBuffer.decimalLength(UInt.max) == 20)
    }

    /// `{"child" : [{"child" : [ … ]}]}`, `depth` objects deep.
    struct Nest: Encodable {
        var child: [Nest]
        var name: String

        static func make(depth: Int) -> Nest {
            Nest(child: depth == 0 ? [] : [make(depth: depth - 1)], name: "level \(depth)")
        }
    }

    static func write(_ nest: Nest, into json: inout PrettyJSON) {
        json.beginObject()
        json.key("child")
        json.beginArray()
        for child in nest.child {
            json.element()
            write(child, into: &json)
        }
        json.endArray()
        json.stringMember("name", nest.name)
        json.endObject()
    }

    @Test func indentsPastTheRunOfSpacesAndEmptyContainersAtEveryDepthMatchTheEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for depth in [0, 1, 15, 16, 17, 31, 32, 33, 34, 60] {
            let nest = Nest.make(depth: depth)
            var json = PrettyJSON(capacity: 0)
            Self.write(nest, into: &json)
            let bytes = json.bytes
            #expect(bytes == Array(try encoder.encode(nest)), "depth \(depth)")
        }
    }

    /// An array of two elements holding `numbers` as an object of three members (as the value
    /// of a member `a` or `b` when `asMember`), the object written by `intObject` when
    /// `onePiece`, else member by member.
    static func integerObjects(depth: Int, asMember: Bool, _ numbers: (Int, Int, Int), onePiece: Bool) -> [UInt8] {
        var json = PrettyJSON(depth: depth, capacity: 0)
        json.beginArray()
        for element in 0..<2 {
            json.element()
            if asMember {
                json.beginObject()
                json.key(element == 0 ? "a" : "b")
            }
            if onePiece {
                json.intObject(("column", numbers.0), ("line", numbers.1), ("offset", numbers.2))
            } else {
                json.beginObject()
                json.intMember("column", numbers.0)
                json.intMember("line", numbers.1)
                json.intMember("offset", numbers.2)
                json.endObject()
            }
            if asMember { json.endObject() }
        }
        json.endArray()
        return json.bytes
    }

    /// `intObject` writes what `beginObject`, three `intMember`s and `endObject` write, as a
    /// member or an array element, first or not, at every depth, for any integers.
    @Test func anIntegerObjectIsWrittenAsItsMembersOneByOne() {
        let values = [0, 7, 10, 99, 100, 12_345, 99_999_999, 100_000_000, Int.max, -1, -100_000_000, Int.min]
        for depth in 0...40 {
            for (index, value) in values.enumerated() {
                let numbers = (value, values[(index + 3) % values.count], values[(index + 7) % values.count])
                for asMember in [false, true] {
                    #expect(
                        Self.integerObjects(depth: depth, asMember: asMember, numbers, onePiece: true)
                            == Self.integerObjects(depth: depth, asMember: asMember, numbers, onePiece: false),
                        "depth \(depth), \(numbers), member \(asMember)")
                }
            }
        }
    }

    /// An object holding a `range` member (after a member `a` when `afterMember`) whose `end`
    /// and `start` objects hold `end` and `start`, written by `intObjectsMember` when
    /// `onePiece`, else member by member.
    static func rangeMember(
        depth: Int, afterMember: Bool, end: (Int, Int, Int), start: (Int, Int, Int), onePiece: Bool
    ) -> [UInt8] {
        var json = PrettyJSON(depth: depth, capacity: 0)
        json.beginObject()
        if afterMember { json.intMember("a", 1) }
        if onePiece {
            json.intObjectsMember(
                "range", "end", (("column", end.0), ("line", end.1), ("offset", end.2)), "start",
                (("column", start.0), ("line", start.1), ("offset", start.2)))
        } else {
            json.key("range")
            json.beginObject()
            for (name, numbers) in [("end", end), ("start", start)] {
                if name == "end" { json.key("end") } else { json.key("start") }
                json.beginObject()
                json.intMember("column", numbers.0)
                json.intMember("line", numbers.1)
                json.intMember("offset", numbers.2)
                json.endObject()
            }
            json.endObject()
        }
        json.stringMember("z", "after")
        json.endObject()
        return json.bytes
    }

    /// `intObjectsMember` writes what the members one by one write, first in its object or
    /// not, at every depth (past the run of spaces too), for any integers.
    @Test func aRangeMemberIsWrittenAsItsMembersOneByOne() {
        let values = [0, 7, 10, 99, 100, 12_345, 99_999_999, 100_000_000, Int.max, -1, -100_000_000, Int.min]
        for depth in 0...40 {
            for (index, value) in values.enumerated() {
                let end = (value, values[(index + 3) % values.count], values[(index + 7) % values.count])
                let start = (values[(index + 5) % values.count], value, values[(index + 1) % values.count])
                for afterMember in [false, true] {
                    let onePiece = Self.rangeMember(
                        depth: depth, afterMember: afterMember, end: end, start: start, onePiece: true)
                    let general = Self.rangeMember(
                        depth: depth, afterMember: afterMember, end: end, start: start, onePiece: false)
                    #expect(onePiece == general, "depth \(depth), \(end) \(start), after \(afterMember)")
                }
            }
        }
    }

    /// An object holding a `range` member of `range` (after a member `a` when `afterMember`),
    /// written from its template when `template`, else member by member.
    static func rangeMember(depth: Int, afterMember: Bool, _ range: SourceRange, template: Bool) -> [UInt8] {
        if !template {
            let end = (range.end.column, range.end.line, range.end.offset)
            let start = (range.start.column, range.start.line, range.start.offset)
            return rangeMember(depth: depth, afterMember: afterMember, end: end, start: start, onePiece: false)
        }
        var json = PrettyJSON(depth: depth, capacity: 0)
        json.beginObject()
        if afterMember { json.intMember("a", 1) }
        json.rangeMember(range)
        json.stringMember("z", "after")
        json.endObject()
        return json.bytes
    }

    /// `rangeMember` (from a template) writes what the members one by one write, first in its
    /// object or not, at every depth (past the templates' and the run of spaces'), for
    /// positions of every magnitude a position holds and generated ones.
    @Test func aRangeMemberFromItsTemplateIsWrittenAsItsMembersOneByOne() {
        var values = [0, 1, 9, 10, 99, 100, 12_345, 99_999_999, 100_000_000, Int(Int32.max), -1, Int(Int32.min)]
        var generator = SplitMix(seed: 31)
        values += (0..<20).map { _ in Int(generator.next() % 1_000_000) }
        for depth in 0...40 {
            for index in values.indices {
                let range = SourceRange(
                    start: SourcePosition(
                        line: values[index], column: values[(index + 3) % values.count],
                        offset: values[(index + 7) % values.count]),
                    end: SourcePosition(
                        line: values[(index + 5) % values.count], column: values[(index + 1) % values.count],
                        offset: values[(index + 11) % values.count]))
                for afterMember in [false, true] {
                    let fromTemplate = Self.rangeMember(depth: depth, afterMember: afterMember, range, template: true)
                    let general = Self.rangeMember(depth: depth, afterMember: afterMember, range, template: false)
                    #expect(fromTemplate == general, "depth \(depth), \(range), after \(afterMember)")
                }
            }
        }
    }

    @Test func theBufferKeepsWhatItHoldsAsItGrows() {
        var buffer = ByteBuffer(capacity: 0)
        var expected: [UInt8] = []
        for round in 0..<2000 {
            let piece = Array("piece \(round);".utf8)
            buffer.append(piece)
            expected += piece
            buffer.append(repeating: UInt8(ascii: " "), count: round % 7)
            expected += repeatElement(UInt8(ascii: " "), count: round % 7)
            buffer.append(UInt8(ascii: "|"))
            expected.append(UInt8(ascii: "|"))
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        var prefixed = Array("head:".utf8)
        buffer.append(to: &prefixed)
        #expect(prefixed == Array("head:".utf8) + expected)
    }
}

/// The members written in one reservation (`constantMember`, `emptyArrayMember`) against the calls they stand for, at every depth (past the run of
/// spaces too), first in their object or not; and the constant raw values against `rawValue`.
@Suite struct PrettyJSONMemberTests {
    /// `depth` objects opened, each with a member first when `after`, then `body`, then all closed.
    static func written(depth: Int, after: Bool, _ body: (inout PrettyJSON) -> Void) -> [UInt8] {
        var json = PrettyJSON()
        for _ in 0..<depth {
            json.beginObject()
            if after { json.intMember("a", 1) }
            json.key("b")
        }
        json.beginObject()
        if after { json.intMember("a", 1) }
        body(&json)
        json.endObject()
        for _ in 0..<depth { json.endObject() }
        return json.bytes
    }

    @Test(arguments: [false, true])
    func oneReservationMembersAreTheCallsTheyStandFor(_ after: Bool) {
        for depth in 0...45 {
            let constant = Self.written(depth: depth, after: after) { $0.constantMember("kind", "conditional-causal") }
            let string = Self.written(depth: depth, after: after) { $0.stringMember("kind", "conditional-causal") }
            #expect(constant == string, "depth \(depth)")
            let empty = Self.written(depth: depth, after: after) { json in
                json.emptyArrayMember("related")
                json.emptyArrayMember("suggestions")
            }
            let strings = Self.written(depth: depth, after: after) { json in
                json.key("related")
                json.beginArray()
                json.endArray()
                json.stringsMember("suggestions", [])
            }
            #expect(empty == strings, "depth \(depth)")
        }
    }

    /// `stringMember(_:at:)` (the string read in place, in one reservation with its name)
    /// writes what `stringMember` writes, at every depth, first in its object or not, for
    /// strings of every kind: empty, small, long, escaped, multi-byte, generated.
    @Test(arguments: [false, true])
    func aStringMemberReadInPlaceIsTheStringMember(_ after: Bool) {
        var texts = ["", "a", "fifteen bytes..", "sixteen bytes...", String(repeating: "long text ", count: 40)]
        texts += PrettyJSONFastPathTests.specials.map { "x\($0)y" }
        texts.append(PrettyJSONFastPathTests.specials.joined())
        var generator = SplitMix(seed: 11)
        for _ in 0..<50 {
            let length = Int(generator.next() % 120)
            let pieces = (0..<length).map { _ in PrettyJSONFastPathTests.specials.randomElement(using: &generator)! }
            texts.append(pieces.joined())
        }
        for depth in 0...45 {
            for text in texts {
                var value = text
                let inPlace = withUnsafePointer(to: &value) { pointer in
                    Self.written(depth: depth, after: after) { $0.stringMember("message", at: pointer) }
                }
                let handedOver = Self.written(depth: depth, after: after) { $0.stringMember("message", text) }
                #expect(inPlace == handedOver, "depth \(depth), \(text.debugDescription)")
            }
        }
    }

    /// A finding's section read in place (`Finding.sectionAddress`, `stringMember(_:at:)` of an
    /// optional string) writes what `stringMember` of the section writes when there is one, and
    /// nothing when there is none, at every depth, first in its object or not.
    @Test(arguments: [false, true])
    func aSectionReadInPlaceIsTheStringMemberOfTheSection(_ after: Bool) {
        let position = SourcePosition(line: 1, column: 1, offset: 0)
        let sections: [String?] = [nil, "", "Notes", "Ça \"va\"\n", String(repeating: "Long heading ", count: 9)]
        for depth in 0...45 {
            for section in sections {
                var finding = Finding(
                    rule: "r.r", category: .style, severity: .info, message: "m", match: "x",
                    range: SourceRange(start: position, end: position), section: section)
                let inPlace = withUnsafePointer(to: &finding) { pointer in
                    Self.written(depth: depth, after: after) { json in
                        json.stringMember("section", at: Finding.sectionAddress(in: pointer))
                        json.intMember("z", 2)
                    }
                }
                let handedOver = Self.written(depth: depth, after: after) { json in
                    if let section { json.stringMember("section", section) }
                    json.intMember("z", 2)
                }
                #expect(inPlace == handedOver, "depth \(depth), \(String(describing: section))")
            }
        }
    }

    /// `boolMember` writes the member as `key` and the literal's bytes lay it out, at every
    /// depth, first in its object or not, and between other members.
    @Test(arguments: [false, true])
    func aBoolMemberIsItsNameAndLiteral(_ after: Bool) {
        for depth in 0...45 {
            for value in [false, true] {
                let written = Self.written(depth: depth, after: after) { json in
                    json.boolMember("cited", value)
                    json.boolMember("hedged", !value)
                    json.intMember("z", 2)
                }
                let literal = Self.written(depth: depth, after: after) { json in
                    json.key("cited")
                    json.raw(Array((value ? "true" : "false").utf8))
                    json.key("hedged")
                    json.raw(Array((value ? "false" : "true").utf8))
                    json.intMember("z", 2)
                }
                #expect(written == literal, "depth \(depth), \(value)")
            }
        }
    }

    @Test func constantRawValuesAreTheRawValues() {
        for value in Severity.allCases { #expect("\(value.rawText)" == value.rawValue) }
        for value in CopydeskCore.Category.allCases { #expect("\(value.rawText)" == value.rawValue) }
        for value in ArticleFormat.allCases { #expect("\(value.rawText)" == value.rawValue) }
        for value in Claim.Kind.allCases { #expect("\(value.rawText)" == value.rawValue) }
        for value in Claim.Strength.allCases { #expect("\(value.rawText)" == value.rawValue) }
    }
}
