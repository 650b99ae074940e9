import Testing

@testable import CopydeskCore

/// A map built with one run keeps it in the map (`TextMap.soleRun`), not in an array: over many
/// generated maps, built and continued, the map answers as the one `TextMap.append` builds.
@Suite struct TextMapSoleRunTests {
    @Test func mapsWithASoleRunAnswerAsAppendedMaps() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let alphabet: [[UInt8]] = ["a", "b", " ", "é", "—", "😀", "xyz"].map { Array($0.utf8) }
        var builder = TextMap.Builder()
        var sole = 0
        for round in 0..<2_000 {
            var reference = TextMap()
            var source = next(10)
            // Mostly verbatim pieces that follow one another: one run, as most blocks.
            for _ in 0..<(next(4)) {
                var bytes: [UInt8] = []
                for _ in 0..<(1 + next(4)) { bytes += alphabet[next(alphabet.count)] }
                let sourceLength = next(6) == 0 ? next(8) : bytes.count
                let range = source..<(source + sourceLength)
                builder.append(bytes[...], sourceRange: range)
                reference.append(String(decoding: bytes, as: UTF8.self), sourceRange: range)
                source += sourceLength + (next(6) == 0 ? 1 : 0)
            }
            let built = round % 2 == 0 ? builder.takingRuns() : builder.build()
            builder.removeAll()
            Self.expectSame(built, reference, built: true)
            if built.soleRun != nil { sole += 1 }
            // Continued: by a builder made of it, and by appending to it.
            var continued = TextMap.Builder(built)
            var appended = built
            var continuedReference = reference
            for _ in 0..<(next(3)) {
                let bytes = alphabet[next(alphabet.count)]
                let range = source..<(source + (next(4) == 0 ? 3 : bytes.count))
                continued.append(bytes[...], sourceRange: range)
                appended.append(String(decoding: bytes, as: UTF8.self), sourceRange: range)
                continuedReference.append(String(decoding: bytes, as: UTF8.self), sourceRange: range)
                source = range.upperBound
            }
            Self.expectSame(continued.build(), continuedReference, built: true)
            Self.expectSame(appended, continuedReference, built: false)
        }
        #expect(sole > 500)
    }

    /// `map` answers as `reference` (whose runs are in an array): equal, hashed alike, the same
    /// runs however read, and every text range mapped to the same source range. A `built` map
    /// (by a builder) keeps a sole run in the map; one appended to keeps its runs in the array
    /// (or its sole run, when nothing was appended).
    private static func expectSame(_ map: TextMap, _ reference: TextMap, built: Bool) {
        #expect(map == reference)
        #expect(map.hashValue == reference.hashValue)
        #expect(map.runs == reference.runs)
        #expect(map.withRuns { Array($0) } == reference.runs)
        if built { #expect((map.soleRun != nil) == (reference.runs.count == 1)) }
        #expect(map.soleRun == nil || map.manyRuns.isEmpty)
        let count = map.utf8Count
        #expect(count == reference.utf8Count && map.text == reference.text)
        for lower in 0...count {
            #expect(map.sourceOffset(forStart: lower) == reference.sourceOffset(forStart: lower))
            #expect(map.sourceOffset(forEnd: lower) == reference.sourceOffset(forEnd: lower))
            for upper in lower...count {
                #expect(map.sourceRange(of: lower..<upper) == reference.sourceRange(of: lower..<upper))
            }
        }
    }
}
