/// Phrase lexicons as one trie of word numbers: what `PhraseMatcher` (one lexicon) and
/// `PhraseLexicons` (several, in one pass) match with.
///
/// Entries are numbered list by list, and everything the matching loop reads about them is
/// integers and ranges into flat arrays, so it retains nothing per token. Each exact entry word
/// has a number in `exactWords` (words equal in Swift share one), and each token is looked up
/// there at most once per call: an edge matches a token when the numbers are equal, exactly
/// when the strings are equal. Walking the trie from a token reads each following token once,
/// however many entries share the first words (the hedge lexicon has 240 entries starting with
/// `it`, which the flat table it replaces tried one after another).
///
/// At each token, each list gets its best entry (`PhraseTable+Scan`): the longest; of equally
/// long ones, one whose first word is exact before one starting with `*` or a prefix; then the
/// first in the list. That is what the flat table did: exact first words longest first, then the
/// others when strictly longer.
final class PhraseTable: Sendable {
    /// A token not looked up yet.
    static let unknownNumber = Int32.min
    /// The other-edge code of `*`; a code below it is the prefix `prefixes[any - 1 - code]`.
    static let any: Int32 = -1

    let phrases: [String]
    /// Each entry's list (its index in the lists the table was built from) and number of words.
    let entryLists: [Int32]
    let entryCounts: [Int32]
    /// Each list's entries: a range of entry numbers.
    let listEntries: [Range<Int>]
    var listCount: Int { listEntries.count }

    let exactWords: WordTable
    let prefixes: [String]
    /// The first-word filter in front of the root lookup, over every list's exact first words.
    let firstWordShapes: FirstWordShapes
    /// Each list's own first-word filter (when there are several): a list's exact first word
    /// matches only a token its filter lets through, as a table of that list alone would.
    let listShapes: [FirstWordShapes]
    /// A second filter in front of the root lookup for ASCII tokens, over the hashes `WordKeys`
    /// reads: most tokens that pass the shapes (`the`, `in`, `is`) are no first word, and are
    /// ruled out without hashing their bytes again or comparing them. Off (nil) when a first word
    /// could equal an ASCII token with other bytes (see `WordTable`).
    let firstWordHashes: WordHashBits?
    /// Whether `scan` passes over the tokens `firstWordHashes` rules out without reading them
    /// further: there are hashes, and no `*` or prefix edge at the root could take such a token.
    let skipsByHash: Bool

    /// The root's child for each exact word number (-1: no entry starts with the word).
    let rootExact: [Int32]
    /// For each first byte of a token, the root's `*` and prefix edges that could match it, as a
    /// range of `otherCodes` and `otherNodes`.
    let rootOthers: [Range<Int>]
    let hasRootOthers: Bool
    /// Each node's terminals, children and child hashes (see `Node`), by node number.
    let nodes: [Node]
    /// The exact children of the nodes, sorted by word number within a node (`Node.exact`).
    let exactCodes: [Int32]
    let exactNodes: [Int32]
    /// The `*` and prefix children of the nodes (`Node.others`).
    let otherCodes: [Int32]
    let otherNodes: [Int32]
    /// The entries ending at the nodes (`Node.terminals`), in entry order within a node, each
    /// with its list.
    let terminals: [Terminal]

    /// What `scan` reads of a trie node, in one element (four arrays, each read with a bounds
    /// test of its own, cost a walk about 25 instructions).
    struct Node {
        /// The entries ending at the node: a range of `terminals`.
        let terminalStart: Int32
        let terminalEnd: Int32
        /// The exact children: a range of `exactCodes` and `exactNodes`, sorted by word number.
        let exactStart: Int32
        let exactEnd: Int32
        /// The `*` and prefix children: a range of `otherCodes` and `otherNodes`.
        let otherStart: Int32
        let otherEnd: Int32
        /// A 64-bit Bloom filter over the exact children's hashes (`childHashBit`): an ASCII
        /// token whose bit is clear is none of them, and is not looked up. All ones where a child
        /// is not ASCII, or a word of the table may equal an ASCII word with other bytes.
        let childHashes: UInt64
    }

