import TestSupport
import Testing

@testable import CopydeskCore

/// `TextScan.quotedRanges()` starts reading at the first `"` or 0xE2 byte (found by `memchr`):
/// over generated sentences of straight and curly quotes, dashes, curly apostrophes, other
/// three-byte characters starting with 0xE2 and plain words, it finds the ranges the reading
/// from the sentence's first byte finds.
@Suite struct TextScanQuotedRangesTests {
    /// `quotedRanges` read from the first byte.
    static func plainQuotedRanges(_ scan: TextScan) -> [Range<Int>] {
        let bytes = Array(scan.bytes)
        var ranges: [Range<Int>] = []
        var open: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var mark: (opens: Bool, closes: Bool, length: Int)?
            if byte == UInt8(ascii: "\"") {
                mark = (open == nil, open != nil, 1)
            } else if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { mark = (true, false, 3) }
                if bytes[index + 2] == 0x9D { mark = (false, true, 3) }
            }
            if let mark {
                if mark.opens && open == nil {
                    open = index
                } else if mark.closes, let start = open {
                    ranges.append(start..<index + mark.length)
                    open = nil
                }
                index += mark.length
            } else {
                index += 1
            }
        }
        if let start = open { ranges.append(start..<bytes.count) }
        return ranges
    }

    static let pieces = [
        "word", "Cures", "all", " ", " ", " ", ",", "\"", "“", "”", "—", "–", "’", "‘", "…", "€", "é", "e\u{301}",
        "日本", ".", "'",
    ]

    @Test(arguments: 0..<4)
    func rangesAreThoseOfTheReadingFromTheStart(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        var quoted = 0
        var none = 0
        for _ in 0..<5000 {
            var sentence = ""
            for _ in 0..<(1 + random.next(14)) { sentence += Self.pieces[random.next(Self.pieces.count)] }
            let scan = TextScan(sentence)
            let expected = Self.plainQuotedRanges(scan)
            #expect(scan.quotedRanges() == expected, "\(sentence)")
            if expected.isEmpty { none += 1 } else { quoted += 1 }
        }
        #expect(quoted > 1000 && none > 1000, "\(quoted) \(none)")
    }
}
