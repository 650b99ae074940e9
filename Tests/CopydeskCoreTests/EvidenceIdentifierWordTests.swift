import TestSupport
import Testing

@testable import CopydeskCore

/// `EvidenceFinder.identifierWord` tells `pmid`, `pmcid` and `doi` by an ASCII word's key (its
/// length and first eight bytes) instead of its string: over generated words of every case,
/// length and near miss, it agrees with comparing `TextScan.word` as a string, and the
/// evidence found in sentences of such words is the same as before.
@Suite struct EvidenceIdentifierWordTests {
    static let fixed = [
        "pmid", "PMID", "Pmid", "pmcid", "PMCID", "PmCiD", "doi", "DOI", "Doi", "dOi", "dois", "pmi", "pm", "p",
        "d", "do", "pmids", "pmidx", "pmc", "pmcids", "doï", "DOİ", "pmïd", "p’mid", "do’i", "patients", "during",
        "dose", "people", "data", "PMC1234", "12345", "10.1000/xyz", "doi:", "pmid:",
    ]

    static let letters: [Character] = ["p", "m", "c", "i", "d", "o", "P", "M", "C", "I", "D", "O", "a", "é"]

    static func word(_ random: inout SplitMix) -> String {
        if random.next(3) == 0 { return fixed[random.next(fixed.count)] }
        return String((0..<(1 + random.next(7))).map { _ in letters[random.next(letters.count)] })
    }

    @Test func keysAgreeWithTheWordsAsStrings() {
        var random = SplitMix(seed: 0xD01)
        var seen = (pmid: 0, doi: 0)
        for _ in 0..<3_000 {
            let text = (0..<(1 + random.next(8))).map { _ in Self.word(&random) }.joined(separator: " ") + "."
            let scan = TextScan(text)
            for index in 0..<scan.count {
                let word = scan.word(index)
                let expected = (word == "pmid" || word == "pmcid", word == "doi")
                let found = EvidenceFinder.identifierWord(index, scan)
                #expect(found.isPMID == expected.0 && found.isDOI == expected.1, "\(word) in \(text)")
                if expected.0 { seen.pmid += 1 }
                if expected.1 { seen.doi += 1 }
            }
        }
        #expect(seen.pmid > 100 && seen.doi > 100)
    }

    @Test func identifiersAreFoundAsBefore() {
        let finder = EvidenceFinder()
        let cases: [(String, [Evidence.Kind])] = [
            ("See PMID 12345678 for the trial.", [.pmid]),
            ("See pmcid PMC1234567.", [.pmid]),
            ("The DOI: 10.1000/xyz123 names it.", [.doi, .doi]),
            ("The doi 10.1000/xyz123 has no colon.", [.doi]),
            ("Patients during the dose took data.", []),
            ("PMIDs 123 are not one.", []),
        ]
        for (text, kinds) in cases {
            #expect(finder.evidence(inText: text).map(\.kind) == kinds, "\(text)")
        }
    }
}
