import Testing

@testable import CopydeskCore

/// A statistic's unit suffix, read on bytes for an ASCII word, is what dropping its leading
/// number characters gives.
@Suite struct StatisticSuffixTests {
    @Test(arguments: ["500mg", "2,000kcal", "1.5g", "40", "mg", "", "3-fold", "12½mg", "٣mg", "10µg", ".5ml", "7,"])
    func suffixMatchesTheCharacterReading(_ word: String) {
        let plain = word.drop { $0.isNumber || $0 == "." || $0 == "," }
        #expect(CheckWorthiness.afterDigits(word) == plain)
    }

    @Test func asciiSuffixes() {
        #expect(CheckWorthiness.afterDigits("500mg") == "mg")
        #expect(CheckWorthiness.afterDigits("2,000") == "")
        #expect(CheckWorthiness.afterDigits("3-fold") == "-fold")
    }

    /// A token of digits, points and commas only is a plain number: nothing follows its digits.
    @Test(arguments: ["500", "2,000", "1.5", "7,", ".5", "500mg", "3-fold", "12½", "40%", "2019"])
    func plainNumberHasNoSuffix(_ word: String) {
        let bytes = Array(word.utf8)
        if CheckWorthiness.isPlainNumber(SentenceBytes(bytes), 0..<bytes.count) {
            #expect(CheckWorthiness.afterDigits(word).isEmpty)
            #expect(!word.hasSuffix("-fold"))
        } else {
            #expect(!word.isEmpty && !word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        }
    }

    /// The statistics found from numbers and from number words, units and suffixes written in
    /// every way the statistic reader skips or reads (`isPlainNumber`, the `statisticStart` role).
    @Test(arguments: [
        ("It has 500 mg of caffeine.", ["500 mg"]), ("It has 500mg of caffeine.", ["500mg"]),
        ("It has 500MG of caffeine.", ["500MG"]), ("A 3-fold rise.", ["3-fold"]), ("A 3-FOLD rise.", ["3-FOLD"]),
        ("About 2,000 calories a day.", ["2,000 calories"]), ("It rose 40 % in 2019.", ["40 %"]),
        ("Twice as likely.", ["Twice as"]), ("Half of adults snore.", ["Half of adults"]),
        ("Millions of people snore.", ["Millions of people"]),
        ("It cut deaths in half.", ["in half"]), ("One in four adults.", ["One in four"]),
        ("In 2019, 300 patients took part.", ["300 patients"]), ("Only 12½mg a day.", ["12½mg"]),
        ("It costs 1.5 million dollars.", ["1.5 million"]), ("The 2019 guidance.", []),
        // Counts of people read across numbers and "and" only (the search stops at another word).
        ("In all, 300 and 200 patients joined.", ["300 and 200 patients"]),
        ("We saw 12 two patients.", ["12 two patients"]), ("The 40 new patients came.", []),
        ("About 7 and patients.", ["7 and patients"]), ("Some 30 of 40 patients.", ["40 patients"]),
    ])
    func statistics(_ sentence: String, _ cues: [String]) {
        let found = CheckWorthiness().triggers(in: sentence).filter { $0.kind == .statistic }.map(\.cue)
        #expect(found == cues)
    }
}
