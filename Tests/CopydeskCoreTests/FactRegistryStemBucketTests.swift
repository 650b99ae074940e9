import TestSupport
import Testing

@testable import CopydeskCore

/// The registry prefilter tries an ASCII word only against the prefixes of its bucket (five low
/// bits of its first two bytes), and a prefix of one byte sits in every bucket of that byte.
@Suite struct FactRegistryStemBucketTests {
    typealias Word = FactRegistryMatcher.Word

    /// Over generated registries of prefixes that share buckets ("qx", "1x", "q8" and "18": `q`
    /// and `1` differ by 0x40, as `x` and `8` do; `a` and `!` by 0x40 too), prefixes of one byte,
    /// of two, and longer than eight, and sentences of one-byte words, words with those first bytes, words
    /// in capitals and non-ASCII words: the groups' answers are the plain reading's (each word
    /// compared with each prefix by `hasPrefix`). Missing a one-byte prefix from a bucket, or
    /// bucketing a word by bytes other than its first two, fails it.
    @Test func bucketedPrefixesAreThePlainReading() {
        let stems = [
            "qx", "1x", "q8", "18", "q", "1", "x", "8", "qxz", "1xz", "ab", "a", "b", "ab!", "a!", "abcdefghij",
            "abcdefghik", "q1", "1q", "88", "xq", "z", "zz",
        ]
        let exact = ["q", "a", "ab", "1x", "zz"]
        let suffixes = ["", "", "x", "z", "8", "q", "1", "!", "bcdefghij", "é", "s"]
        let others = ["é", "ébola", "qé", "1é", "Q", "A", "AB", "QX", "the", "of", "naïve", "x"]
        var random = SplitMix(seed: 2_727)
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var compared = 0
        var matched = 0
        for _ in 0..<120 {
            let groups: [[[[Word]]]] = (0..<8).map { _ in
                (0..<(1 + random.next(3))).map { _ in
                    (0..<(1 + random.next(3))).map { _ in
                        [Word(random.next(4) == 0 ? pick(exact) : pick(stems) + "*")]
                    }
                }
            }
            let prefilter = FactRegistryPrefilter(phrases: Array(repeating: [], count: 8), groups: groups)
            for _ in 0..<50 {
                let length = random.next(10) == 0 ? 60 + random.next(20) : random.next(10)
                let sentence = (0..<length).map { _ in
                    let word = random.next(4) == 0 ? pick(others) : pick(stems + exact) + pick(suffixes)
                    return random.next(6) == 0 ? word.uppercased() : word
                }.joined(separator: " ")
                let read = SentenceText(sentence)
                var candidates = prefilter.candidates(read)
                let words = Array(read.words)
                for entry in 0..<8 {
                    let plain = groups[entry].allSatisfy { group in
                        group.contains { variant in words.contains { variant[0].matches($0) } }
                    }
                    #expect(candidates.groupsMayMatch(entry: entry) == plain, "\(sentence) \(groups[entry])")
                    compared += 1
                    if plain { matched += 1 }
                }
            }
        }
        #expect(compared == 48_000)
        #expect(matched > 5_000)
    }
}
