/// Words numbered in the order they are first inserted, looked up without Swift's string hashing.
///
/// `WordSet`, `WordRoles`, `PhraseMatcher` and `LexiconIndex` look up every word of every
/// sentence. A `[String: Int]` hashes each one with a seeded SipHash; here an ASCII word (nearly
/// all of them) is hashed with FNV-1a over its bytes, found in a small open-addressing table and
/// confirmed with a byte comparison. Other words go to the `[String: Int]` as before.
///
/// Answers are exactly `shapes.mayContain(word) ? numbers[word] : nil` (the lookup the table
/// replaces), or `numbers[word]` for a table made with `filtered: false`. Two strings that are equal in Swift are canonically equivalent, so an ASCII word
/// equals an ASCII key only with the same bytes, and equals a non-ASCII key only when that key
/// holds a scalar whose canonical decomposition is ASCII (the Kelvin sign is `K`, the Greek
/// question mark `;`, the Greek varia `` ` ``). A table holding such a key looks every word up
/// in the dictionary.
struct WordTable: Sendable {
    /// Every inserted word; of words equal in Swift, the first inserted.
    private var numbers: [String: Int] = [:]
    /// A filter in front of both lookups: most words of a sentence are ruled out with one table read.
    private var shapes = FirstWordShapes()
    /// Open addressing with linear probing, a power of two long: the number of the ASCII word in
    /// each slot (-1: empty) and the word's hash.
    private var slots: [Int32] = [-1]
    private var slotHashes: [UInt64] = [0]
    private var shift: UInt64 = 64
    /// The bytes of the ASCII words, by number (an empty range for a word that is not ASCII).
    private var bytes: [UInt8] = []
    private var wordBytes: [Range<Int32>] = []
    /// The ASCII words' numbers and hashes, to fill a larger table.
    private var asciiWords: [(number: Int, hash: UInt64)] = []
    /// False once a word that may equal an ASCII word with other bytes is in.
    private var asciiIsExact = true
    /// Whether a word the filter rules out is absent even when an equal word is in (a word
    /// written with other bytes than an equal key can fail the filter).
    private let filtered: Bool

    init(filtered: Bool = true) {
        self.filtered = filtered
    }

    /// How many different words the table holds.
    var count: Int { wordBytes.count }

    /// The number of `word` and whether it is new (no equal word was in). `filterEveryWord`
    /// widens the filter by `word` even when an equal word was in (as a reader that inserted every
    /// word into its `FirstWordShapes` did); otherwise only new words widen it.
    @discardableResult
    mutating func insert(_ word: String, filterEveryWord: Bool = false) -> (number: Int, isNew: Bool) {
        if let number = numbers[word] {
            if filterEveryWord { shapes.insert(word) }
            return (number, false)
        }
        let number = wordBytes.count
        numbers[word] = number
        shapes.insert(word)
        let utf8 = Array(word.utf8)
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            wordBytes.append(0..<0)
            if word.unicodeScalars.contains(where: Self.decomposesToASCII) { asciiIsExact = false }
            return (number, true)
        }
        wordBytes.append(Int32(bytes.count)..<Int32(bytes.count + utf8.count))
        bytes += utf8
        asciiWords.append((number, Self.hash(utf8)))
        if 2 * asciiWords.count > slots.count {
            rehash(capacity: 4 * slots.count)
        } else {
            place(number, hash: asciiWords[asciiWords.count - 1].hash)
        }
        return (number, true)
    }

    /// The number of the word equal to `word`, or nil.
    @inline(__always)
    func number(of word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ lookUp($0) }), found != Self.notASCII {
            return found < 0 ? nil : found
        }
        return !filtered || shapes.mayContain(word) ? numbers[word] : nil
    }

    private static let absent = -1
    private static let notASCII = -2

    /// The number of the ASCII word with these bytes, `absent`, or `notASCII` (the dictionary decides).
    @inline(__always)
    private func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if filtered, !shapes.mayContain(word) { return Self.absent }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            high |= byte
        }
        guard high < 0x80, asciiIsExact else { return Self.notASCII }
        // An ASCII word the filter rules out has no equal word in.
        if !filtered, !shapes.mayContain(word) { return Self.absent }
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, shift: shift)
        while true {
            let number = Int(slots[slot])
            if number < 0 { return Self.absent }
            if slotHashes[slot] == hash, equals(number, word) { return number }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = wordBytes[number]
        guard Int(range.count) == word.count else { return false }
        var offset = Int(range.lowerBound)
        for byte in word {
            if bytes[offset] != byte { return false }
            offset += 1
        }
        return true
    }

    private static func hash(_ word: [UInt8]) -> UInt64 {
        var hash = FNV1a()
        for byte in word { hash.add(byte) }
        return hash.value
    }

    /// The slot to start probing at: the hash's top bits after a multiplicative mix (FNV-1a's low
    /// bits depend on few input bits).
    @inline(__always)
    private static func slot(of hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    private mutating func place(_ number: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, shift: shift)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number)
        slotHashes[slot] = hash
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        slotHashes = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for word in asciiWords { place(word.number, hash: word.hash) }
    }

    /// The scalars whose canonical decomposition is one ASCII scalar: the only way a string
    /// with other bytes than an ASCII string can equal it.
    private static func decomposesToASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{212A}" || scalar == "\u{037E}" || scalar == "\u{1FEF}"
    }
}