    /// An entry ending at a node, and the list it is in (`entryLists[entry]`).
    struct Terminal {
        let entry: Int32
        let list: Int32
    }

    convenience init(_ lexicon: [String]) {
        self.init(lists: [lexicon])
    }

    init(lists: [[String]]) {
        var builder = Builder(capacity: lists.reduce(0) { $0 + $1.count })
        for lexicon in lists { builder.add(lexicon) }
        phrases = builder.phrases
        entryLists = builder.entryLists
        entryCounts = builder.entryCounts
        listEntries = builder.listEntries
        exactWords = builder.exactWords
        prefixes = builder.prefixes
        firstWordShapes = builder.firstWordShapes
        listShapes = builder.listShapes
        firstWordHashes = builder.firstWordHashes()

        // The edges grouped by parent node in node order (a counting sort, which keeps the
        // order they were made in), then each node's sorted: exact codes ascending, the others
        // descending. The root's exact edges go to `rootExact` instead.
        let nodeCount = builder.nodeCount
        var rootExact = [Int32](repeating: -1, count: builder.exactWords.count)
        var exactStarts = [Int](repeating: 0, count: nodeCount + 1)
        var otherStarts = [Int](repeating: 0, count: nodeCount + 1)
        for edge in builder.edges {
            if edge.code < 0 {
                otherStarts[Int(edge.parent) + 1] += 1
            } else if edge.parent == 0 {
                rootExact[Int(edge.code)] = edge.child
            } else {
                exactStarts[Int(edge.parent) + 1] += 1
            }
        }
        for node in 0..<nodeCount {
            exactStarts[node + 1] += exactStarts[node]
            otherStarts[node + 1] += otherStarts[node]
        }
        let exactCount = exactStarts[nodeCount]
        let rootEdges = otherStarts[0]..<otherStarts[1]
        var exactCodes = [Int32](repeating: 0, count: exactCount)
        var exactNodes = [Int32](repeating: 0, count: exactCount)
        // The root's `*` and prefix edges are copied again below, for each first byte.
        var otherCodes = [Int32](repeating: 0, count: otherStarts[nodeCount])
        var otherNodes = [Int32](repeating: 0, count: otherStarts[nodeCount])
        var exactNext = exactStarts
        var otherNext = otherStarts
        for edge in builder.edges {
            let parent = Int(edge.parent)
            if edge.code < 0 {
                otherCodes[otherNext[parent]] = edge.code
                otherNodes[otherNext[parent]] = edge.child
                otherNext[parent] += 1
            } else if parent != 0 {
                exactCodes[exactNext[parent]] = edge.code
                exactNodes[exactNext[parent]] = edge.child
                exactNext[parent] += 1
            }
        }
        for node in 0..<nodeCount {
            Self.sort(exactStarts[node]..<exactStarts[node + 1], &exactCodes, &exactNodes, by: <)
            Self.sort(otherStarts[node]..<otherStarts[node + 1], &otherCodes, &otherNodes, by: >)
        }
        // The entries ending at each node, in entry order (the order they were recorded in).
        var terminalStarts = [Int](repeating: 0, count: nodeCount + 1)
        for terminal in builder.terminals { terminalStarts[Int(terminal.node) + 1] += 1 }
        for node in 0..<nodeCount { terminalStarts[node + 1] += terminalStarts[node] }
        var terminals = [Terminal](repeating: Terminal(entry: 0, list: 0), count: builder.terminals.count)
        var terminalNext = terminalStarts
        for terminal in builder.terminals {
            terminals[terminalNext[Int(terminal.node)]] = Terminal(
                entry: terminal.entry, list: builder.entryLists[Int(terminal.entry)])
            terminalNext[Int(terminal.node)] += 1
        }

        // The root's `*` and prefix edges again, for each first byte those that could match.
        var rootOthers: [Range<Int>] = []
        rootOthers.reserveCapacity(256)
        for byte in 0...255 {
            let start = otherCodes.count
            for edge in rootEdges {
                let code = otherCodes[edge]
                if code == Self.any
                    || FirstWordShapes.mayMatch(builder.prefixes[Int(Self.any - 1 - code)], firstByte: UInt8(byte))
                {
                    otherCodes.append(code)
                    otherNodes.append(otherNodes[edge])
                }
            }
            rootOthers.append(start..<otherCodes.count)
        }
        self.rootExact = rootExact
        self.rootOthers = rootOthers
        hasRootOthers = !rootEdges.isEmpty
        skipsByHash = !hasRootOthers && firstWordHashes != nil
        // Each node's exact children's hash bits, all ones when one of them is not ASCII or a
        // word of the table may equal an ASCII word with other bytes (a node without exact
        // children keeps none). The root's are read from `rootExact`'s edges.
        var nodeChildHashes = [UInt64](repeating: 0, count: nodeCount)
        for edge in builder.edges where edge.code >= 0 {
            let parent = Int(edge.parent)
            let number = Int(edge.code)
            if builder.anyWordMayEqualASCII || !builder.wordIsASCII[number] {
                nodeChildHashes[parent] = .max
            } else if nodeChildHashes[parent] != .max {
                nodeChildHashes[parent] |= 1 << Self.childHashBit(builder.wordHashes[number])
            }
        }
        // Each node's ranges as counted above (the root's other edges copied again past them,
        // for `rootOthers`, are read only through it).
        precondition(otherCodes.count <= Int(Int32.max) && builder.terminals.count <= Int(Int32.max))
        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        for node in 0..<nodeCount {
            let terminals = terminalStarts[node]..<terminalStarts[node + 1]
            let exact = exactStarts[node]..<exactStarts[node + 1]
            let others = otherStarts[node]..<otherStarts[node + 1]
            nodes.append(
                Node(
                    terminalStart: Int32(terminals.lowerBound), terminalEnd: Int32(terminals.upperBound),
                    exactStart: Int32(exact.lowerBound), exactEnd: Int32(exact.upperBound),
                    otherStart: Int32(others.lowerBound), otherEnd: Int32(others.upperBound),
                    childHashes: nodeChildHashes[node]))
        }
        self.nodes = nodes
        self.exactCodes = exactCodes
        self.exactNodes = exactNodes
        self.otherCodes = otherCodes
        self.otherNodes = otherNodes
        self.terminals = terminals
    }

