import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The claim sentences of an article keep their fields in one table (`ClaimSentence.Context`),
/// and `ClaimSentences` hands out handles on its rows: each handle reads its own sentence's
/// text, words, place and memos, over many articles.
@Suite struct ClaimSentenceRowsTests {
    static let pieces = [
        "Turmeric cures acne.", "It is popular.", "Honey may ease arthritis and cures eczema!", "Is it safe?",
        "Zinc 100% guarantees results “overnight”.", "CAF\u{C9} don’t cure cancer.", "Studies in mice show it works.",
        "A miracle breakthrough.", "Ask your doctor.", "", "Word", "🙂 ok.", "Take 5 mg, twice a day.",
    ]

    static func text(seed: UInt64) -> String {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var blocks: [String] = []
        for _ in 0..<(1 + next(6)) {
            let sentences = (0..<(1 + next(5))).map { _ in pieces[next(pieces.count)] }
            let prefix = ["", "# ", "- ", "> ", "1. "][next(5)]
            blocks.append(prefix + sentences.joined(separator: " "))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    @Test func eachSentenceReadsItsOwnRow() throws {
        for seed in 0..<150 {
            let article = try ArticleLoader().load(
                path: "rows.md", bytes: Array(Self.text(seed: UInt64(seed)).utf8), format: .markdown)
            let sentences = ClaimReader(policy: Policy()).sentences(in: article)
            let texts = SentenceText.all(in: article)
            // Every sentence of a prose block, in order, each at its own row.
            let prose = article.sentences.indices.filter { article.blocks[article.sentences[$0].blockIndex].isLintable }
            #expect(sentences.map(\.index) == prose)
            #expect(sentences.count == prose.count && sentences.indices == 0..<prose.count)
            var last = -1
            for (number, sentence) in sentences.enumerated() {
                let index = sentence.index
                #expect(index > last)
                last = index
                let source = article.sentences[index]
                #expect(sentence.blockIndex == source.blockIndex)
                #expect(sentence.base == source.textRange.lowerBound)
                #expect(sentence.text == source.text)
                #expect(Array(sentence.words) == Array(texts[index].words))
                #expect(sentence.tokens == texts[index].tokens)
                let trimmed = source.text.utf8.last(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\"") })
                #expect(sentence.isQuestion == (trimmed == UInt8(ascii: "?")))
                #expect(sentence.isSame(as: sentences[number]))
                if number > 0 { #expect(!sentence.isSame(as: sentences[number - 1])) }
            }
            // A memo set on one sentence is that sentence's alone.
            guard let first = sentences.first else { continue }
            #expect(sentences.allSatisfy { $0.shared.conditions == nil || $0.isSame(as: first) })
            first.shared.hasExperimental = true
            #expect(sentences.dropFirst().allSatisfy { $0.shared.hasExperimental == nil })
            #expect(sentences[0].shared.hasExperimental == true)
            #expect(sentences.map(\.negation.clauses.count) == sentences.map(\.words.count))
        }
    }
}

/// A claim sentence's hedge cues are those of its text, whether the sentence is read from its
/// block's bytes (the article's detector cues) or from its own text (entities, line breaks and
/// markup inside it), through the reader's hedges held by reference.
@Suite struct ClaimSentenceHedgesTests {
    @Test func hedgesAreTheCuesOfEachSentencesText() throws {
        var random = SplitMix(state: 73)
        let pieces = [
            "Turmeric may cure acne.", "It is\npopular.", "Honey &amp; lemon might ease colds.",
            "Studies suggest it\nworks.", "Some *hope* it cures cancer.", "One day it may heal scars.",
            "It is claimed to cure gout.", "Ask your doctor.", "Tea &lt;probably&gt; helps.",
            "CAF\u{C9} could prevent flu.",
        ]
        let policy = Policy()
        let hedges = ClaimHedges(policy: policy)
        var own = 0
        var cues = 0
        for _ in 0..<150 {
            let blocks = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                    .joined(separator: " ")
            }
            let text = blocks.joined(separator: "\n\n") + "\n"
            let loaded = try ArticleLoader().load(path: "h.md", bytes: Array(text.utf8), format: .markdown)
            // Half the articles given sentences whose text is not their block's bytes (as a caller
            // building an article may): the reader reads those from the block's bytes itself.
            let article =
                Bool.random(using: &random)
                ? loaded
                : Article(
                    path: "h.md", format: .markdown, source: Array(text.utf8), blocks: loaded.blocks,
                    sentences: loaded.sentences.map {
                        Sentence(
                            text: $0.text + " ", blockIndex: $0.blockIndex, textRange: $0.textRange, range: $0.range)
                    })
            for sentence in ClaimReader(policy: policy).sentences(in: article) {
                let source = article.sentences[sentence.index]
                if source.text.utf8.count != source.textRange.count { own += 1 }
                let read = SentenceText(sentence.text)
                let plain = hedges.cues(in: read, detected: nil, tokens: read.tokens, words: read.words)
                #expect(sentence.hedges == plain, "\(sentence.text)")
                cues += plain.count
            }
        }
        #expect(own > 50)
        #expect(cues > 200)
    }
}

