extension PhraseTable {
    /// The scratch memory of one matching call: each token's number in `exactWords`, and for
    /// each list the first token its next match may start at and its best entry at the current one.
    ///
    /// Each is an `Int32` (numbers, entries and token indices all fit one: `scan` checks the
    /// tokens'): the scratch of a policy's index, 29 lists, stays on the stack for sentences of
    /// up to 140 words, where `Int`s went to the heap past 12 words.
    struct Scan {
        /// The tokens' words, each hashed once for the sentence.
        let keys: WordKeys
        /// The first token and one past the last token the call reads.
        let base: Int
        let end: Int
        /// Indexed from `base`; `unknown` until looked up, -1 for a word no entry holds.
        let numbers: UnsafeMutableBufferPointer<Int32>
        let nextFree: UnsafeMutableBufferPointer<Int32>
        /// The list's best entry at the current token (-1: none yet), and its rank: twice its
        /// length, plus one when its first word is exact.
        let best: UnsafeMutableBufferPointer<Int32>
        let bestRank: UnsafeMutableBufferPointer<Int32>
        /// The lists that have a best entry at the current token, `foundCount` of them.
        let found: UnsafeMutableBufferPointer<Int32>

        @inline(__always)
        func number(at index: Int, in table: WordTable) -> Int {
            let known = numbers[index - base]
            if known != PhraseTable.unknownNumber { return Int(known) }
            let number = table.number(in: keys, at: index) ?? -1
            numbers[index - base] = Int32(truncatingIfNeeded: number)
            return number
        }
    }

