import TestSupport
import Testing

@testable import CopydeskCore

/// `CheckWorthiness.hasVerbContext(before:_:)` asks each word about its lists at once by its key
/// (`VerbContextWords`) and reads an ASCII word's plural shape on its key's bytes: over generated
/// sentences of modals, "to" and its licensors, `help` and its objects, "they", adverbs, plural
/// shapes and the words that only look plural, capitals, digits, accented and combining letters,
/// curly apostrophes and clause punctuation, at every word, it answers as the string reading does.
@Suite struct CheckWorthinessVerbContextTests {
    /// `hasVerbContext` as it read the words as strings.
    static func plainHasVerbContext(before index: Int, _ scan: TextScan) -> Bool {
        var cursor = index - 1
        while cursor >= 0 && !scan.startsClause(cursor + 1) {
            let word = scan.word(cursor)
            if (word.hasSuffix("ly") && word != "only") || CheckWorthiness.verbAdverbs.contains(word) {
                cursor -= 1
            } else {
                break
            }
        }
        guard cursor >= 0, !scan.startsClause(cursor + 1) else { return false }
        let word = scan.word(cursor)
        if CheckWorthiness.modals.contains(word) { return true }
        if word == "to" { return CheckWorthiness.infinitiveLicensors.contains(scan.word(cursor - 1)) }
        if ["you", "people", "patients", "them", "us"].contains(word) {
            return ["help", "helps", "helped", "helping"].contains(scan.word(cursor - 1))
        }
        if word == "they" { return true }
        guard word.count >= 4, word.hasSuffix("s"), !scan.isDigits(cursor) else { return false }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s") { return false }
        return !CheckWorthiness.notPlurals.contains(word)
    }

    static let words = [
        "can", "May", "will", "does", "help", "Helps", "helped", "helping", "to", "To", "known", "shown", "able",
        "you", "people", "patients", "them", "us", "US", "they", "They", "also", "not", "really", "clearly", "only",
        "Only", "statins", "Statins", "STATINS", "class", "virus", "analysis", "doctor's", "doctor’s", "this", "was",
        "causes", "diabetes", "news", "helps", "makes", "10s", "1990s", "cafés", "naïves", "resumés", "e\u{301}s",
        "s\u{301}", "bus", "gas", "pills", "lowers", "lower", "reduce", "the", "a", "ſs", "\u{212A}s", "abcs", "ABCS",
        "it’s", "it's", "cats’", "lys", "yes", "plus", "pass", "is", "its", "theirs", "herpes", "works",
    ]
    static let gaps = [" ", " ", " ", " ", ", ", "; ", " (", " — ", ": "]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var sentence = ""
            for index in 0..<(2 + random.next(8)) {
                if index > 0 { sentence += gaps[random.next(gaps.count)] }
                sentence += words[random.next(words.count)]
            }
            return sentence + " reduce pain."
        }
    }

    @Test(arguments: 0..<4)
    func verbContextIsTheStringReading(_ seed: Int) {
        let detector = CheckWorthiness()
        var found = 0
        var other = 0
        for sentence in Self.sentences(seed: UInt64(seed), count: 3000) {
            for scan in [detector.scan(sentence), TextScan(sentence)] {
                for index in 0...scan.count {
                    let expected = Self.plainHasVerbContext(before: index, scan)
                    #expect(detector.hasVerbContext(before: index, scan) == expected, "\(sentence) \(index)")
                    if expected { found += 1 } else { other += 1 }
                }
            }
        }
        #expect(found > 3000 && other > 3000, "\(found) \(other)")
    }
}
