import Testing

@testable import CopydeskCore

/// The claim-strength scan reads hyphens in the sentence's bytes.
@Suite struct ClaimStrengthHyphenTests {
    func hyphens(_ sentence: String) -> [Bool]? {
        ClaimStrengthClassifier.hyphens(Words.tokens(in: sentence), Array(sentence.utf8))
    }

    @Test func hyphenatedTokens() {
        #expect(hyphens("A cost-effective drug - not a cure-all.") == [false, true, false, false, false, true])
        #expect(hyphens("No hyphen here.") == nil)
        #expect(hyphens("") == nil)
        // A dash between spaces stands in no word: read as no hyphen at all.
        #expect(hyphens("Only - a dash") == nil)
        #expect(hyphens("A dash - then well-being") == [false, false, false, true])
    }

    /// A sentence without a cue word, a cue's first word or a hyphenated word is settled before
    /// the scan; its analysis is the one the scan gives (none).
    @Test(arguments: [
        "The weather was mild - and dry.", "Only - a dash", "Ask your pharmacist.", "", "Reduces", "well-being",
    ])
    func sentencesWithoutCueStartsClaimNothing(_ sentence: String) {
        let classifier = ClaimStrengthClassifier()
        let tokens = SentenceTokens(
            Words.tokens(in: sentence).map { Words.Token(text: Words.folded($0.text), range: $0.range) })
        let words = SentenceWords(tokens.map(\.text))
        let roles = ClaimStrengthScan.roles(of: words)
        let text = Array(sentence.utf8)
        let scan = ClaimStrengthScan(
            words: words, roles: roles, gaps: ClauseGaps(tokens: tokens, text: SentenceBytes(text)),
            hyphens: TokenHyphens(tokens, SentenceBytes(text)))
        let settled =
            hyphens(sentence) == nil && roles.allSatisfy { $0.isDisjoint(with: ClaimStrengthScan.cueStarts) }
        if settled { #expect(scan.mainCue() == nil) }
        #expect((classifier.analyze(sentence).cue == nil) == (scan.mainCue() == nil))
    }

    /// The scan reads gaps and hyphens one token at a time: the same as reading them all.
    @Test(arguments: [
        "A cost-effective drug - not a cure-all.", "No hyphen here.", "", "Only - a dash", "A dash - then well-being",
        "First, (a) second; third: fourth \u{2014} fifth \u{2013} sixth.", ", leading comma", "trailing -",
        "well-being, then cost-effective", "x\u{E2}y", "a-\u{301}b, c",
    ])
    func lazyGapsAndHyphensMatchTheEagerOnes(_ sentence: String) {
        let tokens = Words.tokens(in: sentence)
        let text = Array(sentence.utf8)
        let gaps = ClauseGaps(tokens: SentenceTokens(tokens), text: SentenceBytes(text))
        #expect(tokens.indices.map { gaps[$0] } == ClaimStrengthClassifier.gaps(tokens, text))
        let lazy = TokenHyphens(SentenceTokens(tokens), SentenceBytes(text))
        let eager = ClaimStrengthClassifier.hyphens(tokens, text)
        #expect(tokens.indices.map { lazy[$0] } == tokens.indices.map { eager?[$0] ?? false })
        #expect(lazy.inSomeToken == (eager != nil))
        // Asked in order, skipping some tokens, as the scan asks.
        for step in 1...3 {
            var nextHyphen = -1
            for index in stride(from: 0, to: tokens.count, by: step) {
                #expect(lazy.holdsHyphen(index, nextHyphen: &nextHyphen) == (eager?[index] ?? false))
            }
        }
    }

    @Test func hyphenatedHeadsStillCue() {
        let classifier = ClaimStrengthClassifier()
        #expect(classifier.strength(of: "The scheme was cost-effective for adults.") == .causal)
        #expect(classifier.strength(of: "The scheme was effective for adults.") == .causal)
        #expect(classifier.strength(of: "The scheme was low-cost.") == Claim.Strength.none)
    }
}

/// Multi-word cues are found by their first word's number, in lexicon order.
@Suite struct ClaimStrengthPhraseTests {
    @Test(
        arguments: [
            ("Smoking is a risk factor for stroke.", Claim.Strength.correlational, 13..<24),
            ("Obesity was related to diabetes.", .correlational, 8..<19),
            ("Smokers were more likely to die.", .correlational, 13..<24),
            ("Smokers were in relation to others.", .correlational, 13..<27),
        ])
    func phraseCues(_ sentence: String, strength: Claim.Strength, cue: Range<Int>) {
        let analysis = ClaimStrengthClassifier().analyze(sentence)
        #expect(analysis.strength == strength)
        #expect(analysis.cue == cue)
    }
}

/// The head of a hyphenated word, read on its bytes, is what splitting its characters on "-" gives.
@Suite struct ClaimStrengthHeadTests {
    /// The plain answer: the last non-empty part between hyphens, or the word when there is none.
    func plainHead(_ word: String) -> String {
        guard let last = word.split(separator: "-").last else { return word }
        return String(last)
    }

