import TestSupport
import Testing

@testable import CopydeskCore

/// `PhraseLexicons` matches several lexicons in one pass over a sentence's words, through one
/// trie (`PhraseTable`); each list gets exactly what a `PhraseMatcher` of that list alone, and
/// the dictionary matcher it replaced (`PhraseMatcherReferenceTests.Reference`), give it.
@Suite struct PhraseLexiconsTests {
    typealias Reference = PhraseMatcherReferenceTests.Reference

    /// Each list's matches as `phrase@tokens`, from one pass over the sentence.
    static func together(_ lists: [[String]], _ sentence: String) -> [[String]] {
        let lexicons = PhraseLexicons(lists)
        let text = SentenceText(sentence)
        let found = lexicons.found(keys: text.keys)
        return lists.indices.map { list in
            lexicons.matches(list, in: found[...], tokens: text.tokens).map { "\($0.phrase)@\($0.tokenRange)" }
        }
    }

    /// Each list's matches from a matcher of its own.
    static func alone(_ lists: [[String]], _ sentence: String) -> [[String]] {
        let text = SentenceText(sentence)
        return lists.map { list in
            PhraseMatcher(list).matches(words: Array(text.words), tokens: Array(text.tokens)).map {
                "\($0.phrase)@\($0.tokenRange)"
            }
        }
    }

    /// Entries far longer than two words make the builder's edge table grow past the room it
    /// was given; every entry is still found.
    @Test func longEntriesAreFoundOnceTheEdgeTableGrows() {
        let words = (0..<40).map { "w\($0)" }
        let list = (0..<30).map { start in words[start..<(start + 10)].joined(separator: " ") }
        let matcher = PhraseMatcher(list)
        for (index, phrase) in list.enumerated() {
            let found = matcher.matches(in: "x \(phrase) y")
            #expect(found.map(\.phrase) == [phrase], "\(index)")
        }
        #expect(matcher.matches(in: words[0..<9].joined(separator: " ")).isEmpty)
    }

