import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The repetition checks' fast paths against the plain ways they replace.
struct RepeatsFastPathTests {
    /// `shingles(of:)` (hashed, sorted by insertion or the standard sort, made distinct in place)
    /// against the sorted set of the shingles' hashes.
    @Test func shinglesAreTheSortedDistinctShingleHashes() {
        var random = SplitMix(state: 7)
        let join = ShingleJoin(threshold: 0.8)
        // Lengths around the insertion sort's limit (32 shingles) and small vocabularies, so
        // repeated shingles are common.
        for length in [0, 1, 2, 3, 4, 5, 20, 33, 34, 35, 36, 60, 200] {
            for vocabulary in [2, 5, 1000] {
                let words = (0..<length).map { _ in UInt64.random(in: 0..<UInt64(vocabulary), using: &random) }
                let expected: [UInt64] =
                    words.isEmpty
                    ? []
                    : words.count <= 3
                        ? [StableHash.combine(words[...])]
                        : Set((0...(words.count - 3)).map { StableHash.combine(words[$0..<($0 + 3)]) }).sorted()
                #expect(join.shingles(of: words) == expected)
            }
        }
    }

    /// The shingle hash's constants, written in this module, are FNV-1a's, and so are the
    /// hashes of the words and shingles (the same in every run).
    @Test func stableHashUsesFNV1asConstants() {
        #expect(StableHash.offsetBasis == FNV1a.offsetBasis)
        #expect(StableHash.prime == FNV1a.prime)
        #expect(StableHash.combine([UInt64]()) == StableHash.combine(count: 0) { _ in 0 })
        #expect(StableHash.combine([1, 2, 3]) == StableHash.combine(count: 3) { UInt64($0 + 1) })
    }

