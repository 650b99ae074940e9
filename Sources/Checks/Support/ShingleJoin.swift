import Foundation

/// Finds near-duplicate texts by the Jaccard similarity of their word-shingle sets, without
/// comparing all pairs.
///
/// A text becomes the set of hashes of its `size`-word shingles. Candidates come from a
/// prefix-filtering index (the AllPairs / PPJoin set-similarity join): order every set by how
/// rare its shingles are across the article, and index only the first
/// `|x| - ⌈t·|x|⌉ + 1` of them. Two sets with Jaccard ≥ t share at least ⌈t·max(|x|,|y|)⌉
/// shingles, so their prefixes must meet; a pair that shares no prefix shingle cannot reach the
/// threshold, and common shingles ("in the study") seldom sit in a prefix. The exact Jaccard is
/// then computed for the candidates only, so the result is exact and the cost stays near
/// linear in the article's length.
struct ShingleJoin {
    struct Match: Sendable, Hashable {
        /// Position of the later text in the input.
        var later: Int
        /// Position of the earliest text it is similar to.
        var earlier: Int
        var similarity: Double
    }

    /// Words per shingle.
    var size = 3
    /// Jaccard similarity at or above which two texts match, clamped to 0.01...1.
    var threshold: Double

    init(threshold: Double, size: Int = 3) {
        self.threshold = min(1, max(0.01, threshold))
        self.size = max(1, size)
    }

    /// The sorted, distinct shingle hashes of a text's word hashes; a text shorter than a shingle is one shingle.
    func shingles(of words: [UInt64]) -> [UInt64] {
        words.withUnsafeBufferPointer { words in shingles(wordCount: words.count) { words[$0] } }
    }

    /// `shingles(of:)` of the words `word(0)`, `word(1)`, … up to `wordCount`: the hashes are read
    /// where they lie (a key's slice of the word index), not gathered into an array first.
    /// The shingles are hashed, sorted and made distinct in the result's own storage.
    @inline(__always)
    func shingles(wordCount: Int, _ word: (Int) -> UInt64) -> [UInt64] {
        let count = shingleCount(wordCount: wordCount)
        guard count > 0 else { return [] }
        return [UInt64](unsafeUninitializedCapacity: count) { hashes, initialized in
            writeShingles(wordCount: wordCount, to: hashes.baseAddress!, word)
            initialized = Self.sortDistinct(UnsafeMutableBufferPointer(rebasing: hashes[..<count]))
        }
    }

    /// How many shingles (not yet made distinct) a text of `wordCount` words has: none for no
    /// words, one for a text no longer than a shingle.
    @inline(__always)
    func shingleCount(wordCount: Int) -> Int {
        wordCount <= 0 ? 0 : wordCount <= size ? 1 : wordCount - size + 1
    }

    /// Writes the `shingleCount(wordCount:)` shingle hashes of the words `word(0)`, `word(1)`, …
    /// in text order (neither sorted nor made distinct) from `out` on.
    @inline(__always)
    func writeShingles(wordCount: Int, to out: UnsafeMutablePointer<UInt64>, _ word: (Int) -> UInt64) {
        guard wordCount > 0 else { return }
        guard wordCount > size else {
            out.initialize(to: StableHash.combine(count: wordCount, word))
            return
        }
        let size = size
        for start in 0..<(wordCount - size + 1) {
            (out + start).initialize(to: StableHash.combine(count: size) { word(start + $0) })
        }
    }

    /// Sorts `hashes` and moves the distinct ones to its front; returns how many there are.
    private static func sortDistinct(_ hashes: UnsafeMutableBufferPointer<UInt64>) -> Int {
        guard hashes.count > 1 else { return hashes.count }
        sort(hashes)
        var distinct = 1
        for index in 1..<hashes.count where hashes[index] != hashes[distinct - 1] {
            hashes[distinct] = hashes[index]
            distinct += 1
        }
        return distinct
    }

