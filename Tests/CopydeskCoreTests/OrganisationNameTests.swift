import TestSupport
import Testing

@testable import CopydeskCore

/// An organisation's name is read to its end before its first word is looked up among the vague
/// capitalised words (only for a name of two words or more): the same end as the reading that
/// looked the word up first.
@Suite struct OrganisationNameTests {
    static let pieces = [
        "The", "Some", "Experts", "American", "Heart", "Association", "of", "for", "and", "the", "on", "CDC",
        "WHO's", "NIH’s", "Mayo", "Clinic", "Many", "Researchers", "reports", "says", "data", "found", "has",
        "also", "1", "2022", "Harvard", "University", "A", "I", "US", "Studies", "Doctors", "it", ",", ".", "(",
        "Dr.", "Lee", "A1C",
    ]

    @Test func namesEndWhereTheVagueFirstReadingEnds() {
        let finder = EvidenceFinder()
        var random = SplitMix(seed: 0x0A6E)
        var names = 0
        for _ in 0..<3_000 {
            var sentence = ""
            for _ in 0..<(1 + random.next(10)) {
                let piece = Self.pieces[random.next(Self.pieces.count)]
                sentence += piece == "," || piece == "." || sentence.isEmpty ? piece : " " + piece
            }
            let scan = TextScan(sentence)
            for index in 0..<scan.count {
                let end = finder.organisationEnd(from: index, scan)
                #expect(end == Self.plainOrganisationEnd(finder, from: index, scan), "\(sentence) at \(index)")
                if end != nil && end! > index + 1 { names += 1 }
            }
        }
        #expect(names > 500)
    }

    /// `organisationEnd` as it read before: the first word looked up among the vague ones first.
    static func plainOrganisationEnd(_ finder: EvidenceFinder, from index: Int, _ scan: TextScan) -> Int? {
        if scan.bytes[scan.tokens[index].range.lowerBound] &- UInt8(ascii: "a") < 26 { return nil }
        if index > 0 && scan.isCapitalized(index - 1) && scan.isJoinedToPrevious(index)
            && !scan.isWord(index - 1, in: CheckWorthiness.vagueCapitalized)
        {
            return nil
        }
        if scan.isAcronym(index) || finder.isAcronymPossessive(index, scan) { return index + 1 }
        guard scan.isCapitalized(index), !scan.isWord(index, in: CheckWorthiness.vagueCapitalized) else {
            return nil
        }
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
        return words >= 2 ? end : nil
    }
}
