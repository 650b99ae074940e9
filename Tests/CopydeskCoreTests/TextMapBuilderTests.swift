import Testing

@testable import CopydeskCore

@Suite struct TextMapBuilderTests {
    /// One piece of text: its bytes and the source span it stands for.
    private typealias Piece = (bytes: [UInt8], source: Range<Int>)

    /// The map `TextMap.append` builds piece by piece, each piece decoded on its own.
    private static func appended(_ pieces: [Piece]) -> TextMap {
        var map = TextMap()
        for piece in pieces {
            map.append(String(decoding: piece.bytes, as: UTF8.self), sourceRange: piece.source)
        }
        return map
    }

    private static func built(_ pieces: [Piece]) -> TextMap {
        var builder = TextMap.Builder()
        for piece in pieces { builder.append(piece.bytes[...], sourceRange: piece.source) }
        return builder.build()
    }

    @Test func buildsTheMapThatAppendingBuilds() {
        let pieces: [Piece] = [
            (Array("Hello".utf8), 10..<15),
            (Array(" ".utf8), 15..<17),  // a CRLF line break read as a space
            (Array("wörld".utf8), 17..<23),
            (Array("&".utf8), 23..<28),  // &amp;
            (Array(" — ok".utf8), 28..<35),
            (Array("ok".utf8), 40..<42),  // verbatim, but not next to the last run in the source
            (Array("!".utf8), 42..<42),  // pinned text
        ]
        let built = Self.built(pieces)
        #expect(built == Self.appended(pieces))
        #expect(built.text == "Hello wörld& — okok!")
        #expect(built.runs.count == 7)
        #expect(built.sourceRange(of: 6..<12) == 17..<23)
    }

    @Test func aBuilderEmptiedForTheNextMapBuildsWhatANewOneBuilds() {
        let first: [Piece] = [
            (Array("Hello".utf8), 10..<15), (Array(" ".utf8), 15..<17), (Array("wörld".utf8), 17..<23),
        ]
        let second: [Piece] = [(Array("x".utf8), 30..<31), (Array("&".utf8), 31..<36), (Array("yz".utf8), 36..<38)]
        var builder = TextMap.Builder()
        for piece in first { builder.append(piece.bytes[...], sourceRange: piece.source) }
        let firstMap = builder.takingRuns()
        builder.removeAll()
        #expect(builder.isEmpty)
        builder.reserveCapacity(bytes: 8, runs: 4)
        for piece in second { builder.append(piece.bytes[...], sourceRange: piece.source) }
        #expect(firstMap == Self.built(first))
        #expect(builder.build() == Self.built(second))
        #expect(builder.takingRuns() == Self.built(second))
        builder.removeAll()
        #expect(builder.isEmpty)
        for piece in first { builder.append(piece.bytes[...], sourceRange: piece.source) }
        #expect(builder.build() == Self.built(first))
    }

    @Test func aPieceThatCutsAScalarIsRepairedOnItsOwn() {
        let dash = Array("—".utf8)  // E2 80 94
        let pieces: [Piece] = [
            (Array("a".utf8) + dash.prefix(2), 0..<3),
            (Array(dash.suffix(1)) + Array("b".utf8), 3..<5),
            (Array(dash.prefix(1)), 5..<6),
        ]
        let built = Self.built(pieces)
        #expect(built == Self.appended(pieces))
        #expect(built.text == "a\u{FFFD}\u{FFFD}b\u{FFFD}")
    }

    @Test func wholeScalarsAreRecognised() {
        let text = Array("aé—😀".utf8)  // 1, 2, 3 and 4 bytes
        #expect(TextMap.Builder.holdsWholeScalars(text[...]))
        #expect(TextMap.Builder.holdsWholeScalars(text[3...]))
        #expect(!TextMap.Builder.holdsWholeScalars(text[2...]))
        #expect(!TextMap.Builder.holdsWholeScalars(text[..<(text.count - 1)]))
        #expect(!TextMap.Builder.holdsWholeScalars(text[..<5]))
        #expect(!TextMap.Builder.holdsWholeScalars(text[7...]))
    }