    /// Sorts the codes in `range` (with their nodes) by `order`: an insertion sort, as most
    /// nodes have one child or none. Codes are distinct within a node.
    private static func sort(
        _ range: Range<Int>, _ codes: inout [Int32], _ nodes: inout [Int32], by order: (Int32, Int32) -> Bool
    ) {
        guard range.count > 1 else { return }
        for index in (range.lowerBound + 1)..<range.upperBound {
            let code = codes[index]
            let node = nodes[index]
            var cursor = index
            while cursor > range.lowerBound, order(code, codes[cursor - 1]) {
                codes[cursor] = codes[cursor - 1]
                nodes[cursor] = nodes[cursor - 1]
                cursor -= 1
            }
            codes[cursor] = code
            nodes[cursor] = node
        }
    }

    /// The bit of a word's hash in `Node.childHashes`: its top six bits after a multiplicative mix.
    @inline(__always)
    static func childHashBit(_ hash: UInt64) -> UInt64 {
        (hash &* 0xc4ce_b9fe_1a85_ec53) >> 58
    }

    /// The trie as it is built: its edges in one dictionary and in the order they were made,
    /// flattened by `init(lists:)`.
    private struct Builder {
        var phrases: [String] = []
        var entryLists: [Int32] = []
        var entryCounts: [Int32] = []
        var listEntries: [Range<Int>] = []
        var exactWords: WordTable
        /// Each exact word's FNV-1a hash and whether it is ASCII, by number (of the word the
        /// number was given to).
        var wordHashes: [UInt64] = []
        var wordIsASCII: [Bool] = []
        var prefixes: [String] = []
        /// Each stem's index in `prefixes` (stems equal in Swift share one).
        var prefixNumbers: [String: Int] = [:]
        var firstWordShapes = FirstWordShapes()
        var listShapes: [FirstWordShapes] = []
        /// Every exact first word's hash (its bytes are ASCII), and whether one is not ASCII and
        /// may equal an ASCII word.
        var firstWordHashList: [UInt64] = []
        var firstWordMayEqualASCII = false
        /// Whether a word of any entry is not ASCII and may equal an ASCII word.
        var anyWordMayEqualASCII = false
        /// For each exact word number, the last list that took it as a first word (-1: none):
        /// of first words equal in Swift, the first one stands for all in the list's filter
        /// (as a dictionary key would).
        var firstWordList: [Int32] = []
        /// Each edge's child by its parent and code (`edgeKey`); exact codes are word numbers,
        /// the others negative (`PhraseTable.any` and the prefixes).
        var children = EdgeTable()
        /// The edges in the order they were made.
        var edges: [(parent: Int32, code: Int32, child: Int32)] = []
        var nodeCount = 1
        /// The entries ending at each node, in entry order.
        var terminals: [(node: Int32, entry: Int32)] = []