    @Test func overlappingListsEachGetTheirOwnLongestMatches() {
        let lists = [
            ["it is", "it is possible", "it is possible that", "possible"],
            ["is possible", "possible that", "that"],
            ["it * possible", "* is"],
            [],
        ]
        let sentence = "It is possible that it is possible."
        #expect(
            Self.together(lists, sentence) == [
                ["it is possible that@0..<4", "it is possible@4..<7"],
                ["is possible@1..<3", "that@3..<4", "is possible@5..<7"],
                ["it * possible@0..<3", "it * possible@4..<7"],
                [],
            ])
        #expect(Self.together(lists, sentence) == Self.alone(lists, sentence))
    }

    @Test func ofEquallyLongEntriesAnExactFirstWordWinsThenTheFirstListed() {
        let lists = [["* help", "may *", "may help", "may"], ["mAY help", "may help"], ["suggest* help", "* *"]]
        #expect(
            Self.together(lists, "It may help.") == [
                ["may *@1..<3"], ["mAY help@1..<3"], ["* *@0..<2"],
            ])
        #expect(Self.together(lists, "Suggests help") == [["* help@0..<2"], [], ["suggest* help@0..<2"]])
        for sentence in ["It may help.", "Suggests help", "may may help help"] {
            #expect(Self.together(lists, sentence) == Self.alone(lists, sentence))
        }
    }

    @Test func nonASCIIWordsMatchAsTheirStringsDo() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        let lists = [[composed, "\(composed) au lait"], ["\(decomposed) au", "\u{E9}tude"], ["e\u{301}tude *"]]
        let sentence = "Un \(decomposed) au lait, une e\u{301}tude, une \u{C9}tude."
        #expect(
            Self.together(lists, sentence) == [
                ["\(composed) au lait@1..<4"], ["\(decomposed) au@1..<3", "\u{E9}tude@7..<8"],
                ["e\u{301}tude *@5..<7"],
            ])
        #expect(Self.together(lists, sentence) == Self.alone(lists, sentence))
    }

    @Test func aListsFirstWordsPassOnlyItsOwnFilter() {
        // The decomposed `é` starts with an ASCII `e`: the second list's filter lets it through,
        // the first list's (whose `étude` starts with a byte above 0x7F) does not, as on its own.
        let lists = [["\u{E9}tude"], ["e\u{301}tude *", "\u{E9}tude"]]
        let sentence = "e\u{301}tude"
        #expect(Self.together(lists, sentence) == [[], ["\u{E9}tude@0..<1"]])
        #expect(Self.together(lists, sentence) == Self.alone(lists, sentence))
    }

    @Test func everyListMatchesAsTheReferenceDoesOnGeneratedLexicons() {
        var random = SplitMix(seed: 6)
        let vocabulary = [
            "it", "is", "may", "be", "possible", "that", "the", "risk", "of", "caf\u{E9}", "cafe\u{301}", "don't",
            "don’t", "k\u{212A}", "kk", "suggests", "suggest", "studies",
        ]
        let patterns = vocabulary + ["*", "suggest*", "caf*", "k*"]
        for round in 0..<40 {
            let lists = (0..<(1 + random.next(5))).map { _ in
                (0..<random.next(12)).map { _ in
                    (0..<(1 + random.next(4))).map { _ in patterns[random.next(patterns.count)] }.joined(separator: " ")
                }
            }
            let sentences = (0..<6).map { _ in
                (0..<random.next(14)).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " ")
            }
            for sentence in sentences {
                let text = SentenceText(sentence)
                let expected = lists.map { Reference($0).matches(Array(text.words), in: 0..<text.words.count) }
                #expect(Self.together(lists, sentence) == expected, "round \(round): \(lists) in \(sentence)")
                #expect(Self.alone(lists, sentence) == expected, "round \(round): \(lists) in \(sentence)")
            }
        }
    }

    /// `scan`'s scratch (four `Int32`s a list and one a token) stays on the stack for short
    /// sentences and goes to the heap for long ones: thirty lists over sentences of up to 300
    /// words, on both sides of that line, match as the reference finds, together and alone.
    @Test func manyListsOverLongSentencesMatchAsTheReferenceDoes() {
        var random = SplitMix(seed: 18)
        let vocabulary = ["it", "may", "be", "that", "the", "risk", "of", "studies", "show", "suggests", "cafe\u{301}"]
        let patterns = vocabulary + ["*", "suggest*", "caf\u{E9}"]
        for round in 0..<6 {
            let lists = (0..<30).map { _ in
                (0..<(1 + random.next(6))).map { _ in
                    (0..<(1 + random.next(3))).map { _ in patterns[random.next(patterns.count)] }.joined(separator: " ")
                }
            }
            for length in [0, 1, 12, 13, 40, 139, 140, 141, 300] {
                let sentence = (0..<length).map { _ in vocabulary[random.next(vocabulary.count)] }
                    .joined(separator: " ")
                let text = SentenceText(sentence)
                let expected = lists.map { Reference($0).matches(Array(text.words), in: 0..<text.words.count) }
                #expect(Self.together(lists, sentence) == expected, "round \(round), \(length) words")
                #expect(Self.alone(lists, sentence) == expected, "round \(round), \(length) words")
            }
        }
    }

    /// `scan` passes over the tokens the first-word hashes rule out in a loop of its own: a
    /// match right after such a run, at a range's ends, or cut off by them is found as the
    /// reference finds it; a table with `*` or a prefix at the root reads every token instead.
    @Test func tokensTheFirstWordHashesRuleOutAreSkippedUpToTheRangesEnd() {
        let sentence = "the cat and the dog may help, the cat said, and it may well be so"
        let text = SentenceText(sentence)
        for phrases in [["may help", "may well", "so"], ["may help", "cat* said", "so"], ["* dog may", "so"]] {
            let matcher = PhraseMatcher(phrases)
            let reference = Reference(phrases)
            for lower in 0...text.words.count {
                for upper in lower...text.words.count {
                    let found = matcher.matches(keys: text.keys, tokens: text.tokens, in: lower..<upper)
                        .map { "\($0.phrase)@\($0.tokenRange)" }
                    let expected = reference.matches(Array(text.words), in: lower..<upper)
                    #expect(found == expected, "\(phrases) in \(lower)..<\(upper)")
                }
            }
        }
    }

    /// The scan walks a token's first node in its own loop and the nodes below it in `walk`: a
    /// first node with entries ending there, exact children, and `*` and prefix children (and
    /// their children in turn, four words deep) gives each list, in one sentence's scan and in
    /// the scan of an article's sentences, what the reference finds.
    @Test func firstNodesAndTheNodesBelowThemMatchAsTheReferenceDoes() {
        var random = SplitMix(seed: 0x7A1C)
        let vocabulary = ["it", "is", "may", "be", "not", "the", "cure", "cures", "likely", "that", "so", "caf\u{E9}"]
        let patterns = vocabulary + ["*", "cur*", "lik*"]
        for round in 0..<30 {
            // Every entry starts with an exact word of the first four, so most first nodes have
            // entries ending at them and children of every kind.
            let lists = (0..<(1 + random.next(4))).map { _ in
                (0..<(2 + random.next(14))).map { _ in
                    let rest = (0..<random.next(4)).map { _ in patterns[random.next(patterns.count)] }
                    return ([vocabulary[random.next(4)]] + rest).joined(separator: " ")
                }
            }
            let sentences = (0..<8).map { _ in
                (0..<random.next(20)).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " ")
            }
            let texts = WordStrings.borrowing { strings in
                SentenceText.read(count: sentences.count, strings: &strings) { sentences[$0] }
            }
            let lexicons = PhraseLexicons(lists)
            let together = PhraseScanSentencesTests.together(lexicons, texts)
            for (index, sentence) in sentences.enumerated() {
                let text = SentenceText(sentence)
                let expected = lists.map { Reference($0).matches(Array(text.words), in: 0..<text.words.count) }
                #expect(Self.together(lists, sentence) == expected, "round \(round): \(lists) in \(sentence)")
                let found = lists.indices.map { list in
                    lexicons.matches(list, in: together[index][...], tokens: text.tokens).map {
                        "\($0.phrase)@\($0.tokenRange)"
                    }
                }
                #expect(found == expected, "round \(round): \(lists) in \(sentence), scanned with the article")
            }
        }
    }

    @Test func theHedgeLexiconMatchesAsItsReferenceDoes() {
        let phrases = HedgeLexicon.builtIn.cues.map(\.pattern) + HedgeLexicon.builtIn.exceptions
        let reference = Reference(phrases)
        let matcher = PhraseMatcher(phrases)
        for sentence in [
            "It is widely believed that it is possible that this may be so, and it has long been suggested.",
            "Further research is needed: it could be that results could not be reproduced in some cases.",
            "No trial could show it; it was once thought to be, and is not yet known.",
        ] {
            let text = SentenceText(sentence)
            let found = matcher.matches(words: Array(text.words), tokens: Array(text.tokens)).map {
                "\($0.phrase)@\($0.tokenRange)"
            }
            #expect(found == reference.matches(Array(text.words), in: 0..<text.words.count))
        }
    }
}

/// The words a first-word hash filter rules out are passed over through pointers: the first
/// word it stops at is the first one `mayContain` lets through (or that is not ASCII).
@Suite struct WordHashBitsSkipTests {
    @Test func stopsWhereTheWordByWordTestWould() {
        var bits = WordHashBits(capacity: 3)
        let firstWords = ["may", "could", "perhaps"]
        for word in firstWords {
            var hash = FNV1a()
            for byte in word.utf8 { hash.add(byte) }
            bits.insert(hash.value)
        }
        let text = SentenceText("The drug MAY help, café owners could perhaps say; it is not what they said at all")
        let keys = text.keys
        for start in 0...keys.count {
            for end in start...keys.count {
                var expected = start
                while expected < end {
                    let key = keys.key(at: expected)
                    guard key.isASCII, !bits.mayContain(key.hash) else { break }
                    expected += 1
                }
                #expect(bits.firstMayContain(keys, from: start, to: end) == expected, "\(start)..<\(end)")
            }
        }
    }
}
