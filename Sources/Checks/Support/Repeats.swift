import CopydeskCore

/// A block or sentence that repeats an earlier one.
struct Repeat: Sendable, Hashable {
    /// Index of the repeating item (a block index, or a sentence index).
    var index: Int
    /// Index of its first occurrence.
    var first: Int
}

/// Exact and near repeats after normalisation, shared by the repetition checks.
enum Repeats {
    /// Items whose key equals an earlier item's key, each paired with the first item of that key.
    /// Items arrive in document order; nil keys are never compared.
    static func later(_ items: some Sequence<(index: Int, key: Key?)>) -> [Repeat] {
        var firsts = FirstTable(capacity: items.underestimatedCount)
        var result: [Repeat] = []
        for item in items {
            guard let key = item.key else { continue }
            if let first = firsts.first(of: key, orInsert: item.index) {
                result.append(Repeat(index: item.index, first: first))
            }
        }
        return result
    }

    /// Keys and the first item that had each, with open addressing on the key's fingerprint
    /// (already well mixed, `StableHash`): a `Dictionary` hashed every key again with SipHash
    /// at each lookup. Keys are compared whole only when their fingerprints agree. The slots
    /// are made at the first insertion: many tables of an article stay empty.
    ///
    /// An entry keeps its key's words as bounds in the storage of the first key's words (the
    /// article's word index, which every key of a check's table is a slice of), held once by
    /// the table: an entry that held its key retained the index's storage at every insertion
    /// and released it when the table was emptied or freed. A key whose words lie elsewhere is
    /// kept whole.
    struct FirstTable {
        private struct Entry {
            var fingerprint: UInt64
            var group: Int
            var first: Int
            /// The key's words are `base[lower..<upper]`; when `lower` is negative, the key is
            /// `others[-1 - lower]`.
            var lower: Int32
            var upper: Int32
            var slot: Int32
            var quoted: Bool
        }

        /// Entry numbers; -1 marks an empty slot.
        private var slots: [Int32] = []
        private var entries: [Entry] = []
        private var mask = 0
        private let capacity: Int
        /// The words of the first key the table took, held so that `base` stays valid.
        private var anchor: ArraySlice<WordIndex.Word> = []
        /// The first element of the storage `anchor` is a slice of.
        private var base: UnsafePointer<WordIndex.Word>?
        /// Keys whose words are not in `anchor`'s storage.
        private var others: [Key] = []

        /// Room for `capacity` keys before the slots grow.
        init(capacity: Int = 0) {
            self.capacity = capacity
        }