        init(capacity: Int) {
            exactWords = WordTable(filtered: false, capacity: capacity)
            phrases.reserveCapacity(capacity)
            entryLists.reserveCapacity(capacity)
            entryCounts.reserveCapacity(capacity)
            terminals.reserveCapacity(capacity)
            // About two words an entry.
            children = EdgeTable(capacity: 2 * capacity)
            edges.reserveCapacity(2 * capacity)
        }

        mutating func add(_ lexicon: [String]) {
            let list = Int32(listEntries.count)
            let first = phrases.count
            var shapes = FirstWordShapes()
            for phrase in lexicon {
                let words = LexiconWord.words(of: phrase)
                guard !words.isEmpty else { continue }
                let entry = Int32(phrases.count)
                phrases.append(phrase)
                entryLists.append(list)
                entryCounts.append(Int32(words.count))
                var node: Int32 = 0
                for (offset, word) in words.enumerated() {
                    switch word {
                    case .exact(let text):
                        let (number, hash, isASCII) = addWord(text)
                        if offset == 0 {
                            addFirstWord(text, number: number, hash: hash, isASCII: isASCII, list: list, &shapes)
                        }
                        node = child(of: node, code: number)
                    case .prefix(let stem):
                        let index = prefixNumbers[stem] ?? prefixes.count
                        if index == prefixes.count {
                            prefixes.append(stem)
                            prefixNumbers[stem] = index
                        }
                        node = child(of: node, code: PhraseTable.any - 1 - Int32(index))
                    case .any:
                        node = child(of: node, code: PhraseTable.any)
                    }
                }
                terminals.append((node, entry))
            }
            listEntries.append(first..<phrases.count)
            listShapes.append(shapes)
        }

        /// The number of an exact entry word, inserted into `exactWords` (with its hash) when
        /// new, and the word's own hash and whether it is ASCII.
        private mutating func addWord(_ text: String) -> (number: Int32, hash: UInt64, isASCII: Bool) {
            let (hash, isASCII) = Self.hash(text)
            if !isASCII, text.unicodeScalars.contains(where: WordTable.decomposesToASCII) {
                anyWordMayEqualASCII = true
            }
            let (number, isNew) = exactWords.insert(text)
            if isNew {
                wordHashes.append(hash)
                wordIsASCII.append(isASCII)
                firstWordList.append(-1)
            }
            return (Int32(number), hash, isASCII)
        }

        /// A word's FNV-1a hash and whether its bytes are ASCII, in one pass over them.
        private static func hash(_ text: String) -> (hash: UInt64, isASCII: Bool) {
            func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
                var hash = FNV1a()
                var high: UInt8 = 0
                for byte in bytes {
                    hash.add(byte)
                    high |= byte
                }
                return (hash.value, high < 0x80)
            }
            return text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
        }

        private mutating func addFirstWord(
            _ text: String, number: Int32, hash: UInt64, isASCII: Bool, list: Int32, _ shapes: inout FirstWordShapes
        ) {
            if firstWordList[Int(number)] != list {
                firstWordList[Int(number)] = list
                shapes.insert(text)
                firstWordShapes.insert(text)
            }
            if isASCII {
                firstWordHashList.append(hash)
            } else if text.unicodeScalars.contains(where: WordTable.decomposesToASCII) {
                firstWordMayEqualASCII = true
            }
        }