/// A finding's message quoting a claim sentence's words, written from the sentence's bytes in
/// place: the message made of the phrase as a string, for every range of up to four words.
@Suite struct ClaimSentenceMessageTests {
    @Test func messagesAreThoseOfThePhrases() throws {
        var ranges = 0
        for seed in 0..<150 {
            let article = try ArticleLoader().load(
                path: "m.md", bytes: Array(ClaimSentenceRowsTests.text(seed: UInt64(seed)).utf8), format: .markdown)
            for sentence in ClaimReader(policy: Policy()).sentences(in: article) {
                let count = sentence.words.count
                for lower in 0..<count {
                    for upper in (lower + 1)...min(count, lower + 4) {
                        let plain = String(concatenating: "cure claim '", sentence.phrase(lower..<upper), "': say so")
                        #expect(sentence.message("cure claim '", quoting: lower..<upper, "': say so") == plain)
                        ranges += 1
                    }
                }
            }
        }
        #expect(ranges > 2_000)
    }
}

/// Whether a claim sentence asks is read from the text it was read from, not its reading's
/// bytes: the same answer as the reading's bytes give (`ClaimSentence.text` is made from them).
@Suite struct ClaimSentenceQuestionTests {
    @Test func aSentenceAsksWhenItsReadingsLastByteBeforeSpacesAndQuotesIsAQuestionMark() throws {
        var random = SplitMix(state: 29)
        let words = [
            "Is", "it", "safe", "*really*", "`code`", "[link](https://x.org)", "“quoted”", "caf\u{E9}", "**bold**",
        ]
        let endings = ["?", "? ", "?\"", "?\" ", "\"?\"", ".", "!", "?!", "? \"", "？", "?*", "*?*", "", " ?"]
        var questions = 0
        for _ in 0..<200 {
            let sentences = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random)! }
                    .joined(separator: " ") + endings.randomElement(using: &random)!
            }
            let prefix = ["", "# ", "- ", "> "].randomElement(using: &random)!
            let text = prefix + sentences.joined(separator: " ") + "\n"
            let article = try ArticleLoader().load(path: "q.md", bytes: Array(text.utf8), format: .markdown)
            for sentence in ClaimReader(policy: Policy()).sentences(in: article) {
                let plain = ClaimSentence.isQuestion(bytes: Array(sentence.text.utf8))
                #expect(sentence.isQuestion == plain, "\(sentence.text)")
                if plain { questions += 1 }
            }
        }
        #expect(questions >= 50)
    }
}

/// Whether a claim's clause is qualified is read over the sentence's words that may qualify it,
/// found once for the sentence: the answer reading every word of the clause gives.
@Suite struct ClaimQualifierTests {
    @Test func qualifiedClausesAreThePlainReadings() throws {
        var random = SplitMix(state: 37)
        let words = [
            "usually", "Often", "most", "many", "some", "the", "how", "half", "third", "of", "people", "patients",
            "100", "95", "100%", "60%", "percent", "per", "cent", "½", "٣", "2nd", "cures", "acne", "safe", "it",
            "is", "completely", ",", "but", ";", "and", "in", "so", "as", "caf\u{E9}", "Rarely", "quarter", "too",
        ]
        var qualified = 0
        for _ in 0..<150 {
            let sentences = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...14, using: &random)).map { _ in words.randomElement(using: &random)! }
                    .joined(separator: " ") + "."
            }
            let text = sentences.joined(separator: " ")
            let article = try ArticleLoader().load(path: "q.md", bytes: Array(text.utf8), format: .markdown)
            for sentence in ClaimReader(policy: Policy()).sentences(in: article) {
                let count = sentence.words.count
                for lower in 0..<count {
                    for upper in (lower + 1)...min(count, lower + 3) {
                        let plain = sentence.plainIsQualified(lower..<upper)
                        #expect(sentence.isQualified(lower..<upper) == plain, "\(sentence.text) \(lower)..<\(upper)")
                        if plain { qualified += 1 }
                    }
                }
            }
        }
        #expect(qualified >= 200)
    }
}

