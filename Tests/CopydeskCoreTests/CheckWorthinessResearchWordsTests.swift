import TestSupport
import Testing

@testable import CopydeskCore

/// `CheckWorthiness.researchTriggers` asks the words around a reference about its lists at once
/// by their keys (`ResearchWords`), and reads a word's `-year` or `-week` and a year's length on
/// its key's bytes: over generated sentences of study nouns, research phrases, articles,
/// "one", "in", years and other numbers, modifiers, calls for research, finding verbs,
/// capitals, accented and combining letters and clause punctuation, it finds the triggers the
/// string reading finds.
@Suite struct CheckWorthinessResearchWordsTests {
    /// `researchTriggers` as it read the words as strings.
    static func plainResearchTriggers(_ detector: CheckWorthiness, _ scan: TextScan) -> [CheckWorthiness.Trigger] {
        var found: [CheckWorthiness.Trigger] = []
        guard scan.hasMatch(.research) || scan.hasSomewhere(.studyNoun) else { return found }
        for match in scan.matches(.research) where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound) {
            var start = match.tokenRange.lowerBound
            if scan.word(start) == "been" && ["has", "have", "had"].contains(scan.word(start - 1)) { start -= 1 }
            if scan.isNegated(before: start) { continue }
            found.append(detector.trigger(.research, scan, start..<match.tokenRange.upperBound))
        }
        for index in 0..<scan.count where scan.has(.studyNoun, at: index) {
            if ["more", "further", "future", "additional", "ongoing", "much"].contains(scan.word(index - 1)) {
                continue
            }
            if scan.isInEmbeddedQuestion(index) { continue }
            var start = index
            var cursor = index - 1
            var modified = false
            while cursor >= 0 && cursor >= index - 4 && !scan.startsClause(cursor + 1) {
                let word = scan.word(cursor)
                if ["a", "an", "one"].contains(word) {
                    if modified || word == "one" || scan.word(cursor - 1) == "in" { start = cursor }
                    break
                }
                let isYear =
                    scan.isDigits(cursor) && scan.number(cursor).map { $0 >= 1800 && $0 < 2100 } == true
                    && word.count == 4
                if isYear || CheckWorthiness.studyModifiers.contains(word) {
                    modified = true
                } else if !word.hasSuffix("-year") && !word.hasSuffix("-week") {
                    break
                }
                cursor -= 1
            }
            var end = start < index ? index + 1 : nil as Int?
            cursor = index + 1
            while cursor < scan.count && cursor <= index + 8 && !scan.startsClause(cursor) {
                if CheckWorthiness.findingVerbs.contains(scan.word(cursor)) {
                    end = cursor + 1
                    break
                }
                cursor += 1
            }
            if let end { found.append(detector.trigger(.research, scan, start..<end)) }
        }
        return found
    }

    static let words = [
        "study", "Study", "studies", "trial", "trials", "review", "research", "meta-analysis", "a", "A", "an", "one",
        "One", "in", "In", "2019", "2022", "1750", "2150", "20190", "12", "2,019", "２０１９", "new", "recent",
        "large-scale", "10-year", "two-week", "two-WEEK", "5-years", "more", "further", "Future", "much", "has",
        "have", "Had", "been", "shown", "known", "found", "showed", "suggests", "that", "whether", "not", "no",
        "the", "of", "adults", "étude", "one\u{301}", "an\u{301}", "ha\u{301}s", "been\u{301}", "randomized",
        "Cochrane", "long", "pilot", "-year", "year", "in\u{301}",
    ]
    static let gaps = [" ", " ", " ", " ", " ", ", ", "; ", " (", " — "]

    static let before = [
        "a", "A", "an", "one", "One", "in", "In", "2019", "2022", "1750", "20190", "２０１９", "new", "recent",
        "large-scale", "10-year", "two-week", "two-WEEK", "5-years", "more", "further", "much", "randomized",
        "one\u{301}", "an\u{301}", "in\u{301}", "-year", "the", "has", "been",
    ]
    static let nouns = ["study", "Study", "studies", "trial", "trials", "review", "research", "étude"]
    static let after = ["found", "showed", "suggests", "shown", "been", "that", "of", "adults", "whether", "not"]

    /// Sentences of random words around a study noun with words that may modify it before and
    /// words that may report a finding after, so that most hold a reference and many do not.
    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var parts: [String] = []
            for _ in 0..<random.next(3) { parts.append(words[random.next(words.count)]) }
            for _ in 0..<random.next(4) { parts.append(before[random.next(before.count)]) }
            parts.append(nouns[random.next(nouns.count)])
            for _ in 0..<random.next(4) {
                parts.append(random.next(2) == 0 ? after[random.next(after.count)] : words[random.next(words.count)])
            }
            var sentence = ""
            for (index, part) in parts.enumerated() {
                if index > 0 { sentence += random.next(4) == 0 ? gaps[random.next(gaps.count)] : " " }
                sentence += part
            }
            return sentence + "."
        }
    }

    @Test(arguments: 0..<4)
    func researchTriggersAreTheStringReading(_ seed: Int) {
        let detector = CheckWorthiness()
        var triggers = 0
        var sentencesWithNone = 0
        for sentence in Self.sentences(seed: UInt64(seed), count: 3000) {
            let scan = detector.scan(sentence)
            var found: [CheckWorthiness.Trigger] = []
            detector.researchTriggers(scan, into: &found)
            let expected = Self.plainResearchTriggers(detector, scan)
            #expect(found == expected, "\(sentence)")
            triggers += expected.count
            if expected.isEmpty { sentencesWithNone += 1 }
        }
        #expect(triggers > 400 && sentencesWithNone > 300, "\(triggers) \(sentencesWithNone)")
    }

    @Test func wordSuffixIsTheStringReading() {
        let detector = CheckWorthiness()
        for sentence in Self.sentences(seed: 9, count: 2000) {
            for scan in [detector.scan(sentence), TextScan(sentence)] {
                for index in -1...scan.count {
                    for suffix: StaticString in ["-year", "-week", "s", "ed"] {
                        #expect(
                            scan.wordHasSuffix(index, suffix) == scan.word(index).hasSuffix(suffix.description),
                            "\(sentence) \(index)")
                    }
                    if index >= 0 && index < scan.count {
                        let plainYear =
                            scan.isDigits(index) && scan.number(index).map { $0 >= 1800 && $0 < 2100 } == true
                            && scan.word(index).count == 4
                        #expect(scan.isYear(index) == plainYear, "\(sentence) \(index)")
                    }
                }
            }
        }
    }
}