    /// `FirstTable` against a dictionary of first items, through growth and emptying.
    @Test func firstTableKeepsTheFirstItemOfEachKey() {
        var random = SplitMix(state: 11)
        var table = Repeats.FirstTable(capacity: 3)
        var firsts: [[UInt64]: Int] = [:]
        for index in 0..<2_000 {
            if index % 700 == 699 {
                table.removeAll()
                firsts.removeAll()
            }
            let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                UInt64.random(in: 0..<6, using: &random)
            }
            let key = Repeats.Key(words, quoted: false)!
            let expected = firsts[words]
            if expected == nil { firsts[words] = index }
            #expect(table.first(of: key, orInsert: index) == expected)
        }
        // Quoted and unquoted texts of the same words are different keys.
        var quoting = Repeats.FirstTable()
        #expect(quoting.first(of: Repeats.Key([1, 2], quoted: false)!, orInsert: 0) == nil)
        #expect(quoting.first(of: Repeats.Key([1, 2], quoted: true)!, orInsert: 1) == nil)
        #expect(quoting.first(of: Repeats.Key([1, 2], quoted: true)!, orInsert: 2) == 1)
    }

    /// `FirstTable` with keys that are slices of one array of words (as the word index gives
    /// them; the table keeps their bounds, not the slices) and some from arrays of their own
    /// (kept whole), against a dictionary of first items by group, quoting and words, through
    /// growth and emptying.
    @Test func firstTableOfSlicesOfOneIndexKeepsTheFirstItemOfEachKey() {
        var random = SplitMix(state: 19)
        for round in 0..<4 {
            let index = (0..<400).map { _ in
                WordIndex.Word(hash: UInt64.random(in: 0..<3, using: &random), range: 0..<0)
            }
            let other = (0..<50).map { _ in
                WordIndex.Word(hash: UInt64.random(in: 0..<3, using: &random), range: 0..<0)
            }
            var table = Repeats.FirstTable(capacity: round)
            var firsts: [[UInt64]: Int] = [:]
            for item in 0..<1_500 {
                if item % 500 == 499 {
                    table.removeAll()
                    firsts.removeAll()
                }
                let count = Int.random(in: 1...3, using: &random)
                let words: ArraySlice<WordIndex.Word>
                if Int.random(in: 0..<8, using: &random) == 0 {
                    let start = Int.random(in: 0...(other.count - count), using: &random)
                    words = other[start..<(start + count)]
                } else if Int.random(in: 0..<8, using: &random) == 0 {
                    words = Array(index[0..<count])[...]
                } else {
                    let start = Int.random(in: 0...(index.count - count), using: &random)
                    words = index[start..<(start + count)]
                }
                let group = Int.random(in: -1..<2, using: &random)
                let quoted = Bool.random(using: &random)
                let plain = [UInt64(bitPattern: Int64(group)), quoted ? 1 : 0] + words.map(\.hash)
                let expected = firsts[plain]
                if expected == nil { firsts[plain] = item }
                let key = Repeats.Key(words, quoted: quoted)!
                #expect(table.first(of: key, group: group, orInsert: item) == expected)
            }
        }
    }

    /// `moveAppend` against `+=`, and the list moved from left empty.
    @Test func moveAppendIsAppending() {
        func findings(_ messages: [String]) -> [Finding] {
            messages.map { message in
                let start = SourcePosition(line: 1, column: 1, offset: 0)
                return Finding(
                    rule: "a.rule", category: .hedging, severity: .warning, message: message, match: message,
                    range: SourceRange(start: start, end: start), suggestions: [message])
            }
        }
        for (left, right) in [([], []), ([], ["a"]), (["a"], []), (["a", "b"], ["c", "d", "e"]), (["a"], ["b"])] {
            var list = findings(left)
            var other = findings(right)
            list.moveAppend(&other)
            #expect(list == findings(left + right))
            #expect(other.isEmpty)
        }
    }

    /// `matches(texts:)` (texts that can match none left out by a table of their shingles
    /// before any is sorted) against comparing every pair of the texts' shingle sets: short
    /// texts, empty ones, texts repeating their shingles, edited copies, around the index's limit.
    @Test(arguments: [0.01, 0.5, 0.7, 0.8, 0.9, 1.0])
    func matchesOfTextsFindWhatComparingAllPairsFinds(threshold: Double) {
        var random = SplitMix(state: 23)
        let join = ShingleJoin(threshold: threshold)
        var found = 0
        for count in [0, 1, 2, 3, 7, 20, ShingleJoin.indexFrom - 1, ShingleJoin.indexFrom, 90] {
            for vocabulary in [2, 6, 40, 1_000] {
                var texts: [[UInt64]] = []
                for _ in 0..<count {
                    if let source = texts.randomElement(using: &random), Int.random(in: 0..<3, using: &random) == 0 {
                        var copy = source
                        for _ in 0..<Int.random(in: 0...2, using: &random) where !copy.isEmpty {
                            copy[Int.random(in: 0..<copy.count, using: &random)] = UInt64.random(
                                in: 0..<UInt64(vocabulary), using: &random)
                        }
                        if Bool.random(using: &random) { copy.append(UInt64.random(in: 0..<9, using: &random)) }
                        texts.append(copy)
                    } else {
                        let length = [0, 1, 2, 3, 4, 8, 15, 30].randomElement(using: &random)!
                        texts.append(
                            (0..<length).map { _ in UInt64.random(in: 0..<UInt64(vocabulary), using: &random) })
                    }
                }
                let hashed = texts.map { $0.map { StableHash.hash(String($0)) } }
                let expected = ShingleJoinTests.bruteForce(hashed.map { join.shingles(of: $0) }, join)
                found += expected.count
                let words = hashed.map { $0.map { WordIndex.Word(hash: $0, range: 0..<0) }[...] }
                #expect(join.matches(texts: words) == expected, "\(count) texts of \(vocabulary) words")
            }
        }
        #expect(found > 0)
    }

    /// `Repeats.nearParagraphs` against the plain reading: every paragraph's shingles sorted,
    /// exact repeats left out by a table of their own, and every pair compared, over generated
    /// articles (quoted paragraphs, short ones, exact and edited copies, a repeated title).
    @Test func nearParagraphsAreThePlainReadings() throws {
        var random = SplitMix(state: 31)
        var found = 0
        for seed in UInt64(1)...40 {
            let paragraphs = ShingleJoinTests.paragraphs(Int.random(in: 0...70, using: &random), seed: seed)
            var blocks = ["# w1 w2 w3 w4 w5 w6 w7 w8 w9", "w1 w2 w3 w4 w5 w6 w7 w8 w9."]
            for words in paragraphs {
                let cut =
                    Int.random(in: 0..<4, using: &random) == 0
                    ? Int.random(in: 1...words.count, using: &random) : words.count
                let text = words.prefix(cut).joined(separator: " ") + "."
                blocks.append(Int.random(in: 0..<5, using: &random) == 0 ? "> " + text : text)
                if Int.random(in: 0..<8, using: &random) == 0 { blocks.append(blocks.last!) }
            }
            let article = try Fixture.article(blocks.joined(separator: "\n\n"))
            for (minWords, threshold) in [(8, 0.8), (1, 0.5), (3, 0.7), (8, 1.0), (12, 0.3)] {
                let expected = Self.plainNearParagraphs(in: article, minWords: minWords, threshold: threshold)
                found += expected.count
                #expect(
                    Repeats.nearParagraphs(in: article, minWords: minWords, threshold: threshold) == expected,
                    "seed \(seed), \(minWords) words, \(threshold)")
            }
        }
        #expect(found > 0)
    }

    /// The near-duplicate paragraphs as read before the table of shingles: a key table of the
    /// paragraphs' words for exact repeats, and every pair of sorted shingle sets compared.
    static func plainNearParagraphs(in article: Article, minWords: Int, threshold: Double) -> [Repeats.NearRepeat] {
        let words = WordIndex(article: article, including: Repeats.isParagraph)
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        var seen = Repeats.FirstTable()
        let join = ShingleJoin(threshold: threshold)
        var blocks: [[Int]] = [[], []]
        var shingles: [[[UInt64]]] = [[], []]
        for index in article.blocks.indices
        where Repeats.isParagraph(article.blocks[index].kind) && !titles.contains(index) {
            guard
                let key = Repeats.Key(
                    words.words(block: index, minWords: minWords),
                    quoted: Repeats.isQuoted(blockAt: index, in: article)),
                seen.first(of: key, orInsert: index) == nil
            else { continue }
            let group = key.quoted ? 1 : 0
            blocks[group].append(index)
            shingles[group].append(key.shingles(join))
        }
        return [0, 1].flatMap { group in
            ShingleJoinTests.bruteForce(shingles[group], join).map { match in
                Repeats.NearRepeat(
                    index: blocks[group][match.later], first: blocks[group][match.earlier],
                    similarity: match.similarity)
            }
        }.sorted { $0.index < $1.index }
    }

    /// `FirstTable` with groups against a dictionary of first items by group and words, through
    /// growth: the same words in different groups are different keys.
    @Test func firstTableKeepsTheFirstItemOfEachKeyInEachGroup() {
        var random = SplitMix(state: 13)
        var table = Repeats.FirstTable()
        var firsts: [[UInt64]: Int] = [:]
        for index in 0..<3_000 {
            let group = Int.random(in: -1..<5, using: &random)
            let words = (0..<Int.random(in: 1...2, using: &random)).map { _ in
                UInt64.random(in: 0..<5, using: &random)
            }
            let expected = firsts[[UInt64(bitPattern: Int64(group))] + words]
            if expected == nil { firsts[[UInt64(bitPattern: Int64(group))] + words] = index }
            #expect(table.first(of: Repeats.Key(words, quoted: false)!, group: group, orInsert: index) == expected)
        }
    }

    /// `DuplicateHeadingCheck` against the plain reading (a dictionary of the headings' words by
    /// their parent section) over generated articles of headings at random levels, repeated
    /// texts among them, empty headings and paragraphs between, and articles of no heading or
    /// one (which the check leaves without reading their blocks' words).
    @Test func duplicateHeadingsAreThePlainReadings() throws {
        var random = SplitMix(state: 17)
        let check = DuplicateHeadingCheck(policy: Policy())
        var found = 0
        var few = 0
        for round in 0..<400 {
            var blocks: [String] = []
            let headings = Int.random(in: 0...(round % 4 == 0 ? 1 : 25), using: &random)
            for _ in 0..<headings {
                let level = Int.random(in: 1...4, using: &random)
                let text = ["Side effects", "Side Effects", "Dose", "The bold claims", "Dose", "Who", "side-effects"]
                    .randomElement(using: &random)!
                blocks.append(String(repeating: "#", count: level) + " " + text)
                if Bool.random(using: &random) { blocks.append("Some text.") }
            }
            if round % 4 == 0 { blocks.insert("Some text repeated.\n\nSome text repeated.", at: 0) }
            let article = try Fixture.article(blocks.joined(separator: "\n\n"))
            let expected = Self.plainDuplicateHeadings(in: article)
            found += expected.count
            if article.blocks.filter(\.isHeading).count < 2 { few += 1 }
            let findings = check.findings(in: article)
            #expect(findings.map(\.range.start.line) == expected.map { article.blocks[$0.index].range.start.line })
            #expect(
                findings.map { $0.related.map(\.range.start.line) }
                    == expected.map { [article.blocks[$0.first].range.start.line] }, "\(blocks)")
        }
        #expect(found > 0)
        #expect(few > 100)
    }

    /// `Repeats.listItems` against the plain reading (every item kept by its list, and long
    /// items across lists too) over generated articles of lists with short and long items
    /// repeated within and across lists, quoted lists, and paragraphs between.
    @Test(arguments: [1, 3, 8])
    func listItemsAreThePlainReadings(minWords: Int) throws {
        var random = SplitMix(state: 41 + UInt64(minWords))
        let items = [
            "Eggs", "eggs", "Milk and eggs", "Rest", "Some patients report feeling lightheaded after the session",
            "Some patients report feeling lightheaded after the  session!", "Drink water every day before breakfast",
        ]
        var found = 0
        for _ in 0..<200 {
            var blocks: [String] = []
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                let marker = ["- ", "1. ", "> - ", "* "].randomElement(using: &random)!
                blocks.append(
                    (0..<Int.random(in: 1...6, using: &random)).map { _ in marker + items.randomElement(using: &random)!
                    }
                    .joined(separator: "\n"))
                if Bool.random(using: &random) { blocks.append("Some text.") }
            }
            let article = try Fixture.article(blocks.joined(separator: "\n\n"))
            let expected = Self.plainListItems(in: article, minWords: minWords)
            found += expected.count
            #expect(Repeats.listItems(in: article, minWords: minWords) == expected, "\(blocks)")
        }
        #expect(found > 0)
    }

    /// The repeated list items with a dictionary of every item's words by list, and one of the
    /// long items' across lists.
    static func plainListItems(in article: Article, minWords: Int) -> [Repeat] {
        struct ItemKey: Hashable {
            var quoted: Bool
            var words: [UInt64]
        }
        let lintable = WordIndex.lintable(article)
        var anywhere: [ItemKey: Int] = [:]
        var inList: [ItemKey: Int] = [:]
        var listOpen = false
        var result: [Repeat] = []
        for index in article.blocks.indices where article.blocks[index].isLintable {
            guard Repeats.isListItem(article.blocks[index].kind) else {
                listOpen = false
                continue
            }
            if !listOpen { inList.removeAll() }
            listOpen = true
            let words = lintable[index].map(\.hash)
            guard !words.isEmpty else { continue }
            let key = ItemKey(quoted: Repeats.isQuoted(blockAt: index, in: article), words: words)
            var first: Int?
            if words.count >= minWords {
                first = anywhere[key]
                if first == nil { anywhere[key] = index }
            }
            let local = inList[key]
            if local == nil { inList[key] = index }
            if let earliest = first ?? local { result.append(Repeat(index: index, first: earliest)) }
        }
        return result
    }

    /// The repeated headings as found before the table of keys by group.
    static func plainDuplicateHeadings(in article: Article) -> [Repeat] {
        struct HeadingKey: Hashable {
            var parent: Int?
            var words: [UInt64]
        }
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        let lintable = WordIndex.lintable(article)
        var sections: [(level: Int, index: Int, words: [UInt64]?)] = []
        var firstInSection: [HeadingKey: Int] = [:]
        var repeats: [Repeat] = []
        for index in article.blocks.indices
        where article.blocks[index].isLintable && article.blocks[index].isHeading
            && !TopOfArticle.isMetadata(blockAt: index, in: article)
        {
            let level = if case .heading(let level) = article.blocks[index].kind { level } else { 0 }
            while let last = sections.last, last.level >= level { sections.removeLast() }
            let words = lintable[index].isEmpty ? nil : lintable[index].map(\.hash)
            if let words {
                if let ancestor = sections.first(where: { $0.words == words }) {
                    repeats.append(Repeat(index: index, first: ancestor.index))
                } else {
                    let key = HeadingKey(parent: sections.last?.index, words: words)
                    if let first = firstInSection[key] {
                        repeats.append(Repeat(index: index, first: first))
                    } else {
                        firstInSection[key] = index
                    }
                }
            }
            sections.append((level, index, words))
        }
        return repeats.filter { !titles.contains($0.index) }
    }
}
