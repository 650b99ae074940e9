import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The byte-level fast paths of message text: each gives what its general path gives.
@Suite struct MessageTextTests {
    private static let texts = [
        "", " ", "Short.", "  Cold  water\thelps.\r\nA lot ",
        "Ice baths reduce muscle soreness after hard exercise in trained athletes.",
        "Ice baths, cold showers, and plunges: all of them are popular with athletes!!",
        "Cold water (in winter) is popular; with athletes, swimmers... and fans",
        "a\u{0B}b\u{0C}c\u{1F}d", String(repeating: "word ", count: 20), "Café au lait is not a cure.",
        // Another script after the ASCII start: the ASCII reading stops before it when it is long enough.
        "Ice baths reduce soreness.\u{301} After hard exercise, café", "e\u{301}e\u{301} plain words after them",
        "Plain words first, then 1\u{FE0F}\u{20E3} keycaps and \u{1F1EB}\u{1F1F7} flags",
        "Cold water helps\u{00A0}a lot\u{2028}of people who try it every winter morning",
        "ab\u{301}cd", "ab cd\u{301}", "ab,\u{301}",
        // Symbols and punctuation before a cut: only punctuation is dropped from its end.
        "Prices: $5 + $3 = $8 | ~ ^ `quoted` words_ {braces} [brackets] # more @ text \\ / end",
        "x $ x + x < x > x = x ^ x ` x | x ~ x ! x ? x % x & x * x ( x ) x - x _ x ; x : x",
    ]

    @Test func excerptsCollapseWhitespaceAndCutAtAWord() {
        #expect(Quoting.excerpt("  Cold  water\thelps.\r\nA lot ") == "Cold water helps. A lot")
        #expect(
            Quoting.excerpt("Ice baths reduce muscle soreness after hard exercise in trained athletes.")
                == "Ice baths reduce muscle soreness after hard exercise in…")
        #expect(
            Quoting.excerpt("Ice baths, cold showers, and plunges: all of them are popular with athletes!!", limit: 38)
                == "Ice baths, cold showers, and plunges…")
        #expect(Quoting.excerpt("Café  au lait is not a cure.", limit: 12) == "Café au…")
    }

    @Test func asciiExcerptsAreTheExcerptsOfTheCharacters() {
        for text in Self.texts {
            for limit in [0, 1, 2, 3, 4, 5, 10, 12, 16, 17, 18, 25, 26, 27, 38, 60, 80] {
                let ascii = Quoting.asciiExcerpt(text, limit: limit)
                if let ascii {
                    #expect(ascii == Quoting.unicodeExcerpt(text, limit: limit), "\(text) \(limit)")
                } else {
                    #expect(!text.utf8.allSatisfy({ $0 < 0x80 }))
                }
            }
        }
    }

    /// The ASCII excerpt written once into its string, against the excerpt made through an array
    /// of the collapsed bytes, over generated texts of words, whitespace of every kind,
    /// punctuation and a non-ASCII character now and then, cut at every limit up to past their ends.
    @Test func asciiExcerptsAreThoseOfTheCollapsedArray() {
        var random = SplitMix(state: 43)
        let pieces = [
            "cold", "water", "helps", "a", " ", "  ", "\t", "\r\n", "\u{0B}", ",", ".", "!!", "...", "(x)", "-", "$5",
            "_", "é", "\u{1F}", "supercalifragilistic",
        ]
        var cut = 0
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            for limit in -2...70 {
                let plain = Quoting.plainASCIIExcerpt(text, limit: limit)
                #expect(Quoting.asciiExcerpt(text, limit: limit) == plain, "\(text) \(limit)")
                if plain?.hasSuffix("…") == true { cut += 1 }
            }
        }
        #expect(cut >= 1_000)
    }

    @Test func asciiPunctuationIsWhatCharacterSays() {
        for byte in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(byte))
            #expect(
                Quoting.isASCIIPunctuationOrWhitespace(byte) == (character.isPunctuation || character.isWhitespace),
                "\(byte)")
        }
    }

    @Test func aNumberIsWhatCharacterIsNumberSays() {
        let words = ["5", "95%", "½", "٣", "a", "", "1\u{20E3}", "x1", "$5"]
        #expect(
            words.map(ClaimSentence.startsWithNumber) == [true, true, true, true, false, false, true, false, false])
        #expect(words.map(ClaimSentence.startsWithNumber) == words.map { $0.first?.isNumber == true })
    }

    @Test func aSuggestionDropsTheSpaceBeforeAComma() {
        let text = "It could , potentially help."
        let cues = HedgeDetector().cues(in: text)
        let range = cues[0].range.lowerBound..<cues[cues.count - 1].range.upperBound
        #expect(StackedHedgeSuggestion(text: text, range: range, cues: cues).text == "could,")
        #expect(StackedHedgeSuggestion.hasSpaceBeforeComma("could , in theory"))
        #expect(!StackedHedgeSuggestion.hasSpaceBeforeComma("could, in theory"))
    }

    @Test func aSuggestionIsSingleSpacedAsItsWordsJoined() {
        let texts = [
            "  could   help ", "could help", "", "   ", "a", " a  b ", "x\ty  z", "caf\u{E9}  au lait ", " \u{301}a  b",
            "end  .", "\r\n  x",
        ]
        for text in texts {
            let plain = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            #expect(StackedHedgeSuggestion.singleSpaced(Array(text.utf8)) == plain, "\(text)")
        }
    }

    @Test func aRemovableHedgeIsOneRemovableWordOrAnItFrame() {
        let phrases = [
            "Perhaps", "possibly", "POTENTIALLY", "could", "maybe", "it seems", "It might be that", "arguably,",
            "possibly’", "perhaps-not", "Seemingly", "hypothetically", "",
        ]
        for kind in [HedgeCue.Kind.adverb, .multiword] {
            for phrase in phrases {
                let cue = HedgeCue(kind: kind, phrase: phrase, entry: phrase, range: 0..<phrase.utf8.count)
                let words = Words.tokens(in: phrase).map(\.text)
                let plain =
                    words.count == 1
                    ? StackedHedgeSuggestion.removableWords.contains(words[0])
                    : kind == .multiword && words.first == "it"
                #expect(StackedHedgeSuggestion.isRemovable(cue) == plain, "\(phrase)")
            }
        }
    }
}

extension Quoting {
    /// `asciiExcerpt(_:limit:)` as an array of the collapsed bytes made it.
    static func plainASCIIExcerpt(_ text: String, limit: Int) -> String? {
        let bytes = Array(text.utf8)
        var collapsed: [UInt8] = []
        var gap = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) {
                gap = true
                continue
            }
            if gap, !collapsed.isEmpty { collapsed.append(UInt8(ascii: " ")) }
            gap = false
            collapsed.append(byte)
            if collapsed.count > limit { break }
        }
        guard collapsed.count > limit else { return String(decoding: collapsed, as: UTF8.self) }
        var cut = collapsed[..<max(0, limit)]
        if let space = cut.lastIndex(of: UInt8(ascii: " ")) { cut = cut[..<space] }
        while let last = cut.last, isASCIIPunctuationOrWhitespace(last) { cut = cut.dropLast() }
        return String(decoding: cut, as: UTF8.self) + "…"
    }
}
