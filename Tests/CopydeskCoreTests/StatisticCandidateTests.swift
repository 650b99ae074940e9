import TestSupport
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

    /// A sentence with no digit and no word of the `statisticStart` role is not walked at all:
    /// `holdsDigit` finds a digit wherever the byte loop does (every byte value at every place
    /// of runs up to 40 bytes, and generated runs), and a sentence it clears has no candidate.
    @Test func sentencesWithoutDigitsOrRolesHaveNoCandidate() {
        let detector = CheckWorthiness()
        for sentence in Self.sentences() {
            let scan = detector.scan(sentence)
            let digits = scan.bytes.contains { $0 &- UInt8(ascii: "0") < 10 }
            #expect(scan.holdsDigit() == digits, "\(sentence)")
            if !digits && !scan.hasSomewhere(.statisticStart) {
                #expect(scan.firstDigitsOrRole(.statisticStart, from: 0) == scan.count, "\(sentence)")
            }
        }
        var wrong: [[UInt8]] = []
        for length in 0...40 {
            for place in 0..<max(length, 1) {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if place < length { bytes[place] = UInt8(value) }
                    let expected = bytes.contains { $0 &- UInt8(ascii: "0") < 10 }
                    if bytes.withUnsafeBufferPointer(TextScan.hasDigit) != expected { wrong.append(bytes) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        var random = SplitMix(seed: 9)
        for _ in 0..<5_000 {
            let bytes = (0..<random.next(70)).map { _ in UInt8(random.next(256)) }
            let expected = bytes.contains { $0 &- UInt8(ascii: "0") < 10 }
            #expect(bytes.withUnsafeBufferPointer(TextScan.hasDigit) == expected, "\(bytes)")
        }
    }
}