/// A claim sentence's own softening and framing cues are found by index, a word read only for
/// a phrase: the cues reading every word finds.
@Suite struct ClaimHedgeWordsTests {
    @Test func cuesAreThoseOfReadingEveryWord() throws {
        var random = SplitMix(state: 53)
        let words = [
            "hope", "Hopes", "promising", "marketed", "so-called", "claims", "one", "day", "some", "in", "theory",
            "may", "cure", "acne", "it", "is", "a", "preliminary", "allegedly", "caf\u{E9}", "day.", "One", "Day",
        ]
        let policy = Policy()
        let hedges = ClaimHedges(policy: policy)
        var found = 0
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...16, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ")
            let read = SentenceText(text)
            let detected = hedges.detector.cues(in: read)
            let cues = ClaimHedges.cues(in: read, detected: detected, tokens: read.tokens, words: read.words)
            // The plain reading: the detector's cues by their first token, then every word looked up.
            var plain: [ClaimHedges.Cue] = []
            for cue in detected {
                guard let index = read.tokens.firstIndex(where: { $0.range.upperBound > cue.range.lowerBound })
                else { continue }
                plain.append(ClaimHedges.Cue(index: index, framing: ClaimHedges.frames(cue.kind)))
            }
            let all = Array(read.words)
            for (index, word) in all.enumerated() {
                if ClaimHedges.framing.contains(word) {
                    plain.append(ClaimHedges.Cue(index: index, framing: true))
                } else if ClaimHedges.softening.contains(word) {
                    plain.append(ClaimHedges.Cue(index: index, framing: false))
                } else {
                    for phrase in ClaimHedges.phrases
                    where index + phrase.count <= all.count && Array(all[index..<(index + phrase.count)]) == phrase {
                        plain.append(ClaimHedges.Cue(index: index, framing: false))
                    }
                }
            }
            #expect(cues == plain.sorted { $0.index < $1.index }, "\(text)")
            found += cues.count
        }
        #expect(found >= 200)
    }
}

extension ClaimSentence {
    /// `isQualified(_:)` as it read every word of the clause.
    func plainIsQualified(_ range: Range<Int>) -> Bool {
        let clauses = self.clauses
        let clause = clauses[range.lowerBound]
        // Read once for the loop: each is a property of the sentence's reading (a retain and a
        // release at every read), and a word is copied out only when it is asked about.
        let words = self.words
        let keys = self.keys
        let tokens = self.tokens
        let bytes = Array(text.utf8)
        let qualifierWords = Self.qualifierWords
        for index in words.indices where clauses[index] == clause {
            // `startsWithNumber(words[index])` from the text's byte where it is ASCII: the word is
            // the token's text lowercased and folded, which keeps an ASCII digit and makes no
            // other byte one.
            let first = bytes[tokens[index].range.lowerBound]
            if first < 0x80 ? first &- UInt8(ascii: "0") < 10 : Self.startsWithNumber(words[index]) {
                if words[index] != "100" {
                    if byte(after: index) == UInt8(ascii: "%") { return true }
                    if index + 1 < words.count, Self.isPercentWord(words[index + 1]) { return true }
                }
                // No frequency, fraction or quantifier starts with a number.
                continue
            }
            // One lookup rules out the words that are none of the ones below.
            guard qualifierWords.contains(in: keys, at: index) else { continue }
            let word = words[index]
            if ClaimSentence.frequencies.contains(word) { return true }
            if Self.isFraction(word), index + 1 < words.count, Self.isFractionOf(words[index + 1]) { return true }
            // "prevents most cervical cancers", "some patients": a quantifier, not the superlative "the most effective".
            if Self.isQuantifier(word), !range.contains(index), index == 0 || !Self.makesSuperlative(words[index - 1]) {
                return true
            }
        }
        return false
    }
}
