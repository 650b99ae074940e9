import TestSupport
import Testing

@testable import Checks

/// `CureAllCheck.curesOutright` reads a verb's first bytes: the answers of `hasPrefix` on the
/// word's characters.
@Suite struct CureAllPrefixTests {
    @Test func prefixesReadOnBytesAreHasPrefix() {
        var random = SplitMix(state: 101)
        let pieces = [
            "c", "u", "r", "h", "e", "a", "l", "m", "d", "cur", "heal", "remed", "s", "ing", "\u{301}", "\u{327}",
            "\u{E9}", "\u{E7}", "\u{2019}", "'", "-", "\u{1F600}", "C", "R", "\u{212A}", "\u{0627}", " ",
        ]
        var outright = 0
        for _ in 0..<40_000 {
            let word = (0..<Int.random(in: 0...5, using: &random)).map { _ in
                pieces.randomElement(using: &random)!
            }.joined()
            let expected = word.hasPrefix("cur") || word.hasPrefix("heal") || word.hasPrefix("remed")
            #expect(CureAllCheck.curesOutright(word) == expected, "\(word.unicodeScalars.map(\.value))")
            for prefix: StaticString in ["cur", "heal", "remed"] {
                #expect(CureAllCheck.startsWith(word, prefix) == word.hasPrefix(prefix.description), "\(word)")
            }
            if expected { outright += 1 }
        }
        #expect(outright > 2_000)
    }
}
