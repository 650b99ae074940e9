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