    /// Calls `body(entry, tokens)` for every match of every list among the tokens in `range`, in
    /// token order; token ranges count from the sentence's start. Each list's matches are those
    /// of a table of that list alone: the best entry at each token, without overlaps.
    @inline(__always)
    func scan(keys: WordKeys, in range: Range<Int>, _ body: (Int, Range<Int>) -> Void) {
        guard !range.isEmpty else { return }
        // The first token the hashes let through, found before the scratch is set up: a
        // sentence none of whose tokens can start an entry (many, for a table of few first
        // words) returns here, and the others start their loop at that token.
        var start = range.lowerBound
        if skipsByHash {
            start = firstWordHashes.unsafelyUnwrapped.firstMayContain(keys, from: start, to: range.upperBound)
            guard start < range.upperBound else { return }
        }
        let lists = listCount
        precondition(range.upperBound <= Int(Int32.max))
        // One allocation: the lists' four arrays, then the tokens' numbers.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * lists + range.count) { scratch in
            let scan = Scan(
                keys: keys, base: range.lowerBound, end: range.upperBound,
                numbers: UnsafeMutableBufferPointer(rebasing: scratch[(4 * lists)...]),
                nextFree: UnsafeMutableBufferPointer(rebasing: scratch[0..<lists]),
                best: UnsafeMutableBufferPointer(rebasing: scratch[lists..<(2 * lists)]),
                bestRank: UnsafeMutableBufferPointer(rebasing: scratch[(2 * lists)..<(3 * lists)]),
                found: UnsafeMutableBufferPointer(rebasing: scratch[(3 * lists)..<(4 * lists)]))
            // Only what is read before it is written is set: a list's `bestRank` is read only
            // while it has a best entry, and `found` only below `foundCount`.
            if lists == 1 {
                // One list (a `PhraseMatcher`'s): two stores, not two calls to `memset`.
                scan.nextFree[0] = 0
                scan.best[0] = -1
            } else {
                scan.nextFree.initialize(repeating: 0)
                scan.best.initialize(repeating: -1)
            }
            scan.numbers.initialize(repeating: Self.unknownNumber)
            var foundCount = 0
            // Most tokens start no entry. Without `*` or prefix edges at the root, an ASCII token
            // whose hash the first-word filter rules out starts none (`mayStartExact`): those are
            // passed over in a loop of their own, which reads nothing else.
            // (The filter is read in place: a copy would retain its storage once per call.)
            var index = start
            while index < range.upperBound {
                defer { index += 1 }
                if skipsByHash {
                    index = firstWordHashes.unsafelyUnwrapped.firstMayContain(keys, from: index, to: range.upperBound)
                    guard index < range.upperBound else { break }
                }
                // One list: the tokens inside its last match start none.
                if lists == 1, Int(scan.nextFree[0]) > index { continue }
                let key = keys.key(at: index)
                let shape = key.shape
                // An ASCII token the hashes let through has passed `mayStartExact` already.
                if skipsByHash && key.isASCII || mayStartExact(key) {
                    let number = scan.number(at: index, in: exactWords)
                    if number >= 0 {
                        let child = rootExact[number]
                        if child >= 0 {
                            walk(Int(child), depth: 1, exactFirst: true, at: index, shape, scan, &foundCount)
                        }
                    }
                }
                if hasRootOthers {
                    for edge in rootOthers[Int(shape.first)]
                    where otherCodes[edge] == Self.any || hasPrefix(edge, index, scan) {
                        walk(
                            Int(otherNodes[edge]), depth: 1, exactFirst: false, at: index, shape, scan, &foundCount)
                    }
                }
                guard foundCount > 0 else { continue }
                for found in scan.found[0..<foundCount] {
                    let list = Int(found)
                    let entry = Int(scan.best[list])
                    let end = index + Int(entryCounts[entry])
                    body(entry, index..<end)
                    scan.nextFree[list] = Int32(truncatingIfNeeded: end)
                    scan.best[list] = -1
                }
                foundCount = 0
            }
        }
    }

    /// Whether the token with key `key` passes the filter in front of the root lookup: for an
    /// ASCII token the hashes of the lists' exact first words, for another their shapes.
    @inline(__always)
    private func mayStartExact(_ key: WordKeys.Key) -> Bool {
        // An ASCII token equals an exact first word only with its bytes (the hashes are kept
        // only then): one that does has the word's shape too, so the shapes would let it through.
        if key.isASCII, let hashes = firstWordHashes { return hashes.mayContain(key.hash) }
        return firstWordShapes.mayContain(key.shape)
    }

    /// Whether the token at `index` starts with the stem of the prefix edge `edge`.
    @inline(__always)
    private func hasPrefix(_ edge: Int, _ index: Int, _ scan: Scan) -> Bool {
        scan.keys.words[index].hasPrefix(prefixes[Int(Self.any - 1 - otherCodes[edge])])
    }

    /// Takes the entries ending at `node` (`depth` words from `index`) as their lists' best where
    /// they beat it, then walks on to the node's children that the next token matches.
    private func walk(
        _ node: Int, depth: Int, exactFirst: Bool, at index: Int, _ shape: (first: UInt8, count: Int), _ scan: Scan,
        _ foundCount: inout Int
    ) {
        let rank = 2 * depth + (exactFirst ? 1 : 0)
        for position in nodeTerminals[node] {
            let entry = Int(terminalEntries[position])
            let list = Int(entryLists[entry])
            guard Int(scan.nextFree[list]) <= index else { continue }
            if exactFirst, listShapes.count > 1, !listShapes[list].mayContain(shape) { continue }
            let best = Int(scan.best[list])
            if best < 0 {
                scan.found[foundCount] = Int32(truncatingIfNeeded: list)
                foundCount += 1
            } else {
                let bestRank = Int(scan.bestRank[list])
                if rank < bestRank || rank == bestRank && entry > best { continue }
            }
            scan.best[list] = Int32(truncatingIfNeeded: entry)
            scan.bestRank[list] = Int32(truncatingIfNeeded: rank)
        }
        let next = index + depth
        guard next < scan.end else { return }
        let exact = nodeExact[node]
        if !exact.isEmpty, mayHoldChild(node, scan.keys.key(at: next)) {
            let number = scan.number(at: next, in: exactWords)
            if number >= 0, let child = child(in: exact, number) {
                walk(child, depth: depth + 1, exactFirst: exactFirst, at: index, shape, scan, &foundCount)
            }
        }
        for edge in nodeOthers[node] where otherCodes[edge] == Self.any || hasPrefix(edge, next, scan) {
            walk(Int(otherNodes[edge]), depth: depth + 1, exactFirst: exactFirst, at: index, shape, scan, &foundCount)
        }
    }

    /// Whether the token with key `key` may be an exact child of `node` (`nodeChildHashes`).
    @inline(__always)
    private func mayHoldChild(_ node: Int, _ key: WordKeys.Key) -> Bool {
        !key.isASCII || nodeChildHashes[node] & (1 << Self.childHashBit(key.hash)) != 0
    }

    /// The child reached by the exact word `number` among the edges `range` (sorted by number).
    @inline(__always)
    private func child(in range: Range<Int>, _ number: Int) -> Int? {
        var low = range.lowerBound
        var high = range.upperBound
        while high - low > 4 {
            let middle = (low + high) / 2
            if Int(exactCodes[middle]) <= number { low = middle } else { high = middle }
        }
        for edge in low..<high where Int(exactCodes[edge]) == number { return Int(exactNodes[edge]) }
        return nil
    }
}
