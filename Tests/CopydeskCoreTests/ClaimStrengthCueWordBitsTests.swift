import TestSupport
import Testing

@testable import CopydeskCore

/// `ClaimStrengthScan.cue(at:)` asks whether a cue word is an "affect" verb or an effect noun by
/// the `CueLists.affect` and `CueLists.effectNoun` bits, read with the word's other lists, not by
/// comparing the word with each of them: over generated words (the list words, their neighbours
/// by case, prefix, suffix and accent, words that are not ASCII, hyphenated words' heads), the
/// bits found by the word's key and by its string are the plain `switch` readings.
@Suite struct ClaimStrengthCueWordBitsTests {
    static let stems =
        CueLists.affectWords + CueLists.effectNouns + [
            "effective", "affection", "impacts", "benefited", "causes", "linked", "reduces", "increase", "the", "of",
            "",
        ]
    static let edits: [@Sendable (String) -> String] = [
        { $0 }, { $0.uppercased() }, { $0 + "s" }, { "x" + $0 }, { String($0.dropLast()) }, { String($0.dropFirst()) },
        { $0 + "\u{301}" }, { $0.replacingOccurrences(of: "e", with: "é") },
        { $0.replacingOccurrences(of: "a", with: "à") },
        { "café-" + $0 }, { "long-" + $0 }, { $0 + "-" }, { "ｅ" + $0 },
    ]

    static func words(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        var words = stems
        for _ in 0..<count {
            var word = stems[random.next(stems.count)]
            for _ in 0..<random.next(3) { word = edits[random.next(edits.count)](word) }
            words.append(word)
        }
        return words
    }

    @Test(arguments: 0..<4)
    func bitsAreThePlainReading(_ seed: Int) {
        var affects = 0
        var effects = 0
        let words = Self.words(seed: UInt64(seed), count: 3_000)
        let read = SentenceText(words.joined(separator: " "))
        for (index, word) in read.words.enumerated() {
            // The word itself (by its key and by its string) and a hyphenated word's head.
            for (lists, word) in [
                (CueLists.of(index, read.keys), word), (CueLists.of(word), word),
                (CueLists.of(ClaimStrengthScan.head(of: word)), ClaimStrengthScan.head(of: word)),
            ] {
                #expect(lists.contains(.affect) == isAffect(word), "\(word)")
                #expect(lists.contains(.effectNoun) == isEffectNoun(word), "\(word)")
                if lists.contains(.affect) { affects += 1 }
                if lists.contains(.effectNoun) { effects += 1 }
            }
        }
        // Both bits answer yes often (the list words come back often unedited or lowercased).
        #expect(affects > 300 && effects > 300)
    }
}

/// The plain reading of `CueLists.affect`: the switch `cue(at:)` asked before the bit.
private func isAffect(_ word: String) -> Bool {
    switch word {
    case "affects", "affected", "affect", "affecting": true
    default: false
    }
}

/// The plain reading of `CueLists.effectNoun`: the switch `cue(at:)` asked before the bit.
private func isEffectNoun(_ word: String) -> Bool {
    switch word {
    case "effect", "effects", "impact", "benefit", "benefits": true
    default: false
    }
}