        /// The first item of `key`, or nil when there was none: then `index` is its first.
        /// Keys of different `group`s are different keys (the headings of different sections).
        mutating func first(of key: Key, group: Int = 0, orInsert index: Int) -> Int? {
            if 2 * (entries.count + 1) > slots.count { grow() }
            let fingerprint = key.fingerprint
            var slot = Self.hash(fingerprint, group) & mask
            while slots[slot] >= 0 {
                let entry = Int(slots[slot])
                if entries[entry].fingerprint == fingerprint, entries[entry].group == group,
                    holds(entries[entry], key)
                {
                    return entries[entry].first
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(truncatingIfNeeded: entries.count)
            let (lower, upper) = bounds(of: key)
            entries.append(
                Entry(
                    fingerprint: fingerprint, group: group, first: index, lower: lower, upper: upper,
                    slot: Int32(truncatingIfNeeded: slot), quoted: key.quoted))
            return nil
        }

        /// Where the entry of `key` finds its words: its bounds in `base` (the storage taken as
        /// `base` when the table has none), or a negative number for a key kept in `others`.
        private mutating func bounds(of key: Key) -> (Int32, Int32) {
            let slice = key.slice
            let start = slice.withUnsafeBufferPointer { words in words.baseAddress.map { $0 - slice.startIndex } }
            if let start, slice.startIndex >= 0, slice.endIndex <= Int(Int32.max) {
                if base == nil {
                    anchor = slice
                    base = start
                }
                if start == base {
                    return (Int32(truncatingIfNeeded: slice.startIndex), Int32(truncatingIfNeeded: slice.endIndex))
                }
            }
            others.append(key)
            return (Int32(truncatingIfNeeded: -others.count), 0)
        }

        /// Whether the entry's key is `key` (whose fingerprint is the entry's): `Key.==`.
        private func holds(_ entry: Entry, _ key: Key) -> Bool {
            guard entry.lower >= 0 else { return others[Int(-1 - entry.lower)] == key }
            guard entry.quoted == key.quoted, Int(entry.upper - entry.lower) == key.count, let base else {
                return false
            }
            let words = UnsafeBufferPointer(start: base + Int(entry.lower), count: Int(entry.upper - entry.lower))
            return key.slice.withUnsafeBufferPointer { keyWords in
                zip(words, keyWords).allSatisfy { $0.hash == $1.hash }
            }
        }

        /// Where a key of the group starts looking for its slot: the key's fingerprint itself
        /// in group 0.
        @inline(__always)
        private static func hash(_ fingerprint: UInt64, _ group: Int) -> Int {
            Int(truncatingIfNeeded: fingerprint &+ UInt64(bitPattern: Int64(group)) &* 0x9E37_79B9_7F4A_7C15)
        }

        /// Empties the table, keeping its room.
        mutating func removeAll() {
            for entry in entries.indices { slots[Int(entries[entry].slot)] = -1 }
            entries.removeAll(keepingCapacity: true)
            if !others.isEmpty { others.removeAll(keepingCapacity: true) }
        }

        /// Doubles the slots (or makes the first ones) and puts the entries back.
        private mutating func grow() {
            var size = max(16, slots.count * 2)
            while size < 2 * capacity { size *= 2 }
            slots = [Int32].filled(with: -1, count: size)
            mask = size - 1
            // The entries grow with the slots (at most half of them are used): left to grow on
            // their own they were copied at every doubling from one entry up.
            entries.reserveCapacity(size / 2)
            for entry in entries.indices {
                var slot = Self.hash(entries[entry].fingerprint, entries[entry].group) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(truncatingIfNeeded: entry)
                entries[entry].slot = Int32(truncatingIfNeeded: slot)
            }
        }
    }

    /// Words of a block, and whether they stand in a block quote: quoted text compares only with
    /// quoted text, so a pull quote that repeats the body on purpose is not a repeat.
    ///
    /// The words are a slice of the article's word index (`WordIndex`), not a copy: a key is
    /// made for every sentence, paragraph and list item, and most are never equal to another.
    /// Hashing a key hashes a fingerprint of its words, worked out once, not every word again
    /// for each table it goes into; keys are equal only when their words are.
    struct Key: Hashable {
        let quoted: Bool
        /// Read by `FirstTable`, which keeps where the words lie rather than the slice.
        fileprivate let slice: ArraySlice<WordIndex.Word>
        /// `StableHash.combine` of the words' hashes.
        let fingerprint: UInt64

        init?(_ words: [UInt64]?, in block: Block) {
            self.init(words, quoted: Repeats.isQuoted(block.kind, quoteDepth: block.quoteDepth))
        }

        /// - Parameter quoted: `Repeats.isQuoted(blockAt:in:)` of the text's block.
        init?(_ words: [UInt64]?, quoted: Bool) {
            self.init(words.map { $0.map { WordIndex.Word(hash: $0, range: 0..<0) }[...] }, quoted: quoted)
        }

        /// Words of the index (their hashes compared, not their ranges).
        init?(_ words: ArraySlice<WordIndex.Word>?, quoted: Bool) {
            guard let words else { return nil }
            self.quoted = quoted
            slice = words
            fingerprint = StableHash.combine(words.lazy.map(\.hash))
        }

        /// The words' hashes.
        var words: [UInt64] { slice.map(\.hash) }

        /// `join.shingles(of: words)`, read from the word index in place.
        func shingles(_ join: ShingleJoin) -> [UInt64] {
            slice.withUnsafeBufferPointer { words in join.shingles(wordCount: words.count) { words[$0].hash } }
        }

        /// How many words.
        var count: Int { slice.count }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.quoted == rhs.quoted && lhs.fingerprint == rhs.fingerprint && lhs.slice.count == rhs.slice.count
                && zip(lhs.slice, rhs.slice).allSatisfy { $0.hash == $1.hash }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(quoted)
            hasher.combine(fingerprint)
        }
    }

    /// Whether the block stands in a block quote, read in place: passing the block copied it
    /// (every one of its arrays retained) for each text compared.
    static func isQuoted(blockAt index: Int, in article: Article) -> Bool {
        isQuoted(article.blocks[index].kind, quoteDepth: article.blocks[index].quoteDepth)
    }

    /// Whether a block of this kind and depth stands in a block quote.
    static func isQuoted(_ kind: Block.Kind, quoteDepth: Int) -> Bool {
        quoteDepth > 0 || kind == .quote
    }

    /// Paragraphs and block quotes: the blocks compared as paragraphs.
    static func isParagraph(_ block: Block) -> Bool {
        isParagraph(block.kind)
    }

    static func isParagraph(_ kind: Block.Kind) -> Bool {
        switch kind {
        case .paragraph, .quote: true
        default: false
        }
    }

    static func isListItem(_ block: Block) -> Bool {
        isListItem(block.kind)
    }

    static func isListItem(_ kind: Block.Kind) -> Bool {
        if case .listItem = kind { return true }
        return false
    }

    /// Exact repeats among the paragraphs of at least `minWords` words, repeated titles left out.
    /// Worked out once per article: the duplicate-sentence check leaves these paragraphs to this one.
    static func paragraphs(in article: Article, minWords: Int) -> [Repeat] {
        paragraphMemo.value(for: article, key: minWords) {
            paragraphs(in: article, words: WordIndex(article: article, including: isParagraph), minWords: minWords)
        }
    }

    private static let paragraphMemo = ArticleMemo<Int, [Repeat]>()
    private static let listItemMemo = ArticleMemo<Int, [Repeat]>()
    private static let nearMemo = ArticleMemo<NearSettings, [NearRepeat]>()

    private struct NearSettings: Equatable {
        var minWords: Int
        var threshold: Double
    }

