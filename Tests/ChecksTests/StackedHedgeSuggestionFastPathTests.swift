import CopydeskCore
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
