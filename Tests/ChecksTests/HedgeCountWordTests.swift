import Testing

@testable import Checks

/// `countWord` as a switch over literals gives what the array of words it replaced gave.
@Suite struct HedgeCountWordTests {
    @Test func countWordsAreThoseOfTheWordList() {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        for count in 0..<1_000 {
            #expect(countWord(count) == (count < words.count ? words[count] : String(count)))
        }
    }
}
