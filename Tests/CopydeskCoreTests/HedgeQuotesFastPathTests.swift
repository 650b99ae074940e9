import TestSupport
import Testing

@testable import CopydeskCore

/// The quoted spans of bytes in memory of their own (`HedgeQuotes.spans(inBuffer:)`, eight bytes
/// without `"` or `0xE2` passed over with one test) are those read byte by byte
/// (`HedgeQuotes.generalSpans(in:)`).
@Suite struct HedgeQuotesFastPathTests {
    /// Pieces of text: marks whole and cut short, `0xE2` starting other characters, bytes just
    /// above and below the marks', and plain runs of several lengths.
    static let pieces: [[UInt8]] = [
        Array("\"".utf8), Array("\u{201C}".utf8), Array("\u{201D}".utf8), Array("\u{2019}".utf8),
        Array("\u{2014}".utf8), Array("\u{2022}".utf8), [0xE2], [0xE2, 0x80], [0xE2, 0x81, 0x9C], [0x21], [0x23],
        [0xE1], [0xE3], [0x80, 0x9C], Array("a".utf8), Array("may ".utf8), Array("studies suggest".utf8),
        Array("é".utf8), Array("It could be argued, perhaps. ".utf8), [0x00], [0xFF],
    ]

    @Test func spansReadEightBytesAtATimeAreTheByteReading() {
        var random = SplitMix(seed: 0x9007E)
        var total = 0
        var quoted = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(40) {
                // Mostly plain text, so that runs of eight and more bytes come between marks.
                let any = random.next(3) == 0
                bytes += any ? Self.pieces[random.next(Self.pieces.count)] : Self.pieces[14 + random.next(5)]
            }
            let general = HedgeQuotes.generalSpans(in: bytes)
            let fast = bytes.withUnsafeBufferPointer { HedgeQuotes.spans(inBuffer: $0) }
            #expect(fast == general, "\(bytes)")
            #expect(HedgeQuotes.spans(in: bytes) == general)
            #expect(HedgeQuotes.spans(in: SentenceBytes(bytes)) == general)
            total += 1
            quoted += general.count
        }
        #expect(total == 20_000)
        #expect(quoted > 1_500)
    }
}

extension HedgeQuotes {
    /// `spans(in:)` read byte by byte: what `spans(inBuffer:)` finds.
    static func generalSpans<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [Range<Int>]
    where Bytes.Index == Int {
        var spans: [Range<Int>] = []
        var straightOpen: Int?
        var curlyOpen: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if let open = straightOpen {
                    spans.append(open..<(index + 1))
                    straightOpen = nil
                } else {
                    straightOpen = index
                }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                // “ E2 80 9C opens, ” E2 80 9D closes.
                if bytes[index + 2] == 0x9C, curlyOpen == nil {
                    curlyOpen = index
                } else if bytes[index + 2] == 0x9D, let open = curlyOpen {
                    spans.append(open..<(index + 3))
                    curlyOpen = nil
                }
                index += 3
                continue
            }
            index += 1
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }
}
