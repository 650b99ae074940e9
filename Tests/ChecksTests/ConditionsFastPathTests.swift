import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// `Conditions` keeps the lexicon's matches and the words named by their ending in one array,
/// rules words out by their length and last byte before reading their ending, and tells a
/// modified condition by its next word's key: the same ranges as the plain reading (the matches
/// mapped, the ending words appended, filtered by the next word's string, sorted).
@Suite struct ConditionsFastPathTests {
    /// The plain reading.
    static func reference(_ sentence: ClaimSentence, _ lexicons: ClaimLexicons) -> [Range<Int>] {
        let words = sentence.words
        var ranges = lexicons.matches(.conditions, in: sentence).map(\.tokenRange)
        let matched = ranges.count
        for (index, word) in words.enumerated() {
            guard !ranges[..<matched].contains(where: { $0.contains(index) }) else { continue }
            if MedicalLexicon.isConditionWord(word) { ranges.append(index..<(index + 1)) }
        }
        let kept = ranges.filter { range in
            range.upperBound >= words.count || !Conditions.modified.contains(words[range.upperBound])
        }
        return kept.count > 1 ? kept.sorted { $0.lowerBound < $1.lowerBound } : kept
    }

    private static let pieces = [
        "cancer", "Cancer", "heart disease", "high blood pressure", "arthritis", "Gastritis", "neuropathy",
        "melanoma", "diagnosis", "coma", "anaemia", "nostalgia", "cells", "research", "patients", "Trials",
        "drugs", "cures", "prevents", "the", "and", "a", "tea", "honey", "it", "treats", "acne", "eczema",
        "Alzheimer's", "Parkinson\u{2019}s", "caf\u{E9}itis", "na\u{EF}vety", "xitis\u{301}", "Dermat\u{ED}tis",
        "leukemias", "happy", "cinema", "ghosts", "sympathy", "arachnophobia", "myalgia", "osteoporosis",
        "symptoms", "pain", "chronic pain", "back pain", "covid-19", "care", "vaccine", "ma\u{F1}ana", "itis",
        "phobias", "stress", "foundation", "study", ",", "—", "(", ")",
    ]

    @Test func rangesAreThePlainReadings() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let policy = Policy()
        var edited = Policy()
        edited.checks.medicalClaims.common.add["conditions"] = ["stress cells", "zzz*"]
        edited.checks.medicalClaims.common.remove["conditions"] = ["cancer"]
        var compared = 0
        var nonEmpty = 0
        for round in 0..<300 {
            var sentences: [String] = []
            for _ in 0..<6 {
                let count = 1 + next(16)
                var words = (0..<count).map { _ in Self.pieces[next(Self.pieces.count)] }
                if next(3) == 0 { words.insert("cures", at: next(words.count)) }
                words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
                sentences.append(words.joined(separator: " ") + ".")
            }
            let text = sentences.joined(separator: " ")
            for policy in round % 2 == 0 ? [policy] : [edited] {
                let article = try ArticleLoader().load(
                    path: "test\(round).md", bytes: Array(text.utf8), format: .markdown)
                let lexicons = ClaimLexicons(policy: policy)
                let conditions = Conditions(policy: policy)
                for sentence in ClaimReader(policy: policy).sentences(in: article) {
                    let expected = Self.reference(sentence, lexicons)
                    #expect(conditions.ranges(in: sentence) == expected, "\(sentence.text)")
                    compared += 1
                    if !expected.isEmpty { nonEmpty += 1 }
                }
            }
        }
        #expect(compared > 1_000)
        #expect(nonEmpty > 500)
    }
}
