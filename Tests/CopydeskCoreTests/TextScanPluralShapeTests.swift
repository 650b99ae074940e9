import TestSupport
import Testing

@testable import CopydeskCore

/// `TextScan.isPluralShaped(_:)` and `isLyAdverbShaped(_:)` read an ASCII word on its key and bytes: over generated words
/// of `s`, other letters, capitals, combining marks, accented letters, curly apostrophes, the
/// Kelvin sign and long runs, at every index, they answer as the string readings do.
@Suite struct TextScanPluralShapeTests {
    static func plainIsPluralShaped(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    static let pieces = [
        "s", "S", "ss", "a", "t", "e", "es", "ES", "x", "’", "'", "é", "e\u{301}", "s\u{301}", "\u{212A}", "ſ",
        "ß", "-", "1", "athlete", "parent", "clas", "SS", "ſs", "ș", "日本", "ly", "LY", "l", "y", "on", "On",
        "only", "Only", "ONLY", "ý", "y\u{301}", "ł", "ly’",
    ]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var words: [String] = []
            for _ in 0..<(1 + random.next(10)) {
                var word = ""
                for _ in 0..<(1 + random.next(5)) { word += pieces[random.next(pieces.count)] }
                words.append(word)
            }
            return words.joined(separator: " ") + "."
        }
    }

    @Test(arguments: 0..<4)
    func pluralShapeIsTheStringReadings(_ seed: Int) {
        var plural = 0
        var other = 0
        var adverbs = 0
        let detector = CheckWorthiness()
        for sentence in Self.sentences(seed: UInt64(seed), count: 3000) {
            for scan in [detector.scan(sentence), TextScan(sentence)] {
                for index in 0..<scan.count {
                    let shaped = scan.isPluralShaped(index)
                    #expect(shaped == Self.plainIsPluralShaped(scan.word(index)), "\(sentence) \(index)")
                    if shaped { plural += 1 } else { other += 1 }
                    let word = scan.word(index)
                    let adverb = scan.isLyAdverbShaped(index)
                    #expect(adverb == (word.hasSuffix("ly") && word != "only"), "\(sentence) \(index)")
                    if adverb { adverbs += 1 }
                }
            }
        }
        #expect(plural > 1000 && other > 1000 && adverbs > 1000, "\(plural) \(other) \(adverbs)")
    }
}
