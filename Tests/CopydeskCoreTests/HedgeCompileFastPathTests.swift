import Testing

@testable import CopydeskCore

/// The shortcuts of compiling a hedge lexicon against the general operations they stand for:
/// `HedgeDetector.sorted(_:)` (eight-byte keys for ASCII phrases) against `sorted()`, and
/// `HedgeLexicon.fold(_:)` (no lowercased copy of a lowercase ASCII pattern) against folding by
/// lowercasing and joining the pieces.
@Suite struct HedgeCompileFastPathTests {
    /// Generated phrases: shared prefixes of every length around eight bytes, spaces, brackets,
    /// stars, capitals, and (when `ascii` is false) accented and typographic characters.
    static func phrases(count: Int, seed: UInt64, ascii: Bool) -> [String] {
        var generator = Generator(seed: seed)
        let pieces =
            ["it", "is", "may", "[unknown]", "possib*", "appear", "appears", "a", "to", "some", "Some", "be", " ", "*"]
            + (ascii ? [] : ["café", "naïve", "’s", "Éclair", "e\u{301}"])
        var result = Set<String>()
        while result.count < count {
            let words = (0..<(1 + generator.next() % 5)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            result.insert(words.joined(separator: generator.next() % 7 == 0 ? "  " : " "))
        }
        return Array(result)
    }

    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    @Test func sortedAsStringsSort() {
        for seed in 1...20 as ClosedRange<UInt64> {
            for ascii in [true, false] {
                let phrases = Self.phrases(count: 50 + Int(seed) * 10, seed: seed, ascii: ascii)
                #expect(HedgeDetector.sorted(phrases) == phrases.sorted())
            }
        }
        #expect(HedgeDetector.sorted([]) == [])
        #expect(
            HedgeDetector.sorted(["", "a", "abcdefgh", "abcdefghi", "abcdefg", "abcdefgha"]) == [
                "", "a", "abcdefg", "abcdefgh", "abcdefgha", "abcdefghi",
            ])
    }

    @Test func builtInPhrasesSortedAsStrings() {
        let phrases = HedgeDetector.phrases(of: .builtIn)
        #expect(phrases == phrases.sorted())
    }

    @Test func foldAsLowercasedAndJoined() {
        for seed in 1...20 as ClosedRange<UInt64> {
            for pattern in Self.phrases(count: 60, seed: seed, ascii: seed % 2 == 0) + ["  may  be ", " It", "x "] {
                let general = pattern.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
                #expect(HedgeLexicon.fold(pattern) == general)
            }
        }
    }
}
