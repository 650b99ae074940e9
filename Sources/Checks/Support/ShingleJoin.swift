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
        guard !words.isEmpty else { return [] }
        guard words.count > size else { return [StableHash.combine(words[...])] }
        let count = words.count - size + 1
        var hashes: [UInt64] = []
        hashes.reserveCapacity(count)
        // Each shingle hashed in place in the words' storage.
        words.withUnsafeBufferPointer { words in
            for start in 0..<count {
                hashes.append(StableHash.combine(UnsafeBufferPointer(rebasing: words[start..<(start + size)])))
            }
        }
        hashes.sort()
        var distinct = 0
        for hash in hashes where distinct == 0 || hashes[distinct - 1] != hash {
            hashes[distinct] = hash
            distinct += 1
        }
        hashes.removeLast(hashes.count - distinct)
        return hashes
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
        var frequency: [UInt64: Int] = [:]
        frequency.reserveCapacity(sets.reduce(0) { $0 + $1.count })
        for set in sets {
            for hash in set { frequency[hash, default: 0] += 1 }
        }
        var index: [UInt64: [Int]] = [:]
        var seen = [Int](repeating: -1, count: sets.count)
        var result: [Match] = []
        for (position, set) in sets.enumerated() where !set.isEmpty {
            // Rarest first; ties broken by the hash so the order is total and deterministic.
            let ordered = set.map { (frequency: frequency[$0]!, hash: $0) }.sorted {
                ($0.frequency, $0.hash) < ($1.frequency, $1.hash)
            }
            let prefix = ordered.prefix(prefixLength(set.count)).map(\.hash)
            var best: (earlier: Int, similarity: Double)?
            for hash in prefix {
                for candidate in index[hash] ?? [] where seen[candidate] != position {
                    seen[candidate] = position
                    guard sizesCanMatch(sets[candidate].count, set.count) else { continue }
                    let similarity = jaccard(sets[candidate], set)
                    if similarity >= threshold, candidate < (best?.earlier ?? .max) { best = (candidate, similarity) }
                }
            }
            if let best { result.append(Match(later: position, earlier: best.earlier, similarity: best.similarity)) }
            for hash in prefix { index[hash, default: []].append(position) }
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
