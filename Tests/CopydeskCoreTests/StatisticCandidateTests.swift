import Testing

@testable import CopydeskCore

/// `statisticTriggers` passes over the words that start no statistic with
/// `TextScan.firstDigitsOrRole(_:from:)`: from every place of generated sentences it finds the
/// word the word-by-word test (`isDigits` or `has(_:at:)`) finds, with the detector's roles
/// and without any.
@Suite struct StatisticCandidateTests {
    static let vocabulary = [
        "three", "half", "Millions", "doubled", "in", "by", "40%", "2019", "1.28", "½", "(12)", "500mg", "twice",
        "the", "patients", "may", "café", "it’s", "effects", "of", "a", "cases", "x", "0", "9", "third",
    ]

    static func sentences() -> [String] {
        var random = SplitMix(seed: 42)
        return ["", "7", "None here at all."]
            + (0..<200).map { _ in
                let separator = random.next(4) == 0 ? ", " : " "
                return (0..<random.next(30)).map { _ in vocabulary[random.next(vocabulary.count)] }
                    .joined(separator: separator)
            }
    }

    @Test func findsTheFirstWordTheWordByWordTestFinds() {
        let detector = CheckWorthiness()
        for sentence in Self.sentences() {
            for scan in [detector.scan(sentence), TextScan(sentence)] {
                for role in [CheckWorthiness.Roles.statisticStart, .outcome, .byIn] {
                    for start in 0...scan.count {
                        let expected =
                            (start..<scan.count).first { scan.isDigits($0) || scan.has(role, at: $0) } ?? scan.count
                        #expect(scan.firstDigitsOrRole(role, from: start) == expected, "\(sentence) from \(start)")
                    }
                }
            }
        }
    }
}