    /// Sorts hashes in place: by insertion when they are few (most texts' shingles), where
    /// the standard sort sets up a merge sort's buffer. Equal hashes cannot be told apart, so
    /// the order is the standard sort's.
    private static func sort(_ hashes: UnsafeMutableBufferPointer<UInt64>) {
        guard hashes.count <= 32 else {
            var hashes = hashes
            hashes.sort()
            return
        }
        for index in hashes.indices.dropFirst() {
            let hash = hashes[index]
            var slot = index
            while slot > 0, hashes[slot - 1] > hash {
                hashes[slot] = hashes[slot - 1]
                slot -= 1
            }
            hashes[slot] = hash
        }
    }

    /// `matches` of the texts' shingle sets (`shingles(wordCount:_:)` of each text's word
    /// hashes), in text order.
    ///
    /// A text matches another only when they share at least `threshold` times its number of
    /// distinct shingles; a text can match none (as the later or the earlier) when the shingles
    /// that no other text holds are more than `1 - threshold` times its shingles, or when it
    /// shares none. Such texts are found first, through one table of every text's shingles,
    /// and are neither hashed for the join, nor sorted, nor compared: most paragraphs of an
    /// article share hardly a shingle with another, and that cost most of the join. The earliest
    /// match of every other text is still found (the texts left out are similar to none), by
    /// `matches` (through the index when they are many); the table counts in linear time.
    func matches(texts: [ArraySlice<WordIndex.Word>]) -> [Match] {
        guard texts.count > 1 else { return [] }
        let kept = ShingleCounts.mayMatch(texts: texts, size: size, threshold: threshold)
        guard kept.count > 1 else { return [] }
        let sets = kept.map { text in
            texts[text].withUnsafeBufferPointer { words in shingles(wordCount: words.count) { words[$0].hash } }
        }
        return matches(sets).map { match in
            Match(later: kept[match.later], earlier: kept[match.earlier], similarity: match.similarity)
        }
    }

    /// Below this many sets, comparing every pair costs less than building the index.
    static let indexFrom = 48

    /// For each set (in document order) that is similar to an earlier one, the earliest such set.
    func matches(_ sets: [[UInt64]]) -> [Match] {
        sets.count < Self.indexFrom ? pairwiseMatches(sets) : indexedMatches(sets)
    }

    /// `matches` by comparing each set with every earlier one: the prefix index only leaves out
    /// pairs that cannot reach the threshold, so both find the same earliest set.
    func pairwiseMatches(_ sets: [[UInt64]]) -> [Match] {
        var result: [Match] = []
        for later in sets.indices where !sets[later].isEmpty {
            for earlier in 0..<later where !sets[earlier].isEmpty {
                guard sizesCanMatch(sets[earlier].count, sets[later].count) else { continue }
                let similarity = jaccard(sets[earlier], sets[later])
                if similarity >= threshold {
                    result.append(Match(later: later, earlier: earlier, similarity: similarity))
                    break
                }
            }
        }
        return result
    }

    /// `matches` through the prefix-filtering index.
    func indexedMatches(_ sets: [[UInt64]]) -> [Match] {
        var table = ShingleTable(capacity: sets.reduce(0) { $0 + $1.count })
        for set in sets {
            for hash in set { table.count(hash) }
        }
        var seen = [Int](repeating: -1, count: sets.count)
        var result: [Match] = []
        var ordered: [(frequency: Int32, hash: UInt64, slot: Int32)] = []
        for (position, set) in sets.enumerated() where !set.isEmpty {
            // Rarest first; ties broken by the hash so the order is total and deterministic.
            // The shingles no other set holds (frequency 1, the rarest) come first, and are left
            // out: probed, such a shingle finds no set (only this one holds it, and it is posted
            // after the probe); posted, no later set probes it. When they fill the prefix the
            // set can match none, and nothing is sorted: most paragraphs of an article share
            // hardly a shingle with another.
            let prefixLength = prefixLength(set.count)
            ordered.removeAll(keepingCapacity: true)
            var unique = 0
            for hash in set {
                let slot = table.slot(of: hash)
                let frequency = table.frequency(at: slot)
                if frequency == 1 {
                    unique += 1
                } else {
                    ordered.append((frequency, hash, Int32(truncatingIfNeeded: slot)))
                }
            }
            guard unique < prefixLength else { continue }
            ordered.sort { ($0.frequency, $0.hash) < ($1.frequency, $1.hash) }
            let prefix = ordered.prefix(prefixLength - unique)
            var best: (earlier: Int, similarity: Double)?
            for shingle in prefix {
                // Any order: the earliest set at the threshold wins whatever order they come in.
                table.forEachPosting(at: Int(shingle.slot)) { candidate in
                    guard seen[candidate] != position else { return }
                    seen[candidate] = position
                    guard sizesCanMatch(sets[candidate].count, set.count) else { return }
                    let similarity = jaccard(sets[candidate], set)
                    if similarity >= threshold, candidate < (best?.earlier ?? .max) { best = (candidate, similarity) }
                }
            }
            if let best { result.append(Match(later: position, earlier: best.earlier, similarity: best.similarity)) }
            for shingle in prefix { table.post(position, at: Int(shingle.slot)) }
        }
        return result
    }

