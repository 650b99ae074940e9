import TestSupport
import Testing

@testable import CopydeskCore

/// The evidence readers that pass over bytes without reading each one (`superscripts` from one
/// C2 or E2 byte to the next, `mayHoldLinkOrDOI` from one `.` to the next) against the plain
/// readings, over generated texts of superscripts, dashes, curly quotes, dots and `w`s.
@Suite struct EvidenceTextSkipTests {
    static let pieces = [
        "a", "word", "trial", "m", "km", "\u{B9}", "\u{B2}", "\u{B3}", "\u{2070}", "\u{2074}", "\u{2079}", "\u{2071}",
        "\u{2014}", "\u{2013}", "\u{2019}", "\u{A0}", "\u{C2}", "\u{E9}", ".", ",", ")", ";", " ", "  ", "w", "ww",
        "www", "www.", "wWw.", "/", "x.y", "1", "2022",
    ]

    static func text(_ random: inout SplitMix) -> String {
        (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined()
    }

    /// `superscripts` as it read every byte before the skip.
    static func plainSuperscripts(_ scan: TextScan) -> [Evidence] {
        let bytes = scan.bytes
        var found: [Evidence] = []
        var index = 0
        while index < bytes.count {
            let length = EvidenceFinder.superscriptLength(bytes, at: index)
            guard length > 0 else {
                index += 1
                continue
            }
            let start = index
            var end = index
            while end < bytes.count, EvidenceFinder.superscriptLength(bytes, at: end) > 0 {
                end += EvidenceFinder.superscriptLength(bytes, at: end)
            }
            var letters = 0
            var cursor = start - 1
            while cursor >= 0 && ((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[cursor] | 0x20)) {
                letters += 1
                cursor -= 1
            }
            let afterPunctuation = start > 0 && ".,);".utf8.contains(bytes[start - 1])
            if letters >= 3 || afterPunctuation {
                found.append(
                    Evidence(
                        kind: .superscript, range: start..<end,
                        detail: String(decoding: bytes[start..<end], as: UTF8.self)))
            }
            index = end
        }
        return found
    }

    @Test func superscriptsAreThePlainReading() {
        var random = SplitMix(seed: 0x5E9)
        let finder = EvidenceFinder()
        var seen = 0
        for _ in 0..<6_000 {
            let text = Self.text(&random)
            let scan = TextScan(text)
            let expected = Self.plainSuperscripts(scan)
            seen += expected.count
            #expect(finder.superscripts(scan) == expected, "\(text)")
        }
        #expect(seen > 500)
    }

    @Test func nextSuperscriptLeadIsTheFirstC2OrE2() {
        var random = SplitMix(seed: 0x1EAD)
        for _ in 0..<2_000 {
            let bytes = Array(Self.text(&random).utf8)
            let sentence = SentenceBytes(bytes)
            for start in 0...(bytes.count + 1) {
                let expected = bytes.indices.first { $0 >= start && (bytes[$0] == 0xC2 || bytes[$0] == 0xE2) }
                let found = EvidenceFinder.nextSuperscriptLead(in: sentence, from: start)
                #expect(found == expected ?? max(start, bytes.count), "\(bytes) from \(start)")
            }
        }
    }

    @Test func linkOrDOIPrefilterIsThePlainReading() {
        var random = SplitMix(seed: 0x3333)
        var held = 0
        for _ in 0..<6_000 {
            let text = Self.text(&random)
            let expected = text.utf8.contains(UInt8(ascii: "/")) || text.contains("www.")
            if expected { held += 1 }
            #expect(EvidenceFinder.mayHoldLinkOrDOI(SentenceBytes(Array(text.utf8))) == expected, "\(text)")
        }
        #expect(held > 500)
    }
}
