import Testing

@testable import CopydeskCore

/// `CheckWorthiness.isImperative` looks the word after an imperative up in
/// `nounReadingFollowers` by its key: for every word, written in any case, with curly
/// apostrophes or bytes that are not ASCII, and past the sentence's end, it answers as the
/// `switch` over the word's string did.
@Suite struct NounReadingFollowerTests {
    static let followers = [
        "of", "is", "are", "was", "were", "has", "have", "can", "may", "will", "OF", "Is", "MAY", "wIll", "o",
        "iss", "cans", "mayo", "it’s", "can’t", "ha\u{301}s", "i\u{212A}", "was,", "are.", "have:", "", "x",
        "willing", "hasn't", "caf\u{E9}",
    ]

    @Test func theSetAnswersAsTheSwitchDid() {
        let detector = CheckWorthiness()
        for follower in Self.followers {
            for sentence in ["Use \(follower) the plan.", "Use \(follower)", "Use"] {
                for scan in [detector.scan(sentence), TextScan(sentence)] {
                    #expect(
                        scan.isWord(1, in: CheckWorthiness.nounReadingFollowers)
                            == CheckWorthiness.isNounReadingFollower(scan.word(1)), "\(sentence)")
                }
            }
        }
    }
}

extension CheckWorthiness {
    /// The `switch` the set replaces (`nounReadingFollowers` must answer as it does).
    static func isNounReadingFollower(_ word: String) -> Bool {
        switch word {
        case "of", "is", "are", "was", "were", "has", "have", "can", "may", "will": true
        default: false
        }
    }
}