    @Test(arguments: [
        "cost-effective", "well-being-related", "cost-", "-based", "a--b", "-", "---", "x-y-", "no", "",
        "self-reported", "é-effective", "cost-\u{301}effective", "n-3",
    ])
    func headMatchesTheCharacterSplit(_ word: String) {
        #expect(ClaimStrengthScan.head(of: word) == plainHead(word))
    }

    /// The filter `cue(at:)` reads a hyphenated word's head with, on its bytes, answers as the
    /// lookup of the head made a string: for every cue word and others, joined to prefixes and
    /// hyphens every way, and for words that are not ASCII (no answer: the string decides).
    @Test func headCueFilterMatchesTheStringLookup() {
        let heads =
            Array(ClaimStrengthLexicon.cueWords) + [
                "", "x", "being", "based", "dependent", "related", "cost", "effectivee", "effectiv", "risks2", "a",
                "co-occur", "n't", "-", "dependentl",
            ]
        let prefixes = ["", "-", "cost-", "well-", "a-b-", "--", "self--"]
        let suffixes = ["", "-", "--"]
        var checked = 0
        for head in heads {
            for prefix in prefixes {
                for suffix in suffixes {
                    let word = prefix + head + suffix
                    let expected = ClaimStrengthLexicon.cueWords.contains(ClaimStrengthScan.head(of: word))
                    #expect(ClaimStrengthScan.asciiHeadIsCueWord(word) == expected, "\(word)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
        #expect(ClaimStrengthScan.asciiHeadIsCueWord("é-effective") == nil)
        #expect(ClaimStrengthScan.asciiHeadIsCueWord("cost-\u{301}effective") == nil)
    }

    /// A word set asked on bytes answers as asked on the string, or defers (not ASCII).
    @Test func wordSetOnBytesMatchesTheString() {
        let set: WordSet = ["effective", "risk", "co-occur", "caf\u{E9}"]
        for word in ["effective", "Effective", "risk", "risks", "", "co-occur", "caf\u{E9}", "cafe\u{301}", "x"] {
            var copy = word
            let answer = copy.withUTF8 { set.contains(ascii: $0) }
            if let answer {
                #expect(answer == set.contains(word), "\(word)")
            } else {
                #expect(word.utf8.contains { $0 >= 0x80 }, "\(word)")
            }
        }
    }

    @Test func asciiHeads() {
        #expect(ClaimStrengthScan.asciiHead(of: "cost-effective") == "effective")
        #expect(ClaimStrengthScan.asciiHead(of: "x-y--") == "y")
        #expect(ClaimStrengthScan.asciiHead(of: "--") == "--")
        #expect(ClaimStrengthScan.asciiHead(of: "é-b") == nil)
    }
}

/// The eager readings the lazy `ClauseGaps` and `TokenHyphens` replaced, as the oracle they are tested against.
extension ClaimStrengthClassifier {
    /// Whether punctuation that ends a clause (`,` `;` `:` a dash or a bracket) stands before each
    /// token: what `ClauseGaps` reads for one token at a time, all at once: the reading the scan did
    /// before it read them lazily, kept here to compare with.
    static func gaps(_ tokens: [Words.Token], _ text: [UInt8]) -> [Bool] {
        var result: [Bool] = []
        result.reserveCapacity(tokens.count)
        var previousEnd = 0
        // By index: only the ranges are read, the tokens' strings are not copied.
        for tokenIndex in tokens.indices {
            let range = tokens[tokenIndex].range
            var breaks = false
            for index in previousEnd..<max(previousEnd, range.lowerBound) {
                switch text[index] {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    breaks = true
                case 0xE2 where isDash(SentenceBytes(text), at: index): breaks = true
                default: break
                }
            }
            result.append(breaks)
            previousEnd = range.upperBound
        }
        return result
    }

    /// Whether each token holds a hyphen, read in `text` (lowercasing and folding `’` neither add
    /// nor drop one); nil when no token holds one, as in most sentences (a dash between spaces
    /// stands in no token). What `TokenHyphens` reads for one token at a time, all at once (the scan's earlier reading).
    static func hyphens(_ tokens: [Words.Token], _ text: [UInt8]) -> [Bool]? {
        guard ByteSearch.contains(UInt8(ascii: "-"), in: text) else { return nil }
        var result: [Bool]?
        text.withUnsafeBufferPointer { bytes in
            // By index: only the ranges are read, the tokens' strings are not copied.
            for index in tokens.indices {
                for offset in tokens[index].range where bytes[offset] == UInt8(ascii: "-") {
                    if result == nil { result = [Bool](repeating: false, count: tokens.count) }
                    result?[index] = true
                    break
                }
            }
        }
        return result
    }
}
