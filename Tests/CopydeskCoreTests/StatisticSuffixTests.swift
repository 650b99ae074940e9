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
}