    private static func paragraphs(in article: Article, words: WordIndex, minWords: Int) -> [Repeat] {
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        return later(
            article.blocks.indices.lazy.map { index -> (index: Int, key: Key?) in
                guard isParagraph(article.blocks[index].kind), !titles.contains(index) else { return (index, nil) }
                let words = words.words(block: index, minWords: minWords)
                return (index, Key(words, quoted: isQuoted(blockAt: index, in: article)))
            })
    }

    /// Exact repeats among list items: within one list at any length, across lists from `minWords` words
    /// (short items such as "Eggs" recur in separate lists on purpose). Worked out once per article.
    static func listItems(in article: Article, minWords: Int) -> [Repeat] {
        listItemMemo.value(for: article, key: minWords) {
            listItems(in: article, words: WordIndex(article: article, including: isListItem), minWords: minWords)
        }
    }

    private static func listItems(in article: Article, words: WordIndex, minWords: Int) -> [Repeat] {
        // Made at their size at the first insertion (room for every list item the index
        // holds): grown from the smallest table, each doubling made the slots again and
        // moved every entry.
        var firstAnywhere = FirstTable(capacity: words.includedCount)
        var firstInList = FirstTable(capacity: words.includedCount)
        var inList = false
        var result: [Repeat] = []
        // By index: enumerating the blocks copied every one of them.
        for index in article.blocks.indices where article.blocks[index].isLintable {
            guard isListItem(article.blocks[index].kind) else {
                inList = false
                continue
            }
            // Emptied, keeping its room: a table made anew for every list grew again for each.
            if !inList { firstInList.removeAll() }
            inList = true
            guard let key = Key(words.words(block: index, minWords: 1), quoted: isQuoted(blockAt: index, in: article))
            else {
                continue
            }
            // A long item's first anywhere answers for its list too: an equal key is as long, and
            // an earlier equal item of its list went into both tables. So only short items are
            // kept by list (a long item was looked up and kept twice).
            let first =
                key.count >= minWords
                ? firstAnywhere.first(of: key, orInsert: index) : firstInList.first(of: key, orInsert: index)
            if let first { result.append(Repeat(index: index, first: first)) }
        }
        return result
    }

    /// A paragraph that is nearly the same as an earlier one.
    struct NearRepeat: Sendable, Hashable {
        var index: Int
        var first: Int
        var similarity: Double
    }

    /// Paragraphs of at least `minWords` words whose 3-word shingles have a Jaccard similarity at or
    /// above `threshold` with an earlier paragraph, exact repeats and repeated titles left out.
    /// Worked out once per article.
    static func nearParagraphs(in article: Article, minWords: Int, threshold: Double) -> [NearRepeat] {
        nearMemo.value(for: article, key: NearSettings(minWords: minWords, threshold: threshold)) {
            nearParagraphs(
                in: article, words: WordIndex(article: article, including: isParagraph), minWords: minWords,
                threshold: threshold)
        }
    }

    private static func nearParagraphs(in article: Article, words: WordIndex, minWords: Int, threshold: Double)
        -> [NearRepeat]
    {
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        // The exact repeats are left out: those the duplicate-paragraph rule finds (worked out
        // once per article, in block order), the paragraphs whose key equals an earlier one's.
        let exact = paragraphs(in: article, minWords: minWords)
        var nextExact = 0
        let join = ShingleJoin(threshold: threshold)
        // Quoted and unquoted paragraphs are joined apart: each group's blocks and words in
        // arrays of their own, the words handed to the join as they are (an array of the
        // groups and one of each group's words, made from arrays of pairs, cost two allocations
        // and a retain and a release of each paragraph's words an article).
        var unquoted: [Int] = []
        var unquotedWords: [ArraySlice<WordIndex.Word>] = []
        var quoted: [Int] = []
        var quotedWords: [ArraySlice<WordIndex.Word>] = []
        unquoted.reserveCapacity(words.includedCount)
        unquotedWords.reserveCapacity(words.includedCount)
        for index in article.blocks.indices where isParagraph(article.blocks[index].kind) && !titles.contains(index) {
            guard let paragraph = words.words(block: index, minWords: minWords) else { continue }
            while nextExact < exact.count, exact[nextExact].index < index { nextExact += 1 }
            if nextExact < exact.count, exact[nextExact].index == index { continue }
            if isQuoted(blockAt: index, in: article) {
                quoted.append(index)
                quotedWords.append(paragraph)
            } else {
                unquoted.append(index)
                unquotedWords.append(paragraph)
            }
        }
        func near(_ blocks: [Int], _ texts: [ArraySlice<WordIndex.Word>]) -> [NearRepeat] {
            join.matches(texts: texts).map { match in
                NearRepeat(index: blocks[match.later], first: blocks[match.earlier], similarity: match.similarity)
            }
        }
        // A group's matches come in its texts' order, its blocks' order: the two groups' are
        // merged by block only when the quoted paragraphs (two at least) may match too.
        let found = near(unquoted, unquotedWords)
        guard quotedWords.count > 1 else { return found }
        return (found + near(quoted, quotedWords)).sorted { $0.index < $1.index }
    }
}
