#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The strings of short lowercased ASCII words, kept from sentence to sentence and article to
/// article so that `SentenceText` finds a word's string instead of making it again.
///
/// Prose repeats its words ("the", "of", "study"): making each word's string anew
/// (`String(unsafeUninitializedCapacity:)`, which validates the bytes it is given) cost more
/// than finding the string made for an earlier occurrence by the word's bytes, held here as
/// two numbers. A string is a value: the one found is equal to one made anew and cannot be
/// told from it. The word's FNV-1a hash is kept with it, so a word found here is not hashed
/// byte by byte again.
///
/// A word of up to 15 bytes (nearly every one) is a small string, made from its bits each
/// time (`small(low:high:count:)`): the table holds only the words' bytes and hashes, no
/// string (a word of 16 bytes, which is none, has its string made anew each time).
///
/// The table doubles when half full, up to `maxSlotCount` slots, then stops taking words; words
/// it does not hold are hashed byte by byte.
struct WordStrings {
    /// The longest word held (two `UInt64`s of bytes).
    static let maxCount = 16

    /// A word's bytes (`low`: the first eight, the first byte lowest; `high`: the next eight;
    /// zero past the end) and its FNV-1a hash; `count` 0 marks an empty slot.
    fileprivate struct Slot {
        var low: UInt64
        var high: UInt64
        var hash: UInt64
        var count: Int
    }

    /// The slots a table starts with: a run over a few files fills no more.
    private static let slotCount = 1 << 13
    /// The most slots a table grows to (2 MiB, half of them used: 32,768 words). The table lasts
    /// from article to article, and a corpus of many authors keeps meeting words it has not
    /// met: held to 4,096 words, it missed about a third of the words of 469 real articles,
    /// each missed word hashed byte by byte and its string made; at 32,768, about a tenth.
    private static let maxSlotCount = 1 << 16
    private var slots = SlotTable(count: slotCount)
    /// The shift that leaves as many of a mixed number's top bits as index `slots`.
    private var shift = UInt64(64 - slotCount.trailingZeroBitCount)
    private var used = 0

    /// The slots, in memory of their own zeroed by `calloc` (an empty slot is all zeros): a
    /// large table's fresh pages need no clearing, where an array's were written slot by slot.
    /// A slot's index is always masked to the table's size, so it is read without a bounds check.
    private final class SlotTable {
        let base: UnsafeMutablePointer<Slot>
        let count: Int

        init(count: Int) {
            guard let memory = calloc(count, MemoryLayout<Slot>.stride) else { fatalError("out of memory") }
            base = memory.bindMemory(to: Slot.self, capacity: count)
            self.count = count
        }

        deinit { free(base) }
    }

    /// The first slot probed for a word's bytes (the FNV-1a hash is what a hit spares, so the
    /// slot is chosen from the bytes themselves).
    @inline(__always)
    private static func home(low: UInt64, high: UInt64, shift: UInt64) -> Int {
        let mixed = (low ^ (high &* 0xff51_afd7_ed55_8ccd)) &* 0x9e37_79b9_7f4a_7c15
        return Int(truncatingIfNeeded: mixed &>> shift)
    }

    /// The new words an article is expected to bring, a sentence: `makeRoom(forWords:)` is asked
    /// for this many (an article that brings more has the rest made, not kept, as in a full table).
    static let roomPerSentence = 64

    /// Makes the table large enough to take `count` more words before it is half full, as far
    /// as `maxSlotCount` allows: called before an article's sentences are read (a table that
    /// could grow in the loop reading a sentence cost that loop a test of its arrays' uniqueness
    /// at every append).
    @inline(never)
    mutating func makeRoom(forWords count: Int) {
        if 2 * (used + count) > slots.count, slots.count < Self.maxSlotCount { grow() }
    }

    /// Doubles the table, its words placed again.
    @inline(never)
    private mutating func grow() {
        let old = slots
        let new = SlotTable(count: 2 * old.count)
        shift -= 1
        let mask = new.count - 1
        for index in 0..<old.count where old.base[index].count != 0 {
            let entry = old.base[index]
            var slot = Self.home(low: entry.low, high: entry.high, shift: shift)
            while new.base[slot].count != 0 { slot = (slot + 1) & mask }
            new.base[slot] = entry
        }
        slots = new
    }
    /// Whether `small(low:high:count:)` makes the strings `make(low:high:count:)` does (see there).
    private let smallLayoutHolds = WordStrings.checkSmallLayout()

