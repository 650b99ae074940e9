import Testing

@testable import CopydeskCore

/// The check-worthiness and evidence readers' faster paths give the plain answers.
@Suite struct ClaimsFastPathTests {
    static let sentences = [
        "Studies show that fasting reverses type 2 diabetes in 90% of patients.",
        "Some experts believe fasting might possibly slow ageing, although this could perhaps reflect weight loss alone.",
        "Intermittent fasting is a miracle cure for obesity and is completely safe for everyone.",
        "It has been suggested that green tea prevents cancer, say experts.",
        "Ask your doctor whether the vaccine is right for you.", "", "—",
        "Vitamin D supplements taken daily can reduce the risk of respiratory infections.",
        "A 2019 review of 40 trials found no benefit from fish oil (Smith et al., 2019).",
    ]

    /// Each lexicon's matches, from the one flat list, are the matches `PhraseLexicons` gives it.
    @Test(arguments: sentences)
    func matchesPerLexiconAreThePhraseLexiconsMatches(_ sentence: String) {
        let detector = CheckWorthiness()
        let scan = detector.scan(sentence)
        let plain = detector.index.matches(keys: scan.keys, tokens: scan.tokens)
        for list in CheckWorthiness.List.allCases {
            let expected = list.rawValue < plain.count ? plain[list.rawValue].map(\.tokenRange) : []
            #expect(scan.matches(list).map(\.tokenRange) == expected)
            #expect(scan.hasMatch(list) == !expected.isEmpty)
        }
    }

    /// Some word has a role exactly when `has(_:at:)` finds it at some index.
    @Test(arguments: sentences)
    func rolesSomewhereAreRolesAtSomeWord(_ sentence: String) {
        let scan = CheckWorthiness().scan(sentence)
        let roles: [CheckWorthiness.Roles] = [.hedge, .studyNoun, .quantifier, .outcome, .statisticStart]
        for role in roles {
            #expect(scan.hasSomewhere(role) == scan.tokens.indices.contains { scan.has(role, at: $0) })
        }
        #expect(scan.firstDigits() == scan.tokens.indices.first { scan.isDigits($0) })
    }

    @Test(arguments: [
        "It doesn't work.", "It DOESN'T work.", "It doesn’t work.", "It DOESN’T work.", "n't", "’t", "can't",
        "don‘t", "nt", "isn'T", "t", "it's", "Won’t they?", "’n't", "ain’tt",
    ])
    func negatedAuxiliaryOnBytesIsTheWordsSuffix(_ sentence: String) {
        let scan = TextScan(sentence)
        for index in scan.tokens.indices {
            #expect(scan.endsWithNegatedAuxiliary(index) == scan.words[index].hasSuffix("n't"))
        }
    }

    @Test(arguments: [
        "See https://example.org and www.who.int.", "doi 10.1000/xyz", "the hw1 h w 1", "", "ahh1 wh 1h",
        "é http://x", "h",
    ])
    func identifierStartsAreWordStartsOfHW1(_ text: String) {
        let bytes = Array(text.utf8)
        let plain = bytes.indices.filter { index in
            [UInt8(ascii: "h"), UInt8(ascii: "w"), UInt8(ascii: "1")].contains(bytes[index])
                && (index == 0 || !Words.isWordByte(bytes[index - 1]))
        }
        var found: [Int] = []
        var index = EvidenceFinder.nextIdentifierStart(in: SentenceBytes(bytes), from: 0)
        while index < bytes.count {
            found.append(index)
            index = EvidenceFinder.nextIdentifierStart(in: SentenceBytes(bytes), from: index + 1)
        }
        #expect(found == plain)
    }
}

extension TextScan {
    /// The index of the first token written with digits (`isDigits`), or nil.
    func firstDigits() -> Int? {
        tokens.firstIndex { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0.range.lowerBound]) }
    }
}
