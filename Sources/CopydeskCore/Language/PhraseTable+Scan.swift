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
            _ = tokens(scan, from: start, touched: nil, body)
        }
    }

    /// `scan(keys: sink.keys(n), in: 0..<sink.keys(n).count)` of each of the sink's sentences in
    /// turn, its matches given to `sink.match(_:_:)` and `sink.done(n)` called after each
    /// sentence: the scratch is set up once for them all, not once a sentence (an allocation and
    /// two `memset`s, the table's arrays read again). Between two sentences only the lists that
    /// matched in the first have their next free token set back (every list's best entry is none
    /// again once its match is given), and each sentence's tokens' numbers are cleared as they were.
    ///
    /// Generic over the sink, not handed closures: a call made once per article is not inlined
    /// into its caller, and its closures were called through their contexts for every match and
    /// sentence, the state they wrote kept in boxes (about 200 instructions a sentence).
    func scan<Sink: PhraseSentenceSink>(sentences sink: inout Sink) {
        let lists = listCount
        let count = sink.sentenceCount
        // The lists' five arrays, then room for the numbers of a sentence of up to
        // `keptNumbers` tokens; a longer one's go to memory of their own, made at most once a call.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 5 * lists + Self.keptNumbers) { scratch in
            let nextFree = UnsafeMutableBufferPointer(rebasing: scratch[0..<lists])
            let best = UnsafeMutableBufferPointer(rebasing: scratch[lists..<(2 * lists)])
            let bestRank = UnsafeMutableBufferPointer(rebasing: scratch[(2 * lists)..<(3 * lists)])
            let found = UnsafeMutableBufferPointer(rebasing: scratch[(3 * lists)..<(4 * lists)])
            let touched = UnsafeMutableBufferPointer(rebasing: scratch[(4 * lists)..<(5 * lists)])
            let kept = scratch.baseAddress.unsafelyUnwrapped + 5 * lists
            var long = LongNumbers()
            defer { long.deallocate() }
            nextFree.initialize(repeating: 0)
            best.initialize(repeating: -1)
            for sentence in 0..<count {
                let keys = sink.keys(sentence)
                let end = keys.count
                var start = 0
                if end > 0, skipsByHash {
                    start = firstWordHashes.unsafelyUnwrapped.firstMayContain(keys, from: 0, to: end)
                }
                if start < end {
                    precondition(end <= Int(Int32.max))
                    let numbers = end <= Self.keptNumbers ? kept : long.room(end)
                    let scan = Scan(
                        keys: keys, base: 0, end: end,
                        numbers: UnsafeMutableBufferPointer(start: numbers, count: end),
                        nextFree: nextFree, best: best, bestRank: bestRank, found: found)
                    scan.numbers.initialize(repeating: Self.unknownNumber)
                    let touchedCount = tokens(scan, from: start, touched: touched) { sink.match($0, $1) }
                    for list in touched[0..<touchedCount] { nextFree[Int(list)] = 0 }
                }
                sink.done(sentence)
            }
        }
    }

    /// The most tokens whose numbers `scan(sentences:)` keeps in its scratch: with
    /// a policy's 29 lists, the scratch stays within the 1 KiB kept on the stack.
    static let keptNumbers = 96

    /// Numbers of the tokens of a sentence longer than `keptNumbers`: memory made when one
    /// comes, and larger when a longer one does.
    private struct LongNumbers {
        private var base: UnsafeMutablePointer<Int32>? = nil
        private var capacity = 0

        /// Room for `count` numbers.
        @inline(never)
        mutating func room(_ count: Int) -> UnsafeMutablePointer<Int32> {
            if count > capacity {
                base?.deallocate()
                base = .allocate(capacity: count)
                capacity = count
            }
            return base.unsafelyUnwrapped
        }

        func deallocate() {
            base?.deallocate()
        }
    }

    /// The matching loop of `scan` over the tokens of `scan` from `start` (the first the hashes
    /// let through), its scratch set up. With `touched`, each list that matches is written there
    /// once (its next free token was 0 until then), and the count returned.
    @inline(__always)
    private func tokens(
        _ scan: Scan, from start: Int, touched: UnsafeMutableBufferPointer<Int32>?, _ body: (Int, Range<Int>) -> Void
    ) -> Int {
        let lists = listCount
        var touchedCount = 0
        var foundCount = 0
        // Most tokens start no entry. Without `*` or prefix edges at the root, an ASCII token
        // whose hash the first-word filter rules out starts none (`mayStartExact`): those are
        // passed over in a loop of their own, which reads nothing else.
        // (The filter is read in place: a copy would retain its storage once per call.)
        let keys = scan.keys
        let endIndex = scan.end
        var index = start
        while index < endIndex {
            defer { index += 1 }
            if skipsByHash {
                index = firstWordHashes.unsafelyUnwrapped.firstMayContain(keys, from: index, to: endIndex)
                guard index < endIndex else { break }
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
                        // The first node's walk in place: most walks end there, and the call
                        // cost them about a quarter of their instructions.
                        visit(Int(child), depth: 1, exactFirst: true, at: index, shape, scan, &foundCount)
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
                if let touched, scan.nextFree[list] == 0 {
                    touched[touchedCount] = Int32(truncatingIfNeeded: list)
                    touchedCount += 1
                }
                scan.nextFree[list] = Int32(truncatingIfNeeded: end)
                scan.best[list] = -1
            }
            foundCount = 0
        }
        return touchedCount
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
    @inline(never)
    private func walk(
        _ nodeNumber: Int, depth: Int, exactFirst: Bool, at index: Int, _ shape: (first: UInt8, count: Int),
        _ scan: Scan,
        _ foundCount: inout Int
    ) {
        visit(nodeNumber, depth: depth, exactFirst: exactFirst, at: index, shape, scan, &foundCount)
    }

    /// `walk`'s work at one node, inlined into the matching loop for the root's exact children
    /// (the node a token's walk starts at) and into `walk` for the nodes below them.
    @inline(__always)
    private func visit(
        _ nodeNumber: Int, depth: Int, exactFirst: Bool, at index: Int, _ shape: (first: UInt8, count: Int),
        _ scan: Scan,
        _ foundCount: inout Int
    ) {
        let rank = 2 * depth + (exactFirst ? 1 : 0)
        let node = nodes[nodeNumber]
        // The node's ranges are read as bounds (a `Range` made of them tests them again).
        var position = Int(node.terminalStart)
        let terminalEnd = Int(node.terminalEnd)
        while position < terminalEnd {
            defer { position &+= 1 }
            let terminal = terminals[position]
            let entry = Int(terminal.entry)
            let list = Int(terminal.list)
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
        if node.exactStart < node.exactEnd, mayHoldChild(node, scan.keys.key(at: next)) {
            let number = scan.number(at: next, in: exactWords)
            if number >= 0, let child = child(from: Int(node.exactStart), to: Int(node.exactEnd), number) {
                walk(child, depth: depth + 1, exactFirst: exactFirst, at: index, shape, scan, &foundCount)
            }
        }
        var edge = Int(node.otherStart)
        let otherEnd = Int(node.otherEnd)
        while edge < otherEnd {
            if otherCodes[edge] == Self.any || hasPrefix(edge, next, scan) {
                walk(
                    Int(otherNodes[edge]), depth: depth + 1, exactFirst: exactFirst, at: index, shape, scan, &foundCount
                )
            }
            edge &+= 1
        }
    }

    /// Whether the token with key `key` may be an exact child of `node` (`Node.childHashes`).
    @inline(__always)
    private func mayHoldChild(_ node: Node, _ key: WordKeys.Key) -> Bool {
        !key.isASCII || node.childHashes & (1 << Self.childHashBit(key.hash)) != 0
    }

    /// The child reached by the exact word `number` among the edges `start..<end` (sorted by number).
    @inline(__always)
    private func child(from start: Int, to end: Int, _ number: Int) -> Int? {
        var low = start
        var high = end
        while high &- low > 4 {
            let middle = (low &+ high) &>> 1
            if Int(exactCodes[middle]) <= number { low = middle } else { high = middle }
        }
        while low < high {
            if Int(exactCodes[low]) == number { return Int(exactNodes[low]) }
            low &+= 1
        }
        return nil
    }
}

/// The sentences `PhraseTable.scan(sentences:)` reads, and what it gives their matches to.
protocol PhraseSentenceSink {
    /// How many sentences there are.
    var sentenceCount: Int { get }
    /// The words of sentence `sentence`, hashed once for the sentence.
    func keys(_ sentence: Int) -> WordKeys
    /// A match of entry `entry` over `tokens` (counted from the sentence's start) of the
    /// sentence being read, in token order.
    mutating func match(_ entry: Int, _ tokens: Range<Int>)
    /// Called after each sentence (with or without matches), in order.
    mutating func done(_ sentence: Int)
}
