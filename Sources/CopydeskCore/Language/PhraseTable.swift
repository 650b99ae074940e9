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
    static let unknown = Int.min
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
    /// Each node's exact children, a range of `exactCodes` and `exactNodes` sorted by word number.
    let nodeExact: [Range<Int>]
    let exactCodes: [Int32]
    let exactNodes: [Int32]
    /// For each node, a 64-bit Bloom filter over its exact children's hashes (`childHashBit`):
    /// an ASCII token whose bit is clear is none of them, and is not looked up. All ones where a
    /// child is not ASCII, or a word of the table may equal an ASCII word with other bytes.
    let nodeChildHashes: [UInt64]
    /// Each node's `*` and prefix children, a range of `otherCodes` and `otherNodes`.
    let nodeOthers: [Range<Int>]
    let otherCodes: [Int32]
    let otherNodes: [Int32]
    /// The entries ending at each node, a range of `terminalEntries`, in entry order.
    let nodeTerminals: [Range<Int>]
    let terminalEntries: [Int32]

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

        var rootExact = [Int32](repeating: -1, count: builder.exactWords.count)
        for (number, node) in builder.exactChildren[0] { rootExact[Int(number)] = node }
        self.rootExact = rootExact
        var nodeExact: [Range<Int>] = []
        var exactCodes: [Int32] = []
        var exactNodes: [Int32] = []
        var nodeOthers: [Range<Int>] = []
        var otherCodes: [Int32] = []
        var otherNodes: [Int32] = []
        var nodeTerminals: [Range<Int>] = []
        var terminalEntries: [Int32] = []
        for node in builder.terminals.indices {
            let exact = node == 0 ? [] : builder.exactChildren[node].sorted { $0.key < $1.key }
            nodeExact.append(exactCodes.count..<(exactCodes.count + exact.count))
            exactCodes += exact.map(\.key)
            exactNodes += exact.map(\.value)
            let others = builder.otherChildren[node].sorted { $0.key > $1.key }
            nodeOthers.append(otherCodes.count..<(otherCodes.count + others.count))
            otherCodes += others.map(\.key)
            otherNodes += others.map(\.value)
            nodeTerminals.append(terminalEntries.count..<(terminalEntries.count + builder.terminals[node].count))
            terminalEntries += builder.terminals[node]
        }
        // The root's `*` and prefix edges again, for each first byte those that could match.
        let rootEdges = nodeOthers[0]
        var rootOthers: [Range<Int>] = []
        for byte in 0...255 {
            let edges = rootEdges.filter { edge in
                let code = otherCodes[edge]
                return code == Self.any
                    || FirstWordShapes.mayMatch(builder.prefixes[Int(Self.any - 1 - code)], firstByte: UInt8(byte))
            }
            rootOthers.append(otherCodes.count..<(otherCodes.count + edges.count))
            otherCodes += edges.map { otherCodes[$0] }
            otherNodes += edges.map { otherNodes[$0] }
        }
        self.rootOthers = rootOthers
        hasRootOthers = !rootEdges.isEmpty
        skipsByHash = !hasRootOthers && firstWordHashes != nil
        self.nodeExact = nodeExact
        nodeChildHashes = builder.exactChildren.map { children in
            var bits: UInt64 = 0
            for number in children.keys {
                let word = builder.exactWords.words[Int(number)]
                guard !builder.anyWordMayEqualASCII, word.utf8.allSatisfy({ $0 < 0x80 }) else { return .max }
                var hash = FNV1a()
                for byte in word.utf8 { hash.add(byte) }
                bits |= 1 << Self.childHashBit(hash.value)
            }
            return bits
        }
        self.exactCodes = exactCodes
        self.exactNodes = exactNodes
        self.nodeOthers = nodeOthers
        self.otherCodes = otherCodes
        self.otherNodes = otherNodes
        self.nodeTerminals = nodeTerminals
        self.terminalEntries = terminalEntries
    }

    /// The bit of a word's hash in `nodeChildHashes`: its top six bits after a multiplicative mix.
    @inline(__always)
    static func childHashBit(_ hash: UInt64) -> UInt64 {
        (hash &* 0xc4ce_b9fe_1a85_ec53) >> 58
    }

    /// The trie as it is built: children in dictionaries, flattened by `init(lists:)`.
    private struct Builder {
        var phrases: [String] = []
        var entryLists: [Int32] = []
        var entryCounts: [Int32] = []
        var listEntries: [Range<Int>] = []
        var exactWords: WordTable
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
        var exactChildren: [[Int32: Int32]] = [[:]]
        var otherChildren: [[Int32: Int32]] = [[:]]
        var terminals: [[Int32]] = [[]]

        init(capacity: Int) {
            exactWords = WordTable(filtered: false, capacity: capacity)
        }

        mutating func add(_ lexicon: [String]) {
            let list = Int32(listEntries.count)
            let first = phrases.count
            var shapes = FirstWordShapes()
            // The exact first words of the list so far, by number: of first words equal in
            // Swift, the first one stands for all in the list's filter (as a dictionary key would).
            var firstNumbers = Set<Int32>()
            for phrase in lexicon {
                let words = LexiconWord.words(of: phrase)
                guard !words.isEmpty else { continue }
                let entry = Int32(phrases.count)
                phrases.append(phrase)
                entryLists.append(list)
                entryCounts.append(Int32(words.count))
                var node = 0
                for (offset, word) in words.enumerated() {
                    switch word {
                    case .exact(let text):
                        let number = Int32(exactWords.insert(text).number)
                        if !text.utf8.allSatisfy({ $0 < 0x80 }),
                            text.unicodeScalars.contains(where: WordTable.decomposesToASCII)
                        {
                            anyWordMayEqualASCII = true
                        }
                        if offset == 0 { addFirstWord(text, number: number, &firstNumbers, &shapes) }
                        node = child(of: node, exact: number)
                    case .prefix(let stem):
                        let index = prefixNumbers[stem] ?? prefixes.count
                        if index == prefixes.count {
                            prefixes.append(stem)
                            prefixNumbers[stem] = index
                        }
                        node = child(of: node, other: PhraseTable.any - 1 - Int32(index))
                    case .any:
                        node = child(of: node, other: PhraseTable.any)
                    }
                }
                terminals[node].append(entry)
            }
            listEntries.append(first..<phrases.count)
            listShapes.append(shapes)
        }

        private mutating func addFirstWord(
            _ text: String, number: Int32, _ firstNumbers: inout Set<Int32>, _ shapes: inout FirstWordShapes
        ) {
            if firstNumbers.insert(number).inserted {
                shapes.insert(text)
                firstWordShapes.insert(text)
            }
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                var hash = FNV1a()
                for byte in text.utf8 { hash.add(byte) }
                firstWordHashList.append(hash.value)
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

        private mutating func child(of node: Int, exact number: Int32) -> Int {
            if let known = exactChildren[node][number] { return Int(known) }
            let child = newNode()
            exactChildren[node][number] = Int32(child)
            return child
        }

        private mutating func child(of node: Int, other code: Int32) -> Int {
            if let known = otherChildren[node][code] { return Int(known) }
            let child = newNode()
            otherChildren[node][code] = Int32(child)
            return child
        }

        private mutating func newNode() -> Int {
            exactChildren.append([:])
            otherChildren.append([:])
            terminals.append([])
            return terminals.count - 1
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

    /// The hash's bit: its top bits after a multiplicative mix (another than `WordTable`'s).
    @inline(__always)
    private func bit(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0xff51_afd7_ed55_8ccd) >> shift)
    }
}
