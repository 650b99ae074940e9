import Testing

@testable import CopydeskCore

/// `PhraseMatcher` finds whole-word phrases whatever the bytes of their words: ASCII, `’` for
/// `'`, composed or decomposed accents, prefixes and wildcards.
@Suite struct PhraseMatcherWordBytesTests {
    static func found(_ phrases: [String], in text: String) -> [String] {
        PhraseMatcher(phrases).matches(in: text).map { match in
            let utf8 = Array(text.utf8)
            return "\(match.phrase)@\(match.tokenRange):" + String(decoding: utf8[match.range], as: UTF8.self)
        }
    }

    @Test func findsTheLongestASCIIEntryAtEachWord() {
        #expect(
            Self.found(["could", "could potentially", "may"], in: "It could potentially help; MAY.")
                == ["could potentially@1..<3:could potentially", "may@4..<5:MAY"])
    }

    @Test func foldsCurlyApostrophes() {
        #expect(
            Self.found(["don’t know", "can't"], in: "We don’t know and can’t say; don't know.")
                == ["don’t know@1..<3:don’t know", "can't@4..<5:can’t", "don’t know@6..<8:don't know"])
    }

    @Test func readsPrefixesAndWildcards() {
        #expect(
            Self.found(
                ["suggest*", "* studies show", "studies"], in: "Some studies show it; data suggests more studies.")
                == ["* studies show@0..<3:Some studies show", "suggest*@5..<6:suggests", "studies@7..<8:studies"])
    }

    @Test func matchesAccentsComposedOrNot() {
        let composed = "caf\u{E9} au lait"
        let decomposed = "cafe\u{301} au lait"
        #expect(Self.found([composed], in: "A \(decomposed).") == ["\(composed)@1..<4:\(decomposed)"])
        #expect(Self.found([decomposed], in: "A \(composed).") == ["\(decomposed)@1..<4:\(composed)"])
        #expect(Self.found(["\u{E9}tude"], in: "Une \u{C9}tude, une etude.") == ["\u{E9}tude@1..<2:\u{C9}tude"])
        #expect(Self.found(["na\u{EF}ve"], in: "Naive and NA\u{CF}VE.") == ["na\u{EF}ve@2..<3:NA\u{CF}VE"])
    }

    @Test func findsLongWordsAndManyEntries() {
        let entries = (0..<500).map { "word\($0) end" } + ["antidisestablishmentarianism"]
        #expect(
            Self.found(entries, in: "Word499 end, word500 end; Antidisestablishmentarianism!")
                == ["word499 end@0..<2:Word499 end", "antidisestablishmentarianism@4..<5:Antidisestablishmentarianism"])
    }
}

/// `PhraseMatcher` matches as the dictionary-based matcher it replaced (kept here as `Reference`):
/// first words behind the same filter, later words by Swift string equality.
@Suite struct PhraseMatcherReferenceTests {
    struct Reference {
        var byFirstWord: [String: [(phrase: String, words: [LexiconWord])]] = [:]
        var others: [(phrase: String, words: [LexiconWord])] = []
        var shapes = FirstWordShapes()

        init(_ phrases: [String]) {
            for phrase in phrases {
                let words = LexiconWord.words(of: phrase)
                guard !words.isEmpty else { continue }
                if case .exact(let first) = words[0] {
                    byFirstWord[first, default: []].append((phrase, words))
                } else {
                    others.append((phrase, words))
                }
            }
            for key in byFirstWord.keys {
                byFirstWord[key]!.sort { $0.words.count > $1.words.count }
                shapes.insert(key)
            }
        }

        func matches(_ tokens: [String], in range: Range<Int>) -> [String] {
            var result: [String] = []
            var index = range.lowerBound
            while index < range.upperBound {
                if let (phrase, count) = longest(at: index, tokens, end: range.upperBound) {
                    result.append("\(phrase)@\(index - range.lowerBound)..<\(index - range.lowerBound + count)")
                    index += count
                } else {
                    index += 1
                }
            }
            return result
        }

        func longest(at index: Int, _ tokens: [String], end: Int) -> (String, Int)? {
            var best: (String, Int)?
            let token = tokens[index]
            if shapes.mayContain(token), let entries = byFirstWord[token] {
                for entry in entries where entry.words.count <= end - index {
                    if LexiconWord.match(entry.words, at: index, tokens) {
                        best = (entry.phrase, entry.words.count)
                        break
                    }
                }
            }
            for entry in others where entry.words.count > (best?.1 ?? 0) && entry.words.count <= end - index {
                if LexiconWord.match(entry.words, at: index, tokens) { best = (entry.phrase, entry.words.count) }
            }
            return best
        }
    }

    static let lexicons: [[String]] = [
        ["may", "may be", "may * help", "may help", "might", "suggest*", "* suggest", "some studies *", "studies"],
        ["caf\u{E9}", "cafe\u{301} au lait", "au lait", "x caf\u{E9}", "\u{E9}tude", "e\u{301}tude *", "*"],
        ["don't", "don’t know", "can't * that", "we*", "we can", "k\u{212A}", "kK", "\u{212A} value"],
        ["", "*", "* *", "the", "the the", "the * the"],
    ]

    static let sentences = [
        "It may be that we may help; some studies suggest it may, and studies suggested more.",
        "A caf\u{E9} au lait, a cafe\u{301} au lait, x cafe\u{301} and x caf\u{E9}; e\u{301}tude one, \u{E9}tude two.",
        "We don’t know, we can’t say that we can; weather, kK and k\u{212A} value \u{212A} value K value.",
        "The the the the cat the.",
        "",
    ]

    @Test(arguments: lexicons) func matchesAsTheDictionaryMatcherDid(_ phrases: [String]) {
        let matcher = PhraseMatcher(phrases)
        let reference = Reference(phrases)
        #expect(matcher.isEmpty == (reference.byFirstWord.isEmpty && reference.others.isEmpty))
        for sentence in Self.sentences {
            let text = SentenceText(sentence)
            let count = text.words.count
            for range in [0..<count, (count / 3)..<count, 0..<(count / 2), min(2, count)..<min(5, count)] {
                let found = matcher.matches(words: Array(text.words), tokens: Array(text.tokens), in: range).map {
                    "\($0.phrase)@\($0.tokenRange)"
                }
                #expect(found == reference.matches(Array(text.words), in: range), "\(sentence) \(range)")
            }
        }
    }

    @Test func laterWordsMatchByStringEqualityAndFirstWordsBehindTheFilter() {
        // "é" as one scalar lets no ASCII first byte past the first-word filter, so its decomposed
        // spelling does not start a match; as a later word it equals it.
        let matcher = PhraseMatcher(["\u{E9}tude", "une \u{E9}tude"])
        let text = SentenceText("e\u{301}tude, une e\u{301}tude")
        #expect(matcher.matches(words: Array(text.words), tokens: Array(text.tokens)).map(\.tokenRange) == [1..<3])
    }
}
