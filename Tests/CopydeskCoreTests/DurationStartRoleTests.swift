import TestSupport
import Testing

@testable import CopydeskCore

/// A duration tied to an outcome is found from the words' `durationStart` role (and a sentence
/// without one is passed over by the roles' union): the same trigger as looking every word up
/// in `durationStarts`.
@Suite struct DurationStartRoleTests {
    static let pieces = [
        "within", "Within", "in", "In", "after", "After", "overnight", "Overnight", "just", "only", "as", "little",
        "under", "less", "than", "a", "few", "the", "first", "6", "2.5", "three", "hours", "days", "weeks",
        "minute", "month", "effects", "side", "relief", "results", "improved", "gone", "cure", "patients", "felt",
        "took", "it", "with", "inside", "afterwards", "in-house", "withing", "overnights", ",", ".", "may",
    ]

    @Test func rolesFindTheDurationsTheSetFinds() {
        let detector = CheckWorthiness()
        var random = SplitMix(seed: 0xD0A7)
        var found = 0
        for _ in 0..<4_000 {
            var sentence = ""
            for _ in 0..<(1 + random.next(12)) {
                let piece = Self.pieces[random.next(Self.pieces.count)]
                sentence += piece == "," || piece == "." || sentence.isEmpty ? piece : " " + piece
            }
            let scan = detector.scan(SentenceText(sentence))
            #expect(scan.roles.count == scan.count)
            for index in 0..<scan.count {
                #expect(
                    scan.has(.durationStart, at: index) == scan.isWord(index, in: CheckWorthiness.durationStarts),
                    "\(sentence) at \(index)")
            }
            let fast = detector.durationWithOutcome(scan)
            #expect(fast == Self.plainDuration(detector, scan), "\(sentence)")
            if fast != nil { found += 1 }
        }
        #expect(found > 200)
    }

    /// `durationWithOutcome` as it read before the role: every word looked up in the set.
    static func plainDuration(_ detector: CheckWorthiness, _ scan: TextScan) -> CheckWorthiness.Trigger? {
        guard scan.hasSomewhere(.outcome) else { return nil }
        let hasOutcome = scan.words.indices.contains { index in
            scan.has(.outcome, at: index)
                && !(scan.words[index].hasPrefix("effect") && scan.word(index - 1) == "side")
        }
        guard hasOutcome else { return nil }
        let fillers: WordSet = ["just", "only", "as", "little", "under", "less", "than", "a", "few", "the", "first"]
        for index in 0..<scan.count {
            guard scan.isWord(index, in: CheckWorthiness.durationStarts) else { continue }
            let word = scan.word(index)
            if word == "overnight" { return detector.trigger(.statistic, scan, index..<index + 1) }
            var cursor = index + 1
            while scan.isWord(cursor, in: fillers) && cursor < index + 5 { cursor += 1 }
            if scan.number(cursor) != nil { cursor += 1 }
            let hasQuantity = cursor > index + 1 || word == "within"
            if hasQuantity && scan.isWord(cursor, in: CheckWorthiness.timeUnits) {
                if word != "within" && scan.number(cursor - 1) == nil { continue }
                return detector.trigger(.statistic, scan, index..<cursor + 1)
            }
        }
        return nil
    }
}
