import Testing

@testable import ArticleLoading

/// The word-at-a-time scans for sentence terminators and citation brackets against a byte loop.
@Suite struct ScanFastPathTests {
    static let alphabet: [UInt8] = [
        UInt8(ascii: "a"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "["), 0xE2, 0xE3,
        0xAE, 0xA1, 0x2D, 0x5B | 0x80, 0x00, 0xFF, 0x20,
    ]

    /// Texts of every length up to 20 with at most one interesting byte, then random mixes.
    static var texts: [[UInt8]] {
        var texts: [[UInt8]] = []
        for length in 0...20 {
            texts.append([UInt8](repeating: UInt8(ascii: "a"), count: length))
            for position in 0..<length {
                for byte in alphabet {
                    var text = [UInt8](repeating: UInt8(ascii: "b"), count: length)
                    text[position] = byte
                    texts.append(text)
                }
            }
        }
        var state: UInt64 = 42
        for _ in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let length = Int(state >> 58)
            texts.append(
                (0..<length).map { index in
                    alphabet[Int((state >> UInt64(index % 50)) & 0xFF) % alphabet.count]
                })
        }
        return texts
    }

    @Test func terminatorCandidatesAreThoseOfAByteLoop() {
        let candidates: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), 0xE2]
        for text in Self.texts {
            let ends = [text.count - 17, text.count - 16, text.count - 15, text.count - 1, text.count]
            for from in [0, 1, 7, 8, 9, 17] + ends where from >= 0 && from <= text.count {
                let expected = text[from...].firstIndex { candidates.contains($0) } ?? text.count
                let found = text.withUnsafeBufferPointer { SentenceSegmenter.nextCandidate($0, from: from) }
                #expect(found == expected, "\(text) from \(from)")
                #expect(SentenceSegmenter.nextCandidateInSwift(text, from: from) == expected, "\(text) from \(from)")
            }
        }
    }

    @Test func bracketsAreThoseOfAByteLoop() {
        for text in Self.texts {
            for from in [0, 1, 7, 8, 9, 17, text.count] where from <= text.count {
                let expected = text[from...].firstIndex(of: UInt8(ascii: "["))
                #expect(NumberedMarkers.nextBracket(in: text, from: from) == expected, "\(text) from \(from)")
            }
        }
    }
}
