import TestSupport
import Testing

@testable import FactChecking

/// `ReferenceFields.hasYearWord` passes eight bytes at a time over those that hold no digit
/// (`mayHoldDigit`): the test of eight bytes against each byte's, over every byte value at
/// every place, and the year found against the plain reading over long generated entries, whose
/// years stand after long stretches of letters, spaces and other bytes.
@Suite struct ReferenceYearSkipTests {
    @Test func eightBytesHoldADigitExactlyWhenOneOfThemIsOne() {
        var random = SplitMix(seed: 0xD161)
        for place in 0..<8 {
            for value in 0...255 {
                for _ in 0..<8 {
                    var bytes = (0..<8).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                    bytes[place] = UInt8(value)
                    let word = bytes.enumerated().reduce(UInt64(0)) {
                        $0 | UInt64($1.element) << (8 * UInt64($1.offset))
                    }
                    let expected = bytes.contains { $0 &- UInt8(ascii: "0") < 10 }
                    #expect(ReferenceFields.mayHoldDigit(word) == expected, "\(bytes)")
                }
            }
        }
    }

    /// Whether a word of four digits from 1800 to 2099 starts at `start` or later, as
    /// `forEachASCIIWord` splits the words.
    static func plainHasYearWord(_ bytes: [UInt8], from start: Int) -> Bool {
        var found = false
        ReferenceFields.forEachASCIIWord(bytes) { word in
            if word.lowerBound >= start, word.count == 4, bytes[word].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
                (1800...2099).contains(Int(String(decoding: bytes[word], as: UTF8.self))!)
            {
                found = true
                return false
            }
            return true
        }
        return found
    }

    @Test func yearsAfterLongStretchesAreThePlainReading() {
        let pieces = [
            "calorie restriction with or without ", "liu d, et al. ", "n engl j med. ", "2022", "1799", "2100", "202",
            "20211", "1", "0", ";386(16):1495-1504.", "x-", "-", "'", ".", ",", " ", "abcdefgh", "\u{E9}", "a1",
            "1a", "19", "99", "2,0", "0.2",
        ]
        var random = SplitMix(seed: 0x1EA5)
        var years = 0
        for _ in 0..<4_000 {
            let text = (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined().lowercased()
            let bytes = Array(text.utf8)
            // The year reading is given a word's end, or 0.
            var ends: [Int] = [0]
            ReferenceFields.forEachASCIIWord(bytes) { word in
                ends.append(word.upperBound)
                return true
            }
            bytes.withUnsafeBufferPointer { buffer in
                for from in ends {
                    let expected = Self.plainHasYearWord(bytes, from: from)
                    if expected { years += 1 }
                    #expect(ReferenceFields.hasYearWord(buffer, from: from) == expected, "\(from): \(text)")
                }
            }
        }
        #expect(years > 300)
    }
}
