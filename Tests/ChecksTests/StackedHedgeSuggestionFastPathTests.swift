import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `StackedHedgeSuggestion.asciiLetters` reads a phrase as the letter test it replaces did.
@Suite struct StackedHedgeSuggestionFastPathTests {
    @Test(arguments: [
        "perhaps", "Perhaps", "PERHAPS", "", "may be", "it's", "caf\u{E9}", "a1", "@", "[", "`", "{", "Z", "z",
    ])
    func lettersAreReadAsBefore(_ text: String) {
        let letters =
            !text.isEmpty
            && text.utf8.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
        let result = StackedHedgeSuggestion.asciiLetters(text)
        #expect((result != nil) == letters)
        if let result { #expect(result == (text.lowercased() != text)) }
    }
}

/// A cue of lowercase ASCII letters, looked up as its bytes, is found removable as the string
/// lookup (and the letter test before it) found it.
@Suite struct StackedHedgeRemovableTests {
    static func reference(_ cue: HedgeCue) -> Bool {
        if let hasUppercase = StackedHedgeSuggestion.asciiLetters(cue.phrase) {
            return StackedHedgeSuggestion.removableWords.contains(
                hasUppercase ? cue.phrase.lowercased() : cue.phrase)
        }
        let words = Words.tokens(in: cue.phrase).map(\.text)
        if words.count == 1 { return StackedHedgeSuggestion.removableWords.contains(words[0]) }
        return cue.kind == .multiword && words.first == "it"
    }

    @Test func aLowercaseCueIsFoundAsItsStringWas() {
        var phrases = Array(StackedHedgeSuggestion.removableWords)
        phrases += phrases.map { $0.uppercased() } + phrases.map { $0.capitalized } + phrases.map { $0 + "s" }
        phrases += phrases.map { String($0.dropLast()) } + phrases.map { "it " + $0 }
        phrases += ["", "may", "could", "it seems", "it might be that", "caf\u{E9}", "perhaps!", "per-haps", "`", "{"]
        let letters = Array("abeghilmnoprstuyzAPZ@[` {'\u{E9}")
        var generator = SplitMix(seed: 2_027)
        for _ in 0..<5_000 {
            var phrase = ""
            for _ in 0..<(1 + generator.next(14)) { phrase.append(letters[generator.next(letters.count)]) }
            phrases.append(phrase)
        }
        for phrase in phrases {
            for kind in [HedgeCue.Kind.adverb, .multiword] {
                let cue = HedgeCue(kind: kind, phrase: phrase, entry: phrase, range: 0..<1)
                #expect(StackedHedgeSuggestion.isRemovable(cue) == Self.reference(cue), "\(phrase)")
            }
        }
    }
}

/// A suggestion written in one pass over the kept pieces of an ASCII clause reads as the one
/// put together, single spaced, comma-fixed and capitalized step by step.
@Suite struct StackedHedgeSuggestionRewriteTests {
    /// The suggestion as it was made before the one-pass rewrite.
    static func reference(text: String, range: Range<Int>, cues: [HedgeCue]) -> String? {
        let removable = cues.map(StackedHedgeSuggestion.isRemovable)
        let fixed = cues.indices.filter { !removable[$0] }
        guard fixed.count <= 1 else { return nil }
        let kept = fixed.first ?? 0
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var cursor = range.lowerBound
        for (index, cue) in cues.enumerated() where index != kept {
            output += bytes[cursor..<cue.range.lowerBound]
            cursor = cue.range.upperBound
        }
        output += bytes[cursor..<range.upperBound]
        var result = StackedHedgeSuggestion.singleSpaced(output)
        if StackedHedgeSuggestion.hasSpaceBeforeComma(result) {
            result = result.replacingOccurrences(of: " ,", with: ",")
        }
        if let first = bytes[range].first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
            let head = result.first, head.isLowercase
        {
            result = head.uppercased() + result.dropFirst()
        }
        return result.isEmpty ? nil : result
    }

    /// The suggestion written straight into the string's storage (at most the range's length)
    /// against the pieces put together, over generated ASCII clauses: runs of spaces, commas
    /// after spaces, capitals, hedges that can and cannot go, at every span of their cues.
    @Test func aSuggestionWrittenInPlaceIsThePiecesPutTogether() {
        let words = [
            "could", "Could", "potentially", "perhaps", "Perhaps", "possibly", "maybe", "Maybe", "may", "might",
            "suggest", "it", "It", "seems", "be", "that", "help", "drugs", "cold", "exposure", "a", "lot", "A",
            "arguably", "PERHAPS", "work", "the", "The", "x",
        ]
        let gaps = [" ", "  ", "   ", " , ", ", ", " ,", ",", " ,  "]
        var generator = SplitMix(seed: 27)
        let detector = HedgeDetector()
        var compared = 0
        for _ in 0..<1_500 {
            var text = generator.next(4) == 0 ? " " : ""
            for index in 0..<(2 + generator.next(9)) {
                if index > 0 { text += gaps[generator.next(gaps.count)] }
                text += words[generator.next(words.count)]
            }
            if generator.next(3) == 0 { text += generator.next(2) == 0 ? "." : " " }
            let cues = detector.cues(in: text)
            guard !cues.isEmpty else { continue }
            for first in cues.indices {
                for last in first..<cues.count {
                    let chosen = Array(cues[first...last])
                    let count = text.utf8.count
                    let lower = chosen[0].range.lowerBound
                    let upper = chosen[chosen.count - 1].range.upperBound
                    let around = generator.next(lower + 1)..<(upper + generator.next(count - upper + 1))
                    for range in [lower..<upper, 0..<count, around] {
                        compared += 1
                        #expect(
                            StackedHedgeSuggestion(text: text, range: range, cues: chosen).text
                                == Self.reference(text: text, range: range, cues: chosen), "\(text) \(range)")
                    }
                }
            }
        }
        #expect(compared > 3_000)
    }

    @Test func rewritesAsThePiecesPutTogetherDid() {
        let texts = [
            "It could , potentially help.", "Perhaps it could possibly , maybe  help , a lot.",
            "It might be that cold exposure could perhaps help.", "These drugs seem to possibly work.",
            "Possibly,  it could perhaps work", "  Maybe   perhaps   possibly  ", "It may suggest that it could help.",
            "Perhaps café owners could possibly help.", "Arguably\tit could, perhaps , help",
            "Possibly  ,perhaps , could", "PERHAPS it COULD potentially help",
        ]
        let detector = HedgeDetector()
        for text in texts {
            let cues = detector.cues(in: text)
            guard !cues.isEmpty else { continue }
            for first in cues.indices {
                for last in first..<cues.count {
                    let chosen = Array(cues[first...last])
                    let bounds = [
                        chosen[0].range.lowerBound..<chosen[chosen.count - 1].range.upperBound,
                        0..<text.utf8.count,
                    ]
                    for range in bounds {
                        #expect(
                            StackedHedgeSuggestion(text: text, range: range, cues: chosen).text
                                == Self.reference(text: text, range: range, cues: chosen), "\(text) \(range)")
                    }
                }
            }
        }
    }
}
