/// Words numbered in the order they are first inserted, looked up without Swift's string hashing.
///
/// `WordSet`, `WordRoles`, `PhraseMatcher` and `LexiconIndex` look up every word of every
/// sentence. A `[String: Int]` hashes each one with a seeded SipHash; here an ASCII word (nearly
/// all of them) is hashed with FNV-1a over its bytes, found in a small open-addressing table and
/// confirmed with a byte comparison. Other words go to a `[String: Int]`.
///
/// Answers are exactly those of a `[String: Int]` of every word behind the filter,
/// `shapes.mayContain(word) ? numbers[word] : nil` (the lookup the table replaces), or without
/// it for a table made with `filtered: false`. Two strings that are equal in Swift are
/// canonically equivalent, so an ASCII word equals an ASCII word only with the same bytes, and
/// any other word only when that word holds a scalar whose canonical decomposition is ASCII (the
/// Kelvin sign is `K`, the Greek question mark `;`, the Greek varia `` ` ``). Once a word with
/// such a scalar is in, every word goes to the dictionary; a word with one looked up is tried
/// as the ASCII word it may equal.
struct WordTable: Sendable {
    /// The words that are not ASCII, or every word once `asciiIsExact` is false; of words equal
    /// in Swift, the first inserted.
    private var numbers: [String: Int] = [:]
    /// Every word by number (the first inserted of words equal in Swift).
    private(set) var words: [String] = []
    /// A filter in front of both lookups: most words of a sentence are ruled out with one table read.
    private var shapes = FirstWordShapes()
    /// Open addressing with linear probing, a power of two long (see `Slot`), two slots or more:
    /// `shift` then stays below 64, as `slot(of:shift:)` needs.
    private var slots: [Slot] = [Slot.empty, Slot.empty]
    private var shift: UInt64 = 63
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

    /// A table sized for about `capacity` words (it grows as needed).
    init(filtered: Bool = true, capacity: Int = 0) {
        self.filtered = filtered
        guard capacity > 0 else { return }
        resize(to: 1 << (Int.bitWidth - (2 * capacity - 1).leadingZeroBitCount))
        // One allocation each for about `capacity` words (of about eight bytes), not one per doubling.
        words.reserveCapacity(capacity)
        wordBytes.reserveCapacity(capacity)
        asciiWords.reserveCapacity(capacity)
        bytes.reserveCapacity(8 * capacity)
    }

    /// How many different words the table holds.
    var count: Int { words.count }

    /// The number of `word` and whether it is new (no equal word was in). `filterEveryWord`
    /// widens the filter by `word` even when an equal word was in (as a reader that inserted every
    /// word into its `FirstWordShapes` did); otherwise only new words widen it.
    @discardableResult
    mutating func insert(_ word: String, filterEveryWord: Bool = false) -> (number: Int, isNew: Bool) {
        if let result = word.utf8.withContiguousStorageIfAvailable({ insert(word, $0, filterEveryWord) }) {
            return result
        }
        return Array(word.utf8).withUnsafeBufferPointer { insert(word, $0, filterEveryWord) }
    }

    private mutating func insert(
        _ word: String, _ utf8: UnsafeBufferPointer<UInt8>, _ filterEveryWord: Bool
    ) -> (number: Int, isNew: Bool) {
        var hash = FNV1a()
        var high: UInt8 = 0
        for byte in utf8 {
            hash.add(byte)
            high |= byte
        }
        if high >= 0x80, asciiIsExact, word.unicodeScalars.contains(where: Self.decomposesToASCII) {
            asciiIsExact = false
            for (number, word) in words.enumerated() where numbers[word] == nil { numbers[word] = number }
        }
        let known = high < 0x80 && asciiIsExact ? find(utf8, hash: hash.value) : numbers[word]
        if let known {
            if filterEveryWord { shapes.insert(utf8) }
            return (known, false)
        }
        let number = words.count
        words.append(word)
        shapes.insert(utf8)
        guard high < 0x80, asciiIsExact else {
            numbers[word] = number
            wordBytes.append(0..<0)
            return (number, true)
        }
        wordBytes.append(Int32(bytes.count)..<Int32(bytes.count + utf8.count))
        bytes += utf8
        asciiWords.append((number, hash.value))
        if 2 * asciiWords.count > slots.count {
            resize(to: 4 * slots.count)
        } else {
            place(number, hash: hash.value)
        }
        return (number, true)
    }

    /// The number of the word equal to `word`, or nil.
    @inline(__always)
    func number(of word: String) -> Int? {
        // A string not stored as one run of UTF-8 (a bridged one, on Apple platforms) is copied.
        let found =
            word.utf8.withContiguousStorageIfAvailable(lookUp) ?? Array(word.utf8).withUnsafeBufferPointer(lookUp)
        if found != Self.notASCII { return found < 0 ? nil : found }
        guard !filtered || shapes.mayContain(word) else { return nil }
        return numbers[word] ?? asciiNumber(equalTo: word)
    }

