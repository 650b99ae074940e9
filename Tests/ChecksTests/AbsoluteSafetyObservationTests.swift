import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `AbsoluteSafetyCheck.reportsObservation(after:in:)` looks the words after a match up by their
/// keys: the answers of comparing their strings, as the check read them before.
@Suite struct AbsoluteSafetyObservationTests {
    /// The plain reading: an array of the auxiliaries, the words compared as strings.
    static func plain(after next: Int, in sentence: ClaimSentence) -> Bool {
        let words = Array(sentence.words)
        guard next + 1 < words.count, ["were", "was", "have", "has"].contains(words[next]) else { return false }
        let verb = words[next + 1] == "been" && next + 2 < words.count ? next + 2 : next + 1
        return AbsoluteSafetyCheck.reportingVerbs.contains(words[verb])
    }

    @Test func observationsAreThePlainReadings() throws {
        var random = SplitMix(state: 97)
        let vocabulary = [
            "no", "side", "effects", "were", "Were", "was", "have", "HAS", "has", "been", "Been", "reported",
            "observed", "seen", "found", "noted", "Recorded", "detected", "occurred", "completely", "safe", "it", "is",
            "w\u{E9}re", "bee\u{301}n", "the", "in", "patients", "100%", ",",
        ]
        var reported = 0
        var compared = 0
        for _ in 0..<300 {
            let sentences = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...12, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
                    .joined(separator: " ") + "."
            }
            let text = sentences.joined(separator: " ")
            let article = try ArticleLoader().load(path: "a.md", bytes: Array(text.utf8), format: .markdown)
            for sentence in ClaimReader(policy: Policy()).sentences(in: article) {
                for next in 0...sentence.words.count {
                    let expected = Self.plain(after: next, in: sentence)
                    #expect(
                        AbsoluteSafetyCheck.reportsObservation(after: next, in: sentence) == expected, "\(text) \(next)"
                    )
                    if expected { reported += 1 }
                    compared += 1
                }
            }
        }
        #expect(compared > 2_000)
        #expect(reported > 50)
    }
}
