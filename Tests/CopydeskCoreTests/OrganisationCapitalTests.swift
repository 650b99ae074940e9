import TestSupport
import Testing

@testable import CopydeskCore

/// A capital then a lowercase letter is neither an acronym nor an acronym's possessive: the
/// organisation names found without asking are those found asking (`organisationEnd`).
@Suite struct OrganisationCapitalTests {
    static let words =
        NamedSourceFilterTests.words + [
            "Ab's", "AbC's", "As's", "AB's", "A1's", "Xy", "A", "Mc", "aB", "Xs’s", "O'Neil", "ÀB", "Ab\u{301}c",
            "X\u{301}Y",
            "AB’s", "ABC", "A-B", "Ab-C", "US", "Us", "1A", "Health",
        ]

    /// `organisationEnd` as it read before the shortcut: the acronym tests asked of every word.
    static func plainOrganisationEnd(_ finder: EvidenceFinder, from index: Int, _ scan: TextScan) -> Int? {
        if scan.bytes[scan.tokens[index].range.lowerBound] &- UInt8(ascii: "a") < 26 { return nil }
        if index > 0 && scan.isCapitalized(index - 1) && scan.isJoinedToPrevious(index)
            && !scan.isWord(index - 1, in: CheckWorthiness.vagueCapitalized)
        {
            return nil
        }
        if scan.isAcronym(index) || finder.isAcronymPossessive(index, scan) { return index + 1 }
        guard scan.isCapitalized(index) else { return nil }
        var end = index + 1
        var words = 1
        while end < scan.count && scan.isJoinedToPrevious(end) {
            if scan.isCapitalized(end) {
                end += 1
                words += 1
            } else if ["of", "for", "and"].contains(scan.word(end)) && scan.isCapitalized(end + 1) {
                end += 2
                words += 1
            } else {
                break
            }
        }
        guard words >= 2, !scan.isWord(index, in: CheckWorthiness.vagueCapitalized) else { return nil }
        return end
    }

    @Test func organisationsAreFoundAsWhenAsked() {
        let finder = EvidenceFinder()
        var random = SplitMix(seed: 0x0E6A)
        var found = 0
        for _ in 0..<6_000 {
            var text = ""
            for index in 0..<(1 + random.next(10)) {
                if index > 0 {
                    text += NamedSourceFilterTests.punctuation[random.next(NamedSourceFilterTests.punctuation.count)]
                }
                text += Self.words[random.next(Self.words.count)]
            }
            let scan = TextScan(text + ".")
            for index in 0..<scan.count {
                let expected = Self.plainOrganisationEnd(finder, from: index, scan)
                #expect(finder.organisationEnd(from: index, scan) == expected, "\(text) at \(index)")
                found += expected == nil ? 0 : 1
            }
        }
        #expect(found > 1_000)
    }

    /// `phraseSources` asks its word lists by the word's key: the answers are the lists' by string.
    @Test func sourceWordsByKeyAreByString() {
        var random = SplitMix(seed: 0x50CE)
        let words =
            Self.words + ["researchers", "Researchers", "STUDY", "Dr", "dr", "Prof", "professor", "Professor’s"]
        for _ in 0..<3_000 {
            var text = ""
            for index in 0..<(1 + random.next(10)) { text += (index > 0 ? " " : "") + words[random.next(words.count)] }
            let scan = TextScan(text)
            for index in 0..<scan.count {
                let word = scan.words[index]
                #expect(scan.isWord(index, in: EvidenceFinder.sourceNouns) == EvidenceFinder.sourceNouns.contains(word))
                #expect(scan.isWord(index, in: EvidenceFinder.titles) == EvidenceFinder.titles.contains(word))
            }
        }
    }
}
