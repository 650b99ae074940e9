import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `ShingleCounts.mayMatch`, which counts each text's distinct and shared keys as they go into
/// its table, against the reading that went over every shingle's slot again once the table was
/// full: the same texts kept, over generated texts of a small vocabulary (many shared
/// shingles, repeats within a text, copies of earlier texts, short and empty texts), every
/// shingle size from one to four words and thresholds from 0.01 to 1.
@Suite struct ShingleCountsTests {

    /// `mayMatch` as it read before: the table filled first, then each text's shingles' slots read.
    static func plainMayMatch(texts: [ArraySlice<WordIndex.Word>], size: Int, threshold: Double) -> [Int] {
        func count(_ words: Int) -> Int { words == 0 ? 0 : words <= size ? 1 : words - size + 1 }
        let total = texts.reduce(0) { $0 + count($1.count) }
        var tableSize = 16
        while 3 * tableSize < 4 * total { tableSize *= 2 }
        let mask = tableSize - 1
        var keys = [UInt64](repeating: 0, count: tableSize)
        var owners = [Int32](repeating: 0, count: tableSize)
        var slots: [Int] = []
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        for text in texts.indices {
            let owner = Int32(text)
            let words = Array(texts[text])
            for shingle in 0..<count(words.count) {
                var key: UInt64 = 0
                for word in shingle..<min(shingle + size, words.count) { key = key &* multiplier &+ words[word].hash }
                key = key == 0 ? 1 : key
                var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
                while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
                if keys[slot] == 0 {
                    keys[slot] = key
                    owners[slot] = owner
                } else if owners[slot] != owner {
                    owners[slot] = -1
                }
                slots.append(slot)
            }
        }
        var kept: [Int] = []
        var at = 0
        for text in texts.indices {
            let owner = Int32(text)
            let shingles = count(texts[text].count)
            var shares = false
            var own = 0
            for _ in 0..<shingles {
                let slot = slots[at]
                at += 1
                if owners[slot] == owner {
                    own += 1
                    owners[slot] = -2
                } else if owners[slot] == -1 {
                    shares = true
                }
            }
            if shares, Double(own) <= (1 - threshold + 1e-9) * Double(shingles) { kept.append(text) }
        }
        return kept
    }

    /// Texts of word hashes from `vocabulary` words, some of them edited copies of earlier ones.
    static func texts(_ random: inout SplitMix, vocabulary: Int) -> [[WordIndex.Word]] {
        var result: [[WordIndex.Word]] = []
        for _ in 0..<random.next(14) {
            if !result.isEmpty, random.next(3) == 0 {
                var copy = result[random.next(result.count)]
                for _ in 0..<random.next(4) where !copy.isEmpty {
                    copy[random.next(copy.count)] = WordIndex.Word(
                        hash: UInt64(random.next(vocabulary)), range: 0..<0)
                }
                if random.next(4) == 0 { copy.append(contentsOf: copy.prefix(random.next(6))) }
                result.append(copy)
            } else {
                result.append(
                    (0..<random.next(24)).map { _ in WordIndex.Word(hash: UInt64(random.next(vocabulary)), range: 0..<0)
                    })
            }
        }
        return result
    }

    @Test(arguments: [0.01, 0.3, 0.5, 0.8, 0.9, 1.0])
    func keptTextsAreThePlainReading(threshold: Double) {
        var random = SplitMix(seed: 0x5A1 &+ UInt64(threshold * 100))
        var kept = 0
        for round in 0..<1_500 {
            // Slices of one array of every text's words, as the word index gives them.
            let words = Self.texts(&random, vocabulary: [2, 5, 12, 40, 1_000][round % 5])
            let all = words.flatMap { $0 }
            var start = 0
            let texts = words.map { text in
                defer { start += text.count }
                return all[start..<(start + text.count)]
            }
            for size in 1...4 {
                let expected = Self.plainMayMatch(texts: texts, size: size, threshold: threshold)
                kept += expected.count
                #expect(
                    ShingleCounts.mayMatch(texts: texts, size: size, threshold: threshold) == expected,
                    "round \(round), size \(size)")
            }
        }
        #expect(kept > 1_000)
    }
}
