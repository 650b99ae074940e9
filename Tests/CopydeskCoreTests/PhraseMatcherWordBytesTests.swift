import Testing

@testable import CopydeskCore

/// `PhraseMatcher` finds whole-word phrases whatever the bytes of their words: ASCII, `’` for
/// `'`, composed or decomposed accents, prefixes and wildcards.
@Suite struct PhraseMatcherWordBytesTests {
    static func found(_ phrases: [String], in text: String) -> [String] {
        PhraseMatcher(phrases).matches(in: text).map { match in
            let utf8 = Array(text.utf8)
            return "\(match.phrase)@\(match.tokenRange):" + String(decoding: utf8[match.range], as: UTF8.self)
        }
    }

    @Test func findsTheLongestASCIIEntryAtEachWord() {
        #expect(
            Self.found(["could", "could potentially", "may"], in: "It could potentially help; MAY.")
                == ["could potentially@1..<3:could potentially", "may@4..<5:MAY"])
    }

    @Test func foldsCurlyApostrophes() {
        #expect(
            Self.found(["don’t know", "can't"], in: "We don’t know and can’t say; don't know.")
                == ["don’t know@1..<3:don’t know", "can't@4..<5:can’t", "don’t know@6..<8:don't know"])
    }

    @Test func readsPrefixesAndWildcards() {
        #expect(
            Self.found(
                ["suggest*", "* studies show", "studies"], in: "Some studies show it; data suggests more studies.")
                == ["* studies show@0..<3:Some studies show", "suggest*@5..<6:suggests", "studies@7..<8:studies"])
    }

    @Test func matchesAccentsComposedOrNot() {
        let composed = "caf\u{E9} au lait"
        let decomposed = "cafe\u{301} au lait"
        #expect(Self.found([composed], in: "A \(decomposed).") == ["\(composed)@1..<4:\(decomposed)"])
        #expect(Self.found([decomposed], in: "A \(composed).") == ["\(decomposed)@1..<4:\(composed)"])
        #expect(Self.found(["\u{E9}tude"], in: "Une \u{C9}tude, une etude.") == ["\u{E9}tude@1..<2:\u{C9}tude"])
        #expect(Self.found(["na\u{EF}ve"], in: "Naive and NA\u{CF}VE.") == ["na\u{EF}ve@2..<3:NA\u{CF}VE"])
    }

    @Test func findsLongWordsAndManyEntries() {
        let entries = (0..<500).map { "word\($0) end" } + ["antidisestablishmentarianism"]
        #expect(
            Self.found(entries, in: "Word499 end, word500 end; Antidisestablishmentarianism!")
                == ["word499 end@0..<2:Word499 end", "antidisestablishmentarianism@4..<5:Antidisestablishmentarianism"])
    }
}
