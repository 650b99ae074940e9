import Testing

@testable import CopydeskCore

/// `ClaimStrengthScan.recommendationIndex` asks one lookup of a word (and one of the word after
/// it) for every list: it answers as the plain reading below, list by list, over generated
/// sentences, with the keys and without them.
@Suite struct ClaimStrengthRecommendationBitsTests {
    /// The plain reading: each list asked on its own.
    static func byLists(_ scan: ClaimStrengthScan) -> Int? {
        let words = scan.words
        for index in words.indices where scan.roles[index].contains(.recommendation) {
            if scan.isWord(at: index, in: ClaimStrengthLexicon.recommendation) { return index }
            let hasNext = index + 1 < words.count
            func nextIsIn(_ set: WordSet) -> Bool { hasNext ? scan.isWord(at: index + 1, in: set) : set.contains("") }
            if scan.isWord(at: index, in: ClaimStrengthScan.researchAdjectives),
                nextIsIn(ClaimStrengthScan.researchNouns)
            {
                return index
            }
            if scan.isWord(at: index, in: ClaimStrengthScan.needVerbs), nextIsIn(ClaimStrengthScan.needObjects) {
                return index
            }
            if scan.isWord(at: index, in: ClaimStrengthScan.isAreBe), hasNext, words[index + 1] == "recommended" {
                return index
            }
        }
        return nil
    }

    static let vocabulary: [String] = {
        var words = ClaimStrengthLexicon.recommendation.words.sorted()
        for set in [
            ClaimStrengthScan.researchAdjectives, ClaimStrengthScan.researchNouns, ClaimStrengthScan.needVerbs,
            ClaimStrengthScan.needObjects, ClaimStrengthScan.isAreBe,
        ] {
            words += set.words.sorted()
        }
        return words + [
            "recommended", "Recommended", "recommend", "recommendeds", "reduces", "coffee", "risk", "further-research",
            "café", "re\u{301}search", "e\u{301}", "is", "",
        ]
    }()

    static func check(_ sentence: String) {
        let read = SentenceText(sentence)
        let tokens = read.tokens
        let plainRoles = ClaimStrengthScan.roles(of: read.words)
        let keyed = ClaimStrengthScan(
            words: read.words, keys: read.keys, roles: ClaimStrengthScan.roles(of: read.keys),
            gaps: ClauseGaps(tokens: tokens, text: read.bytes), hyphens: TokenHyphens(tokens, read.bytes))
        let plain = ClaimStrengthScan(
            words: read.words, roles: plainRoles, gaps: ClauseGaps(tokens: tokens, text: read.bytes),
            hyphens: TokenHyphens(tokens, read.bytes))
        #expect(keyed.recommendationIndex == byLists(keyed), "\(sentence)")
        #expect(plain.recommendationIndex == byLists(plain), "\(sentence)")
        #expect(keyed.recommendationIndex == plain.recommendationIndex, "\(sentence)")
    }

    @Test func everyPairAndTriple() {
        let words = Self.vocabulary
        for (i, first) in words.enumerated() {
            for (j, second) in words.enumerated() {
                Self.check("\(first) \(second)")
                Self.check("Coffee \(first) \(second).")
                let third = words[(i * 7 + j) % words.count]
                Self.check("\(first) \(second) \(third)")
            }
        }
    }

    @Test func randomSentences() {
        let words = Self.vocabulary + ["the", "of", "trial", "Smoking", "causes", "cancer", ",", ";"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var sentence: [String] = []
            let count = Int(state % 12) + 1
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                sentence.append(words[Int((state >> 33) % UInt64(words.count))])
            }
            Self.check(sentence.joined(separator: " ") + ".")
        }
    }
}

/// `ClaimStrengthScan.isInQuestion`, `hedge(before:)` and `isNegated(before:)` read the scope
/// lists borrowed once a call: the scan's main cue, hedges and negations are the same found by
/// the words' keys as by their strings, over generated sentences with question words, hedges,
/// negators, clause breaks and cues.
@Suite struct ClaimStrengthQuestionScopeTests {
    @Test func mainCueByKeysIsByWords() {
        let words = [
            "whether", "to", "evaluate", "examine", "if", "we", "tested", "reduces", "causes", "associated", "with",
            "linked", "increased", "risk", "coffee", ",", ";", "and", "but", "which", "may", "not", "the", "e\u{301}",
            "higher", "than", "is", "recommended", "further", "studies", "likely", "more", "might", "no",
            "don't", "never", "suggests",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<4_000 {
            var sentence: [String] = []
            let count = Int(state % 14) + 1
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                sentence.append(words[Int((state >> 33) % UInt64(words.count))])
            }
            let read = SentenceText(sentence.joined(separator: " ") + ".")
            let tokens = read.tokens
            let keyed = ClaimStrengthScan(
                words: read.words, keys: read.keys, roles: ClaimStrengthScan.roles(of: read.keys),
                gaps: ClauseGaps(tokens: tokens, text: read.bytes), hyphens: TokenHyphens(tokens, read.bytes))
            let plain = ClaimStrengthScan(
                words: read.words, roles: ClaimStrengthScan.roles(of: read.words),
                gaps: ClauseGaps(tokens: tokens, text: read.bytes), hyphens: TokenHyphens(tokens, read.bytes))
            let (first, second) = (keyed.mainCue(), plain.mainCue())
            #expect(first?.start == second?.start && first?.end == second?.end, "\(sentence)")
            #expect(first.map { "\($0.kind)" } == second.map { "\($0.kind)" }, "\(sentence)")
            // The hedge and negation walks, from every word.
            for index in read.words.indices {
                #expect(keyed.hedge(before: index) == plain.hedge(before: index), "\(sentence)")
                #expect(keyed.isNegated(before: index) == plain.isNegated(before: index), "\(sentence)")
            }
        }
    }
}
