import TestSupport
import Testing

@testable import CopydeskCore

/// `MedicalWordNumbers` finds a sentence's word by its key: the number a dictionary of the list's
/// distinct words (each at its first place, words equal in Swift as one) gives the word's string.
@Suite struct MedicalWordNumbersTests {
    @Test func numbersAreTheFirstPlacesOfTheWords() {
        var random = SplitMix(state: 131)
        let lists: [[String]] = [
            ["cure", "cures", "cured", "heal", "heals", "healed", "treat", "treats", "remedy", "remedies"],
            // Words that are not ASCII, a word twice, and two spellings of one word equal in Swift.
            ["caf\u{E9}", "reverse", "cafe\u{301}", "r\u{E9}verse", "reverse", "na\u{EF}ve", "ward"],
            [],
            ["x"],
        ]
        let vocabulary = [
            "cure", "Cure", "CURES", "cures", "cured", "curing", "heal", "heals", "healed", "treat", "treats",
            "remedy", "remedies", "reverse", "r\u{E9}verse", "re\u{301}verse", "caf\u{E9}", "Caf\u{E9}", "cafe\u{301}",
            "na\u{EF}ve", "ward", "x", "X", "it", "acne", "the", "a", "100%", "½", "cure\u{2019}s", ",", "cure-all",
        ]
        var found = 0
        for list in lists {
            let numbers = MedicalWordNumbers(list)
            var plain: [String: Int] = [:]
            var distinct: [String] = []
            for word in list where plain[word] == nil {
                plain[word] = distinct.count
                distinct.append(word)
            }
            #expect(numbers.words == distinct)
            for _ in 0..<1_000 {
                let text = (0..<Int.random(in: 1...16, using: &random)).map { _ in
                    vocabulary.randomElement(using: &random)!
                }.joined(separator: " ")
                let read = SentenceText(text)
                for (index, word) in read.words.enumerated() {
                    #expect(numbers.number(in: read.keys, at: index) == plain[word], "\(text) \(index)")
                    #expect(numbers.number(of: word) == plain[word], "\(word)")
                    if plain[word] != nil { found += 1 }
                }
            }
        }
        #expect(found > 2_000)
    }
}