    /// The string and FNV-1a hash of the lowercased ASCII word of `count` bytes (1 to
    /// `maxCount`) held in `low` and `high` (see `Slot`).
    @inline(__always)
    mutating func string(low: UInt64, high: UInt64, count: Int) -> (string: String, hash: UInt64) {
        let hash = hash(low: low, high: high, count: count)
        return (Self.string(low: low, high: high, count: count, smallLayoutHolds), hash)
    }

    /// The FNV-1a hash of the word `string(low:high:count:)` takes, found in the table (or
    /// worked out and put there).
    @inline(__always)
    private mutating func hash(low: UInt64, high: UInt64, count: Int) -> UInt64 {
        let table = slots.base
        let mask = slots.count &- 1
        var slot = Self.home(low: low, high: high, shift: shift)
        while table[slot].count != 0 {
            if table[slot].low == low, table[slot].high == high, table[slot].count == count {
                return table[slot].hash
            }
            slot = (slot &+ 1) & mask
        }
        let hash = Self.hash(low: low, high: high, count: count)
        if 2 * used < slots.count {
            table[slot] = Slot(low: low, high: high, hash: hash, count: count)
            used += 1
        }
        return hash
    }

    /// The string of the `count` bytes held in `low` and `high`: a small string written in
    /// place (see `small`) when `smallLayoutHolds` and the word is short enough, else one made
    /// by `make`.
    @inline(__always)
    private static func string(low: UInt64, high: UInt64, count: Int, _ smallLayoutHolds: Bool) -> String {
        count <= maxSmallCount && smallLayoutHolds
            ? small(low: low, high: high, count: count) : make(low: low, high: high, count: count)
    }

    /// `string(low:high:count:)` and a second string of the word, equal to the first: a
    /// sentence keeps a word's string twice, as its token's text and as its word. `isSmall`
    /// says whether both are small strings written in place (`small`), which hold no
    /// reference: memory holding them can be freed without destroying them.
    ///
    /// A small string (nearly every word) is made from its bits each time (`small`), not
    /// copied: a copy of a string is retained (a call, although a small string holds no
    /// reference to count), and a small string is the same value however often it is made.
    @inline(__always)
    mutating func strings(
        low: UInt64, high: UInt64, count: Int
    ) -> (first: String, second: String, hash: UInt64, isSmall: Bool) {
        // Whether the word is a small string is tested once (the strings are made after it).
        let hash = hash(low: low, high: high, count: count)
        guard count <= Self.maxSmallCount && smallLayoutHolds else {
            let string = Self.make(low: low, high: high, count: count)
            return (string, string, hash, false)
        }
        return (
            Self.small(low: low, high: high, count: count), Self.small(low: low, high: high, count: count), hash, true
        )
    }

