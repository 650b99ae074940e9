import TestSupport
import Testing

@testable import CopydeskCore

/// The named-sources list is searched only in sentences with a word that opens with a capital
/// and may start one of its entries (`EvidenceFinder.SourceStarts`): every match the plain
/// search finds written as a spelling lies in a sentence the filter lets through, and the
/// evidence found is what a finder that searches every sentence finds.
@Suite struct NamedSourceFilterTests {
    static let words = [
        "the", "The", "THE", "World", "world", "Health", "health", "Organization", "organization", "WHO", "who",
        "Who", "CDC", "cdc", "Cdc", "NHS", "nhs", "Lancet", "lancet", "The Lancet", "New", "England", "Journal",
        "of", "Medicine", "medicine", "US", "us", "Preventive", "Services", "Task", "Force", "PLOS", "ONE", "one",
        "Mayo", "Clinic", "clinic", "Johns", "Hopkins", "Nature", "nature", "American", "Heart", "Association",
        "reports", "said", "found", "data", "according", "to", "published", "in", "researchers", "at", "Harvard",
        "Dr.", "Smith", "fasting", "cures", "diabetes", "studies", "show", "WHO's", "CDC’s", "medRxiv", "MedRxiv",
        "Ärzteblatt", "ärzteblatt", "(WHO)", "\u{201C}Nature\u{201D}", "42", "2022", "Health Canada", "Canada",
        "National", "Institutes", "Institute", "for", "and", "Cochrane", "BMJ", "bmj", "NEJM", "x", "É",
    ]

    static let punctuation = [" ", " ", " ", " ", ", ", "; ", " (", ") ", " — ", ": ", ". ", " ’"]

    /// The built-in list, and edits the filter must step aside for (a lowercase spelling, a
    /// wildcard, a spelling that opens with a bracket or a non-ASCII capital, an empty entry).
    static let lexicons: [[String]] = [
        EvidenceFinder.builtInNamedSources,
        EvidenceFinder.builtInNamedSources + ["medRxiv"],
        EvidenceFinder.builtInNamedSources + ["Nature *"],
        EvidenceFinder.builtInNamedSources + ["* Clinic"],
        EvidenceFinder.builtInNamedSources + ["(WHO)"],
        EvidenceFinder.builtInNamedSources + ["Ärzteblatt"],
        EvidenceFinder.builtInNamedSources + ["  "],
        ["Health Canada", "Mayo Clinic", "US"],
        ["who", "CDC"],
        ["Health*"],
        [],
    ]

    static func sentence(_ random: inout SplitMix) -> String {
        var text = ""
        for index in 0..<(1 + random.next(14)) {
            if index > 0 { text += punctuation[random.next(punctuation.count)] }
            text += words[random.next(words.count)]
        }
        return text + "."
    }

    @Test(arguments: lexicons.indices)
    func filterPassesEveryWrittenMatch(_ lexicon: Int) {
        let sources = Self.lexicons[lexicon]
        let finder = EvidenceFinder(namedSources: sources)
        // A wildcard after an exact first word ("Nature *") leaves the filter in place.
        if [0, 2, 7].contains(lexicon) { #expect(finder.sourceStarts.isKnown) }
        if [1, 3, 4, 5, 6, 8, 9].contains(lexicon) { #expect(!finder.sourceStarts.isKnown) }
        var random = SplitMix(seed: UInt64(lexicon) &+ 0x5EED)
        var written = 0
        var filtered = 0
        for _ in 0..<4_000 {
            let scan = TextScan(Self.sentence(&random))
            // The plain reading: every match of the list, kept when written as a spelling.
            let plain = finder.sources.matches(keys: scan.keys, tokens: scan.tokens).filter { match in
                finder.sourceSpellings.contains(match.tokenRange.map { scan.original($0) }.joined(separator: " "))
            }
            let passes =
                !finder.sourceStarts.isKnown
                || (0..<scan.count).contains { index in
                    scan.bytes[scan.tokens[index].range.lowerBound] &- UInt8(ascii: "A") < 26
                        && finder.sourceStarts.mayStart(scan.keys.key(at: index))
                }
            if !plain.isEmpty {
                written += 1
                #expect(passes)
            }
            if !passes { filtered += 1 }
        }
        if lexicon == 0 {
            #expect(written > 100)
            #expect(filtered > 100)
        }
    }

    @Test func evidenceIsTheSameWithAndWithoutTheFilter() {
        let filtered = EvidenceFinder()
        // A list that also names a lowercase source no sentence holds searches every sentence,
        // and finds what the built-in list finds.
        let plain = EvidenceFinder(namedSources: EvidenceFinder.builtInNamedSources + ["zqxj unseen"])
        #expect(filtered.sourceStarts.isKnown)
        #expect(!plain.sourceStarts.isKnown)
        var random = SplitMix(seed: 0xC0FFEE)
        for _ in 0..<4_000 {
            let text = Self.sentence(&random)
            #expect(filtered.evidence(inText: text) == plain.evidence(inText: text), "\(text)")
            let scan = TextScan(text)
            #expect(filtered.namedSources(scan) == plain.namedSources(scan), "\(text)")
        }
    }
}