    /// `number(of: String(decoding: word, as: UTF8.self))`, found on the bytes without making the
    /// string; nil (not `.some(nil)`) when bytes that are not all ASCII must be asked about by the string.
    @inline(__always)
    func number(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int?? {
        let found = lookUp(word)
        if found == Self.notASCII { return nil }
        return .some(found < 0 ? nil : found)
    }

    /// `number(of: keys.words[index])`, an ASCII word found by the hash `keys` read once for the
    /// sentence and the bytes it was read from (the filter reads the length and first byte kept
    /// there). Any other word, or every word once the table holds a word that may equal an ASCII
    /// word with other bytes, goes to the string lookup.
    ///
    /// Only the filter is inlined: most words fail it, and a caller that inlined the lookup too
    /// copied the table to its stack on every call. The lookup is handed the arrays it reads
    /// rather than the table, which a caller otherwise copied to its stack before the filter.
    @inline(__always)
    func number(in keys: WordKeys, at index: Int) -> Int? {
        let key = keys.key(at: index)
        guard key.isASCII, asciiIsExact else { return stringNumber(in: keys, at: index) }
        // Filtered or not, an ASCII word the filter rules out has no equal word in (see `lookUp`).
        guard shapes.mayContain(key.shape) else { return nil }
        return Self.asciiNumber(of: key, in: keys, slots: slots, shift: shift, bytes: bytes, wordBytes: wordBytes)
    }

    /// A filter over the hashes of the table's ASCII words: an ASCII word whose bit is clear is
    /// none of them, and `number(in:at:)` finds no number for it. Nil when a word that is not
    /// ASCII may equal an ASCII one (`number(in:at:)` then looks every word up by its string).
    func asciiHashBits() -> WordHashBits? {
        guard asciiIsExact else { return nil }
        var bits = WordHashBits(capacity: asciiWords.count)
        for word in asciiWords { bits.insert(word.hash) }
        return bits
    }

    @inline(never)
    private func stringNumber(in keys: WordKeys, at index: Int) -> Int? {
        number(of: keys.words[index])
    }

    /// The number of the ASCII word whose key is `key`, its bytes read from `keys` as written.
    ///
    /// Every word the filter lets through comes here, for each lexicon that looks it up. A slot
    /// holds the word's hash, length and first eight bytes, and a key the same of the word as
    /// written (lowercased when read, `WordKeys.Key.prefix`): a word of eight bytes or fewer is
    /// matched on the slot alone, without reading any bytes; a longer one has its bytes compared.
    ///
    /// The first slot is read here, with no call that needs registers saved: it answers most
    /// lookups (an empty slot, or a word of eight bytes or fewer matched on it), and a lookup
    /// that saved and restored six registers around them spent half its instructions so. Any
    /// other goes on to `probe`, handed the same arguments.
    @inline(never)
    private static func asciiNumber(
        of key: WordKeys.Key, in keys: WordKeys, slots: [Slot], shift: UInt64, bytes: [UInt8],
        wordBytes: [Range<Int32>]
    ) -> Int? {
        let entry = slots.withUnsafeBufferPointer { $0[Self.slot(of: key.hash, shift: shift)] }
        if entry.number < 0 { return nil }
        if key.count <= 8, entry.hash == key.hash, entry.prefix == key.prefix, entry.count == key.count {
            return Int(entry.number)
        }
        return probe(of: key, in: keys, slots: slots, shift: shift, bytes: bytes, wordBytes: wordBytes)
    }

    /// `asciiNumber(of:in:slots:shift:bytes:wordBytes:)` probed from its first slot on.
    @inline(never)
    private static func probe(
        of key: WordKeys.Key, in keys: WordKeys, slots: [Slot], shift: UInt64, bytes: [UInt8],
        wordBytes: [Range<Int32>]
    ) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var slot = Self.slot(of: key.hash, shift: shift)
            while true {
                let entry = slots[slot]
                if entry.number < 0 { return nil }
                if entry.hash == key.hash, entry.prefix == key.prefix, entry.count == key.count,
                    key.count <= 8 || writtenEquals(wordBytes[Int(entry.number)], key, in: keys, bytes: bytes)
                {
                    return Int(entry.number)
                }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// Whether the stored bytes at `range` are the word of `key` as written, its letters
    /// lowercased: a word longer than eight bytes whose slot matched (one lookup in sixty on
    /// real text). Out of line, so that `asciiNumber` does not set up the comparison's loop
    /// before its probe for every word of eight bytes or fewer, which the slot alone answers.
    @inline(never)
    private static func writtenEquals(
        _ range: Range<Int32>, _ key: WordKeys.Key, in keys: WordKeys, bytes: [UInt8]
    ) -> Bool {
        keys.withBytes(of: key) { written in equals(range, written, in: bytes, reading: ASCII.lowercased) }
    }

    private static let absent = -1
    private static let notASCII = -2

    /// The number of the ASCII word with these bytes, `absent`, or `notASCII` (the dictionary decides).
    @inline(__always)
    private func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if filtered, !shapes.mayContain(word) { return Self.absent }
        var hash = FNV1a()
        var high: UInt8 = 0
        for byte in word {
            hash.add(byte)
            high |= byte
        }
        guard high < 0x80, asciiIsExact else { return Self.notASCII }
        // An ASCII word the filter rules out has no equal word in.
        if !filtered, !shapes.mayContain(word) { return Self.absent }
        return find(word, hash: hash.value) ?? Self.absent
    }

    /// The number of the ASCII word with these bytes and hash.
    @inline(__always)
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, shift: shift)
        while true {
            let entry = slots[slot]
            if entry.number < 0 { return nil }
            if entry.hash == hash, equals(Int(entry.number), word) { return Int(entry.number) }
            slot = (slot + 1) & mask
        }
    }

    /// For a word that is not ASCII and not in the dictionary: the number of the ASCII word it
    /// equals, when its only other scalars decompose to ASCII (the dictionary holds no ASCII word
    /// while `asciiIsExact`).
    @inline(never)
    private func asciiNumber(equalTo word: String) -> Int? {
        guard asciiIsExact, word.unicodeScalars.contains(where: Self.decomposesToASCII) else { return nil }
        var ascii: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\u{212A}": ascii.append(UInt8(ascii: "K"))
            case "\u{037E}": ascii.append(UInt8(ascii: ";"))
            case "\u{1FEF}": ascii.append(UInt8(ascii: "`"))
            default:
                guard scalar.isASCII else { return nil }
                ascii.append(UInt8(scalar.value))
            }
        }
        guard String(decoding: ascii, as: UTF8.self) == word else { return nil }
        return ascii.withUnsafeBufferPointer { bytes in
            var hash = FNV1a()
            for byte in bytes { hash.add(byte) }
            return find(bytes, hash: hash.value)
        }
    }

    /// Whether the ASCII word `number` is `word`, each of its bytes read through `read` (as
    /// it is, or with ASCII letters lowercased for a word as written in its sentence).
    @inline(__always)
    private func equals(
        _ number: Int, _ word: UnsafeBufferPointer<UInt8>, reading read: (UInt8) -> UInt8 = { $0 }
    ) -> Bool {
        Self.equals(wordBytes[number], word, in: bytes, reading: read)
    }

    /// Whether the stored bytes at `range` of `bytes` are `word`, each of its bytes read through `read`.
    @inline(__always)
    private static func equals(
        _ range: Range<Int32>, _ word: UnsafeBufferPointer<UInt8>, in bytes: [UInt8],
        reading read: (UInt8) -> UInt8 = { $0 }
    ) -> Bool {
        guard length(of: range) == word.count else { return false }
        var offset = Int(range.lowerBound)
        for byte in word {
            if bytes[offset] != read(byte) { return false }
            offset += 1
        }
        return true
    }

    /// The length of a stored word's bytes: its bounds subtracted as `Int`s (`Range<Int32>.count`
    /// goes through `Int32`'s checked distance, a dozen instructions on every hash match).
    @inline(__always)
    private static func length(of range: Range<Int32>) -> Int {
        Int(range.upperBound) &- Int(range.lowerBound)
    }

    /// The slot to start probing at: the hash's top bits after a multiplicative mix (FNV-1a's low
    /// bits depend on few input bits).
    ///
    /// `shift` is `64 - log2(slots.count)` and the table has two slots or more, so it is below
    /// 64: the shift needs no test for a larger amount (`&>>`), and the slot, below
    /// `slots.count`, is read without a bounds check (`asciiNumber`, `probe`).
    @inline(__always)
    private static func slot(of hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9e37_79b9_7f4a_7c15) &>> shift)
    }

    private mutating func place(_ number: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, shift: shift)
        while slots[slot].number >= 0 { slot = (slot + 1) & mask }
        let range = wordBytes[number]
        let prefix = bytes.withUnsafeBufferPointer {
            Self.prefix(of: UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)]))
        }
        slots[slot] = Slot(hash: hash, prefix: prefix, number: Int32(number), count: UInt32(Self.length(of: range)))
    }

    private mutating func resize(to capacity: Int) {
        slots = Array(repeating: Slot.empty, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for word in asciiWords { place(word.number, hash: word.hash) }
    }

    /// A word's first eight bytes (fewer for a shorter word, the rest zero) in one number, the
    /// first byte lowest (as `WordKeys.Key.prefix` holds them).
    private static func prefix(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for offset in 0..<min(word.count, 8) { prefix |= UInt64(word[offset]) << UInt64(8 * offset) }
        return prefix
    }

    /// A slot of the open-addressing table: the number of the ASCII word in it (-1: empty), its
    /// hash, its length and its first eight bytes (`prefix(of:)`).
    private struct Slot {
        var hash: UInt64
        var prefix: UInt64
        var number: Int32
        var count: UInt32

        static let empty = Slot(hash: 0, prefix: 0, number: -1, count: 0)
    }

    /// The scalars whose canonical decomposition is one ASCII scalar: the only way a string
    /// with other bytes than an ASCII string can equal it.
    static func decomposesToASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{212A}" || scalar == "\u{037E}" || scalar == "\u{1FEF}"
    }
}