    /// FNV-1a over the `count` bytes held in `low` and `high`, the first byte first.
    @inline(__always)
    static func hash(low: UInt64, high: UInt64, count: Int) -> UInt64 {
        var hash = FNV1a()
        var rest = low
        for _ in 0..<min(count, 8) {
            hash.add(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        rest = high
        for _ in 0..<(count - min(count, 8)) {
            hash.add(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return hash.value
    }

    @inline(never)
    private static func make(low: UInt64, high: UInt64, count: Int) -> String {
        let pair = (low.littleEndian, high.littleEndian)
        return withUnsafeBytes(of: pair) { raw in
            UnsafeRawBufferPointer(rebasing: raw[0..<count]).withMemoryRebound(to: UInt8.self) {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }

    /// The longest string the standard library keeps in place, in its own 16 bytes (a small string).
    static let maxSmallCount = 15

    /// The small string of the `count` (1 to `maxSmallCount`) ASCII bytes held in `low` and
    /// `high`, its bits written as the standard library writes them on a 64-bit little-endian
    /// platform: the bytes in order from the first word's lowest byte on, and in the second
    /// word's top byte the discriminator (0xE: immortal, small, ASCII) and the count.
    ///
    /// A word the table does not hold was made by `String(decoding:as:)` alone, which validates
    /// its bytes to find that same layout (about 180 instructions, against a few here): a large
    /// text holds more words than the table takes. Used only when `checkSmallLayout()` has found
    /// that `make` gives these very bits on the running platform.
    ///
    /// The string is taken (moved) from the bits, not cast from them: a cast value is copied,
    /// which retains it (a call, although a small string holds no reference to count). The
    /// bits are read as a string in place (`assumingMemoryBound`): binding their memory to
    /// `String` (`withMemoryRebound`) kept the compiler from knowing that a loop making such
    /// strings leaves an array it appends to unique, and it tested the array at every append.
    @inline(__always)
    private static func small(low: UInt64, high: UInt64, count: Int) -> String {
        var bits = smallBits(low: low, high: high, count: count)
        return withUnsafeMutableBytes(of: &bits) { $0.baseAddress!.assumingMemoryBound(to: String.self).move() }
    }

    @inline(__always)
    private static func smallBits(low: UInt64, high: UInt64, count: Int) -> (UInt64, UInt64) {
        (low, high | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56)
    }

    /// Whether `make(low:high:count:)` gives the bits `small(low:high:count:)` writes, for a
    /// word of every length it takes (compared as bits: no string is made from them here).
    static func checkSmallLayout() -> Bool {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123".utf8)
        for count in 1...maxSmallCount {
            var low: UInt64 = 0
            var high: UInt64 = 0
            for index in 0..<count {
                let byte = UInt64(letters[2 * index + count % 2])
                if index < 8 { low |= byte << UInt64(8 * index) } else { high |= byte << UInt64(8 * (index - 8)) }
            }
            let made = make(low: low, high: high, count: count)
            guard unsafeBitCast(made, to: (UInt64, UInt64).self) == smallBits(low: low, high: high, count: count)
            else { return false }
        }
        return true
    }

    /// Up to eight bytes of `bytes` from `offset` in one number, the first byte lowest, zero
    /// past `count`.
    ///
    /// Near the end of `bytes` (fewer than eight bytes from `offset` on), the last eight bytes are
    /// read and shifted down when there are eight; only a shorter text is read byte by byte.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, count: Int) -> UInt64 {
        let value: UInt64
        if offset &+ 8 <= bytes.count {
            value = UInt64(
                littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        } else if bytes.count >= 8 {
            // `offset + count` is within `bytes`, so the bytes wanted are among the last eight.
            let last = UInt64(
                littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
                    fromByteOffset: bytes.count &- 8, as: UInt64.self))
            value = last >> (UInt64(truncatingIfNeeded: offset &+ 8 &- bytes.count) &* 8)
        } else {
            var bytesValue: UInt64 = 0
            for index in 0..<count { bytesValue |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
            return bytesValue
        }
        return count >= 8 ? value : value & ((1 << UInt64(truncatingIfNeeded: 8 &* count)) &- 1)
    }

    /// The string of `bytes`, which must be ASCII: a small string written in place when it is
    /// short enough (see `small(low:high:count:)`), else made by `String(decoding:as:)`, which
    /// validates the bytes (the same string either way).
    static func string(ascii bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 0, bytes.count <= maxSmallCount, smallLayoutHoldsHere else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let low = load(bytes, at: 0, count: min(bytes.count, 8))
        let high = bytes.count > 8 ? load(bytes, at: 8, count: bytes.count - 8) : 0
        return small(low: low, high: high, count: bytes.count)
    }

    /// `checkSmallLayout()`, worked out once for the process.
    private static let smallLayoutHoldsHere = checkSmallLayout()

    /// Calls `body` with a table of the process's (one per thread reading at the time).
    static func borrowing<Result>(_ body: (inout WordStrings) -> Result) -> Result {
        var strings = pool.take()
        defer { pool.give(strings) }
        return body(&strings)
    }

    private static let pool = Pool()

    private final class Pool: @unchecked Sendable {
        private let lock = MemoLock()
        private var free: [WordStrings] = []

        func take() -> WordStrings {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? WordStrings()
        }

        func give(_ strings: WordStrings) {
            lock.lock()
            free.append(strings)
            lock.unlock()
        }
    }
}