    /// How many of a set's rarest shingles must be indexed and probed.
    func prefixLength(_ count: Int) -> Int {
        let overlap = Int((threshold * Double(count) - 1e-9).rounded(.up))
        return min(count, max(1, count - overlap + 1))
    }

    private func sizesCanMatch(_ lhs: Int, _ rhs: Int) -> Bool {
        Double(min(lhs, rhs)) >= threshold * Double(max(lhs, rhs)) - 1e-9
    }

    /// Jaccard similarity of two sorted sets of distinct hashes.
    func jaccard(_ lhs: [UInt64], _ rhs: [UInt64]) -> Double {
        var i = 0
        var j = 0
        var shared = 0
        while i < lhs.count, j < rhs.count {
            if lhs[i] == rhs[j] {
                shared += 1
                i += 1
                j += 1
            } else if lhs[i] < rhs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = lhs.count + rhs.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}

/// The shingles of one join: how many sets hold each, and which sets index it, in flat arrays
/// with open addressing on the shingle hash itself (already well mixed, `StableHash`): a
/// `Dictionary` hashed every shingle again with SipHash at each lookup, and kept an array of
/// postings per shingle.
private struct ShingleTable {
    private var keys: [UInt64]
    /// Sets holding the shingle; 0 marks an empty slot.
    private var frequencies: [Int32]
    /// The last posting of each slot, -1 for none; postings chain through `next`.
    private var heads: [Int32]
    private var postings: [(set: Int32, next: Int32)] = []
    private let mask: Int

    /// Room for `capacity` shingles at most half full.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        frequencies = [Int32](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The slot of `hash`: its own, or the empty one where it would go.
    func slot(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while frequencies[slot] != 0, keys[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    /// Counts one more set holding `hash` (a set's shingles are distinct).
    mutating func count(_ hash: UInt64) {
        let slot = slot(of: hash)
        keys[slot] = hash
        frequencies[slot] += 1
    }

    func frequency(at slot: Int) -> Int32 { frequencies[slot] }

    mutating func post(_ set: Int, at slot: Int) {
        postings.append((Int32(truncatingIfNeeded: set), heads[slot]))
        heads[slot] = Int32(truncatingIfNeeded: postings.count - 1)
    }

    /// The sets posted at `slot`, latest first.
    func forEachPosting(at slot: Int, _ body: (Int) -> Void) {
        var posting = heads[slot]
        while posting >= 0 {
            body(Int(postings[Int(posting)].set))
            posting = postings[Int(posting)].next
        }
    }
}

/// Which texts hold each shingle, for `ShingleJoin.matches(texts:)`: one table of the
/// texts' shingles, with open addressing.
///
/// The table keys a shingle by a cheap key of its words (two multiplications), not by its
/// hash: equal shingles have equal keys, and two shingles whose keys collide only make a
/// text look as if it shared more, never less. A text whose shingle the others hold shares
/// its key with them, and a key that no other text holds stands for shingles that none
/// holds: so the distinct keys no other text holds are at most the distinct shingles no
/// other text holds, and `mayMatch` leaves out only texts that can match none.
enum ShingleCounts {
    /// The texts (in order) that may match another: those holding a shingle another text holds,
    /// whose distinct shingles that no other text holds are at most `1 - threshold` times
    /// their shingles (counted with repeats: at least their distinct ones).
    ///
    /// A text matching another at Jaccard ≥ t shares with it at least t times the union of
    /// their distinct shingles, so at most 1 - t times its own distinct shingles are held by
    /// no other text.
    ///
    /// Each text's distinct keys, and those another text holds too, are counted as the keys
    /// go into the table (a key's first text and the last text that put it there are kept
    /// with it): a second pass over every shingle's slot, after the table was full, cost about
    /// twenty instructions a shingle.
    static func mayMatch(texts: [ArraySlice<WordIndex.Word>], size: Int, threshold: Double) -> [Int] {
        func count(_ words: Int) -> Int { words == 0 ? 0 : words <= size ? 1 : words - size + 1 }
        let total = texts.reduce(0) { $0 + count($1.count) }
        var tableSize = 16
        while 3 * tableSize < 4 * total { tableSize *= 2 }
        let mask = tableSize - 1
        // One allocation: the keys (0 marks an empty slot; a key of 0 is kept as 1), the text
        // that put each key there first (-1 once another text has too) and last (read only
        // where a key is), then each text's count of shared keys and of distinct keys.
        let storage = UnsafeMutableRawPointer.allocate(
            byteCount: 16 * tableSize + 8 * texts.count, alignment: MemoryLayout<UInt64>.alignment)
        defer { storage.deallocate() }
        let keys = storage.initializeMemory(as: UInt64.self, repeating: 0, count: tableSize)
        let firsts = (storage + 8 * tableSize).bindMemory(to: Int32.self, capacity: tableSize)
        let lasts = (storage + 12 * tableSize).bindMemory(to: Int32.self, capacity: tableSize)
        let shared = (storage + 16 * tableSize).initializeMemory(as: Int32.self, repeating: 0, count: texts.count)
        let distincts = (storage + 16 * tableSize + 4 * texts.count).bindMemory(to: Int32.self, capacity: texts.count)
        var owner: Int32 = 0
        // The current text's distinct keys and those another text put there before it.
        var distinct = 0
        var sharedBefore: Int32 = 0
        @inline(__always) func add(_ key: UInt64) {
            let key = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = key
                firsts[slot] = owner
                lasts[slot] = owner
                distinct += 1
            } else if lasts[slot] != owner {
                // Not a repeat within the text (its shingles go in one after another).
                lasts[slot] = owner
                distinct += 1
                sharedBefore += 1
                let first = firsts[slot]
                if first >= 0 {
                    shared[Int(first)] += 1
                    firsts[slot] = -1
                }
            }
        }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        for text in texts.indices {
            owner = Int32(truncatingIfNeeded: text)
            distinct = 0
            sharedBefore = 0
            texts[text].withUnsafeBufferPointer { words in
                if size == 3, words.count > 3 {
                    // The usual shingle, its three words kept as they slide.
                    var first = words[0].hash
                    var second = words[1].hash
                    for index in 2..<words.count {
                        let third = words[index].hash
                        add((first &* multiplier &+ second) &* multiplier &+ third)
                        first = second
                        second = third
                    }
                    return
                }
                for shingle in 0..<count(words.count) {
                    var key: UInt64 = 0
                    for word in shingle..<min(shingle + size, words.count) {
                        key = key &* multiplier &+ words[word].hash
                    }
                    add(key)
                }
            }
            distincts[text] = Int32(truncatingIfNeeded: distinct)
            shared[text] += sharedBefore
        }
        var kept: [Int] = []
        for text in texts.indices where shared[text] > 0 {
            // Held by no other text: its distinct keys less the shared ones.
            let own = Int(distincts[text] - shared[text])
            // The margin keeps every text whose quotient could round up to the threshold.
            if Double(own) <= (1 - threshold + 1e-9) * Double(count(texts[text].count)) { kept.append(text) }
        }
        return kept
    }
}
