import TestSupport
import Testing

@testable import CopydeskCore

/// `TextScan.hasSuffix(_:_:)` reads an ASCII word's suffix on its bytes: over generated words of
/// the suffixes' letters, capitals, combining marks, accented letters, curly apostrophes, the
/// Kelvin sign, Prepend and joining characters, long runs and the empty word, it answers as
/// `String.hasSuffix` does for every suffix the detectors ask about.
@Suite struct TextScanSuffixTests {
    static let pieces = [
        "s", "S", "ss", "u", "i", "e", "d", "ed", "ED", "ing", "in", "g", "ly", "l", "y", "n", "t", "n't", "'",
        "’", "-", "year", "week", "fold", "-year", "-fold", "o", "on", "only", "é", "e\u{301}", "d\u{301}",
        "s\u{301}", "\u{301}", "\u{212A}", "ſ", "ß", "1", "日本", "\u{200D}", "\u{0600}", "\u{0D4E}", "x",
        String(repeating: "a", count: 20),
    ]

    static let suffixes: [StaticString] = [
        "ing", "ed", "ly", "s", "ss", "us", "is", "'s", "n't", "-year", "-week", "-fold",
    ]

    /// `suffix` as each reading gets it.
    static func check(_ word: String, _ suffix: StaticString) -> Bool {
        TextScan.hasSuffix(word, suffix) == word.hasSuffix(suffix.description)
    }

    @Test(arguments: 0..<4)
    func suffixIsTheStringReading(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        var matched = 0
        var other = 0
        for _ in 0..<20_000 {
            var word = ""
            for _ in 0..<random.next(5) { word += Self.pieces[random.next(Self.pieces.count)] }
            for suffix in Self.suffixes {
                #expect(Self.check(word, suffix), "\(word) \(suffix)")
                if word.hasSuffix(suffix.description) { matched += 1 } else { other += 1 }
            }
        }
        #expect(matched > 2_000 && other > 10_000, "\(matched) \(other)")
    }

    @Test func edgeCases() {
        for word in ["", "s", "ed", "ly", "n't", "e\u{301}d", "\u{0600}ed", "x\u{200D}ly", "ſ", "ı", "ss\u{301}"] {
            for suffix in Self.suffixes { #expect(Self.check(word, suffix), "\(word) \(suffix)") }
        }
    }
}
