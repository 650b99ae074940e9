import TestSupport
import Testing

@testable import CopydeskCore

/// A word of ASCII, Latin-1 scalars and `’` is lowercased and folded on its bytes
/// (`SentenceText.latinWord`): the strings are byte for byte those `String.lowercased()` and
/// `Words.folded` make, and a sentence of such words reads what it reads in parts.
@Suite struct SentenceTextLatinWordTests {
    /// Every Latin-1 scalar, `’`, and a few that are neither (the fast path must turn those down).
    static let scalars: [Unicode.Scalar] =
        (0x80...0xFF).compactMap { Unicode.Scalar(UInt32($0)) } + ["\u{2019}", "\u{2018}", "\u{201D}", "\u{2014}"]
        + ["\u{301}", "\u{130}", "\u{3A3}", "\u{1E9E}", "\u{212A}", "\u{24B6}", "\u{2160}", "\u{100}"]

    static func plainWord(_ bytes: [UInt8]) -> (lowered: [UInt8], folded: [UInt8]) {
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        return (Array(lowered.utf8), Array(Words.folded(lowered).utf8))
    }

    /// Each Latin-1 scalar and `’` alone and between ASCII letters of both cases: the same bytes
    /// as the general reading; any other scalar is turned down.
    @Test func eachScalarIsLoweredAndFoldedAsInGeneral() {
        for scalar in Self.scalars {
            for text in ["\(scalar)", "A\(scalar)b", "ab\(scalar)\(scalar)CD", "\(scalar)Z"] {
                let bytes = Array(text.utf8)
                let fast = bytes.withUnsafeBufferPointer { SentenceText.latinWord($0) }
                let handled = text.unicodeScalars.allSatisfy { $0.value < 0x100 || $0 == "\u{2019}" }
                #expect((fast != nil) == handled, "\(text)")
                guard let fast else { continue }
                let plain = Self.plainWord(bytes)
                #expect(Array(fast.lowered.utf8) == plain.lowered, "\(text)")
                #expect(Array(fast.folded.utf8) == plain.folded, "\(text)")
            }
        }
    }

    /// Generated words of ASCII, Latin-1 and `’` (and now and then another scalar), and
    /// sentences of them: the fast path agrees with the general reading, and a sentence read in
    /// one pass holds its tokens, words and keys as read in parts.
    @Test func generatedWordsAndSentencesReadAsInGeneral() {
        var generator = SplitMix(seed: 0x1A71_2019)
        let ascii = Array("aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'-".unicodeScalars)
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + generator.next(12)) {
                var word = ""
                for _ in 0..<(1 + generator.next(14)) {
                    switch generator.next(10) {
                    case 0..<5: word.unicodeScalars.append(ascii[generator.next(ascii.count)])
                    case 5..<8: word.unicodeScalars.append(Self.scalars[generator.next(0x80)])
                    case 8: word.unicodeScalars.append("\u{2019}")
                    default: word.unicodeScalars.append(Self.scalars[generator.next(Self.scalars.count)])
                    }
                }
                let bytes = Array(word.utf8)
                if let fast = bytes.withUnsafeBufferPointer({ SentenceText.latinWord($0) }) {
                    let plain = Self.plainWord(bytes)
                    #expect(Array(fast.lowered.utf8) == plain.lowered, "round \(round): \(word)")
                    #expect(Array(fast.folded.utf8) == plain.folded, "round \(round): \(word)")
                }
                text += word + [" ", ", ", ". ", " — "][generator.next(4)]
            }
            let read = SentenceText(text)
            let plain = SentenceTextReadingTests.plain(text)
            #expect(read.tokens.map { Array($0.text.utf8) } == plain.tokens.map { Array($0.text.utf8) }, "\(text)")
            #expect(read.words.map { Array($0.utf8) } == plain.words.map { Array($0.utf8) }, "\(text)")
            SentenceTextReadingTests.expectSame(read, plain)
        }
    }
}