        func firstWordHashes() -> WordHashBits? {
            guard !firstWordMayEqualASCII else { return nil }
            var bits = WordHashBits(capacity: firstWordHashList.count)
            for hash in firstWordHashList { bits.insert(hash) }
            return bits
        }

        @inline(__always)
        private static func edgeKey(_ node: Int32, _ code: Int32) -> UInt64 {
            UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: code))
        }

        /// The child of `node` along the edge `code`, made when new.
        private mutating func child(of node: Int32, code: Int32) -> Int32 {
            let key = Self.edgeKey(node, code)
            if let known = children.child(of: key) { return known }
            let child = Int32(nodeCount)
            nodeCount += 1
            children.insert(child, for: key)
            edges.append((node, code, child))
            return child
        }
    }

    /// The builder's edges by key (`Builder.edgeKey`): open addressing with linear probing over
    /// the keys, which are integers already (a `[UInt64: Int32]` ran a seeded SipHash over each,
    /// for every word of every entry of every lexicon at start).
    private struct EdgeTable {
        private var keys: [UInt64]
        /// The child of the key in the same slot; -1 for an empty slot (children are numbered from 1).
        private var children: [Int32]
        private var count = 0
        private var shift: UInt64

        init(capacity: Int = 0) {
            let size = max(16, 1 << (Int.bitWidth - (2 * max(capacity, 1) - 1).leadingZeroBitCount))
            keys = Array(repeating: 0, count: size)
            children = Array(repeating: -1, count: size)
            shift = UInt64(64 - size.trailingZeroBitCount)
        }

        @inline(__always)
        private func slot(of key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
        }

        func child(of key: UInt64) -> Int32? {
            let mask = keys.count - 1
            var slot = slot(of: key)
            while children[slot] >= 0 {
                if keys[slot] == key { return children[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Inserts a key that is not in yet.
        mutating func insert(_ child: Int32, for key: UInt64) {
            if 2 * (count + 1) > keys.count { grow() }
            let mask = keys.count - 1
            var slot = slot(of: key)
            while children[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            children[slot] = child
            count += 1
        }

        private mutating func grow() {
            var larger = EdgeTable(capacity: keys.count)
            for slot in keys.indices where children[slot] >= 0 { larger.insert(children[slot], for: keys[slot]) }
            self = larger
        }
    }
}

/// A one-probe Bloom filter over the FNV-1a hashes of ASCII words (as `WordKeys` reads them): a
/// word whose bit is clear is none of the words inserted. About sixteen bits per word, so about
/// one word in sixteen that is not in gets through.
struct WordHashBits: Sendable {
    private var bits: [UInt64]
    private let shift: UInt64

    init(capacity: Int) {
        let count = max(64, 1 << (Int.bitWidth - (16 * max(capacity, 1) - 1).leadingZeroBitCount))
        bits = Array(repeating: 0, count: count / 64)
        shift = UInt64(64 - count.trailingZeroBitCount)
    }

    mutating func insert(_ hash: UInt64) {
        let bit = bit(of: hash)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = bit(of: hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The first of the keys from `start` to `end` (at most `keys.count`) that is not ASCII or
    /// whose hash may be in, or `end`: `scan`'s loop over the words that start no entry, read
    /// through pointers (one bounds test for the call, not two for every word).
    @inline(__always)
    func firstMayContain(_ keys: WordKeys, from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= keys.count)
        return keys.withUnsafeKeys { keys in
            bits.withUnsafeBufferPointer { bits in
                var index = start
                while index < end {
                    let key = keys[index]
                    guard key.isASCII else { break }
                    let bit = bit(of: key.hash)
                    if bits[bit &>> 6] & (1 &<< UInt64(truncatingIfNeeded: bit & 63)) != 0 { break }
                    index &+= 1
                }
                return index
            }
        }
    }

    /// The hash's bit: its top bits after a multiplicative mix (another than `WordTable`'s).
    /// `shift` is below 64 (there are at least 64 bits), so the masking shift is the plain one
    /// without its test for a shift of 64 or more.
    @inline(__always)
    private func bit(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0xff51_afd7_ed55_8ccd) &>> shift)
    }
}
