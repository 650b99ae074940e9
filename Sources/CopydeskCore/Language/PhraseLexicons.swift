/// Several phrase lexicons matched in one pass over a sentence's tokens.
///
/// Each list gets what `PhraseMatcher` would give it (longest entry first at each position,
/// without overlaps inside the list, `*` any one word, `stem*` a prefix), but the sentence is
/// read once, with one lookup per token, instead of once per list: the lists share one
/// `PhraseTable`, whose first-word lookup gives the candidate entries of every list at once.
package struct PhraseLexicons: Sendable {
    /// A match of one of the lists: the entry (numbered across the lists, see `list(of:)`) and
    /// the tokens it covers.
    package struct Found: Sendable, Hashable {
        package var entry: Int32
        package var tokenRange: Range<Int>
    }

    private let table: PhraseTable

    package init(_ lists: [[String]]) {
        table = PhraseTable(lists: lists)
    }

    package var listCount: Int { table.listCount }

    /// Whether `other` is this value or a copy of it (so matches found with one are the other's).
    package func isSame(as other: PhraseLexicons) -> Bool {
        table === other.table
    }

    /// What `isSame(as:)` compares: equal for this value and its copies while one of them lives.
    package var identity: ObjectIdentifier {
        ObjectIdentifier(table)
    }

    /// The list an entry belongs to.
    package func list(of found: Found) -> Int {
        Int(table.entryLists[Int(found.entry)])
    }

    /// The lexicon entry that matched.
    package func phrase(of found: Found) -> String {
        table.phrases[Int(found.entry)]
    }

    /// Every list's matches in the sentence, in token order (each list's matches in order, and
    /// without overlaps among themselves).
    package func found(keys: WordKeys) -> [Found] {
        var result: [Found] = []
        table.scan(keys: keys, in: 0..<keys.count) { entry, tokens in
            // One allocation for the sentence, not one per doubling (each asks the runtime for
            // the array's type).
            if result.isEmpty { result.reserveCapacity(8) }
            result.append(Found(entry: Int32(entry), tokenRange: tokens))
        }
        return result
    }

    /// Calls `body(entry, tokens)` for each match of every list among the tokens in `range`, in
    /// token order (tokens counted from the sentence's start): what `found(keys:)` collects.
    @inline(__always)
    package func forEachMatch(keys: WordKeys, in range: Range<Int>, _ body: (Int, Range<Int>) -> Void) {
        table.scan(keys: keys, in: range, body)
    }

    /// `forEachMatch(keys: sink.keys(n), in: 0..<sink.keys(n).count)` for each of the sink's
    /// sentences in turn, matches given to `sink.match(_:_:)` and `sink.done(n)` called after
    /// each: one set-up of the scan for them all (`PhraseTable.scan(sentences:)`).
    @inline(__always)
    func forEachMatch<Sink: PhraseSentenceSink>(sentences sink: inout Sink) {
        table.scan(sentences: &sink)
    }

    /// A list's entries, a range of entry numbers (empty for a list past the last).
    package func entries(of list: Int) -> Range<Int> {
        list < table.listEntries.count ? table.listEntries[list] : table.phrases.count..<table.phrases.count
    }

    /// The lexicon entry numbered `entry`.
    package func phrase(entry: Int) -> String {
        table.phrases[entry]
    }

    /// Bit `list` set for each list with a match among `found` (bit 63 for every list from the
    /// 63rd on): which lists a sentence holds a match of, asked before its matches.
    package func listBits(of found: ArraySlice<Found>) -> UInt64 {
        var bits: UInt64 = 0
        for one in found {
            let list = Int(table.entryLists[Int(one.entry)])
            bits |= list < 63 ? 1 << UInt64(list) : 1 << 63
        }
        return bits
    }

    /// `list`'s matches among `found` (what `found(keys:)` gave for the sentence of `tokens`).
    package func matches(_ list: Int, in found: ArraySlice<Found>, tokens: SentenceTokens) -> [PhraseMatcher.Match] {
        var result: [PhraseMatcher.Match] = []
        for one in found where self.list(of: one) == list {
            result.append(match(one, tokens))
        }
        return result
    }

    /// The matches of every list, indexed by list; empty when no list matches (as `TextScan.matches` reads it).
    package func matches(words: [String], tokens: [Words.Token]) -> [[PhraseMatcher.Match]] {
        matches(keys: WordKeys(words), tokens: SentenceTokens(tokens))
    }

    /// The same over words hashed once for the sentence (`SentenceText.keys`).
    package func matches(keys: WordKeys, tokens: SentenceTokens) -> [[PhraseMatcher.Match]] {
        var result: [[PhraseMatcher.Match]] = []
        table.scan(keys: keys, in: 0..<keys.count) { entry, range in
            if result.isEmpty { result = Array(repeating: [], count: table.listCount) }
            result[Int(table.entryLists[entry])].append(match(Found(entry: Int32(entry), tokenRange: range), tokens))
        }
        return result
    }

    @inline(__always)
    private func match(_ found: Found, _ tokens: SentenceTokens) -> PhraseMatcher.Match {
        let range = found.tokenRange
        return PhraseMatcher.Match(
            phrase: table.phrases[Int(found.entry)], tokenRange: range,
            range: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }
}