    @Test func continuesAMap() {
        var map = TextMap()
        map.append("First", sourceOffset: 0)
        var builder = TextMap.Builder(map)
        builder.append(0x20, sourceRange: 5..<7)
        builder.append(Array("second".utf8)[...], sourceOffset: 7)
        map.append(" ", sourceRange: 5..<7)
        map.append("second", sourceOffset: 7)
        #expect(builder.build() == map)
        #expect(builder.bytes.last == UInt8(ascii: "d"))
        #expect(builder.sourceRange(of: 4..<8) == 4..<9)
    }
}

@Suite struct TextMapBuilderSourceRangeTests {
    /// Ranges ending at the builder's end are looked up from the last runs: the same answers as
    /// the binary search over all of them.
    @Test func rangesAtTheEndAnswerAsTheBinarySearch() {
        var state: UInt64 = 12_345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<400 {
            var builder = TextMap.Builder()
            var source = next(5)
            for _ in 0..<(1 + next(12)) {
                let length = next(4)
                let sourceLength = next(3) == 0 ? next(6) : length
                let bytes = [UInt8](repeating: 0x61, count: length)
                builder.append(bytes[...], sourceRange: source..<(source + sourceLength))
                source += sourceLength + next(3)
                let count = builder.utf8Count
                for lower in 0...count {
                    let fast = builder.sourceRange(of: lower..<count)
                    let slow = builder.build().sourceRange(of: lower..<count)
                    #expect(fast == slow, "\(lower)..<\(count)")
                }
            }
        }
    }
}

/// The builder keeps its bytes and runs in memory of its own, copied on write: maps built
/// block after block in one builder, and in copies of a builder, against `TextMap.append`.
@Suite struct TextMapBuilderStorageTests {
    @Test func blocksBuiltInOneBuilderAndItsCopiesAreTheMapsAppendingBuilds() {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let alphabet: [[UInt8]] = ["a", "b", " ", "é", "—", "😀", "xyz"].map { Array($0.utf8) }
        var builder = TextMap.Builder()
        for round in 0..<300 {
            if round % 3 == 0 { builder.reserveCapacity(bytes: next(40), runs: next(6)) }
            var reference = TextMap()
            var source = next(10)
            var copy: TextMap.Builder?
            var copyReference: TextMap?
            for step in 0..<(1 + next(20)) {
                var bytes: [UInt8] = []
                for _ in 0..<(1 + next(4)) { bytes += alphabet[next(alphabet.count)] }
                let sourceLength = next(3) == 0 ? next(8) : bytes.count
                let range = source..<(source + sourceLength)
                switch next(3) {
                case 0: bytes.withUnsafeBufferPointer { builder.append(wholeScalars: $0, sourceRange: range) }
                case 1 where bytes.count == 1: builder.append(bytes[0], sourceRange: range)
                default: builder.append(bytes[...], sourceRange: range)
                }
                reference.append(String(decoding: bytes, as: UTF8.self), sourceRange: range)
                source += sourceLength + (next(2) == 0 ? 0 : next(4))
                #expect(builder.lastByte == bytes.last)
                #expect(builder.utf8Count == reference.utf8Count)
                if step == 2 {
                    // The builder goes on while a copy holds what it had; then the copy goes on on its own.
                    copy = builder
                    copyReference = reference
                }
            }
            if var copy, var copyReference {
                copy.append(Array("copy".utf8)[...], sourceRange: 0..<4)
                copyReference.append("copy", sourceRange: 0..<4)
                #expect(copy.build() == copyReference)
            }
            let count = builder.utf8Count
            for lower in stride(from: 0, through: count, by: max(1, count / 5)) {
                #expect(builder.sourceRange(of: lower..<count) == reference.sourceRange(of: lower..<count))
            }
            #expect(builder.bytes == Array(reference.text.utf8))
            let built = round % 2 == 0 ? builder.takingRuns() : builder.build()
            #expect(built == reference)
            #expect(built.runs == reference.runs)
            builder.removeAll()
            #expect(builder.isEmpty && builder.lastByte == nil)
        }
    }
}
