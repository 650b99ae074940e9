import Foundation

/// Word counting and normalisation on UTF-8 bytes (the hot path avoids `Character`).
public enum Words {
    /// Words: maximal runs of letters and digits, joined by inner apostrophes, hyphens and
    /// decimal points (`it's`, `cure-all`, `1.28`).
    public static func count(in text: String) -> Int {
        var count = 0
        withBytes(of: text) { bytes in forEachWord(in: bytes) { _ in count += 1 } }
        return count
    }

    /// Lowercased words with their byte ranges in `text`.
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        withBytes(of: text) { bytes in
            // A word and what separates it take about six bytes in prose: room for a word every
            // five bytes spares the array its doublings for nearly every sentence, without
            // keeping much more room than it uses while the article's reads are kept.
            tokens.reserveCapacity(bytes.count / 5 + 1)
            forEachWord(in: bytes) { range in tokens.append(Token(text: lowercased(bytes[range]), range: range)) }
        }
        return tokens
    }

    /// The most words `bytes.count` bytes can hold: each word takes a byte, and a byte that is
    /// no word byte stands between two words (see `forEachWord`).
    package static func maxWordCount(ofByteCount count: Int) -> Int {
        (count + 1) / 2
    }

    /// Writes the byte range of each word of `bytes`, as `tokens(in:)` finds them, to `ranges`
    /// in order and returns how many it wrote; `ranges` must have room for
    /// `maxWordCount(ofByteCount: bytes.count)`.
    ///
    /// The ASCII bytes are read eight at a time (`forEachASCIIWordRange`); from the first eight
    /// bytes that hold one of 0x80 or more, the rest is read byte by byte (`forEachWord`).
    @inline(__always)
    package static func writeWordRanges(
        of bytes: UnsafeBufferPointer<UInt8>, to ranges: UnsafeMutablePointer<Range<Int>>
    ) -> Int {
        var count = 0
        forEachWordRange(of: bytes) { range in
            (ranges + count).initialize(to: range)
            count &+= 1
        }
        return count
    }

    /// Calls `body` with the byte range of each word of `bytes`, in order, as `writeWordRanges`
    /// finds them (`forEachASCIIWordRange`, then `forEachWord` from where it stopped): a reader
    /// that takes each word as it is found needs no room for the ranges.
    @inline(__always)
    package static func forEachWordRange(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        let rest = forEachASCIIWordRange(of: bytes, body)
        guard rest < bytes.count else { return }
        forEachWord(in: bytes, from: rest, body)
    }

    /// The words `writeWordRanges` finds, read eight bytes at a time while the bytes are ASCII:
    /// calls `body` with the ranges of the words before `rest` and returns `rest`, where
    /// `forEachWord` reads on from (`bytes.count` when every byte was read; a text under eight
    /// bytes is left to it whole).
    ///
    /// Of ASCII bytes, a word is a run of letters, digits and the joiners between them
    /// (`'` or `-` between two word bytes, `.` or `,` between two digits), as `endOfWord`
    /// reads them: a joiner needs a letter or digit after it, and stands after one, since
    /// the byte before a joiner inside a word is a letter or digit (two joiners never touch
    /// inside one). Each group of eight bytes gets a flag a byte (its high bit) for letters and
    /// digits; the few bytes from `'` to `.` with a flagged byte on both sides are tested as
    /// joiners; a word starts where a flag is set after a clear one and ends where it clears.
    ///
    /// `rest` is where the byte loop gives the same words from on: the start of a word still
    /// open, or the first byte of the group not read yet, which no word takes in (all the bytes
    /// before it are ASCII, so the byte loop steps on them one at a time and reaches it).
    @inline(__always)
    static func forEachASCIIWordRange(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Int {
        let byteCount = bytes.count
        guard byteCount >= 8, let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// The eight bytes from `index` (below `byteCount`), the first lowest; past the end, zeros.
        @inline(__always) func group(at index: Int) -> UInt64 {
            if index &+ 8 <= byteCount {
                return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            }
            return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: byteCount &- 8, as: UInt64.self))
                >> (UInt64(truncatingIfNeeded: index &+ 8 &- byteCount) &* 8)
        }
        /// The high bit of each ASCII letter or digit of `group` (whose bytes are all ASCII).
        @inline(__always) func wordFlags(_ group: UInt64) -> UInt64 {
            let folded = group | 0x2020_2020_2020_2020
            let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
            let digit = (group &+ 0x5050_5050_5050_5050) & ~(group &+ 0x4646_4646_4646_4646)
            return (letter | digit) & highBits
        }
        var index = 0
        var current = group(at: 0)
        guard current & highBits == 0 else { return 0 }
        var flags = wordFlags(current)
        // The flag of the byte before `index` (in the lowest byte's high bit), and where the
        // word it is in started.
        var carry: UInt64 = 0
        var start = 0
        while index < byteCount {
            let nextIndex = index &+ 8
            var next: UInt64 = 0
            var nextFlags: UInt64 = 0
            if nextIndex < byteCount {
                next = group(at: nextIndex)
                // A byte of 0x80 or more comes next: the byte loop reads on from here.
                guard next & highBits == 0 else { return carry != 0 ? start : index }
                nextFlags = wordFlags(next)
            }
            // Bytes from `'` (0x27) to `.` (0x2E), each byte's sum below 0x100 (ASCII).
            let joinerLike =
                (current &+ (0x80 &- 0x27) &* ones) & ~(current &+ (0x7F &- 0x2E) &* ones) & highBits
            if joinerLike != 0 {
                var between = joinerLike & (flags << 8 | carry) & (flags >> 8 | nextFlags << 56)
                while between != 0 {
                    let bit = between.trailingZeroBitCount
                    between &= between &- 1
                    let at = index &+ bit &>> 3
                    let byte = base[at]
                    if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
                        || (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","))
                            && base[at &- 1] &- UInt8(ascii: "0") < 10 && base[at &+ 1] &- UInt8(ascii: "0") < 10
                    {
                        flags |= 1 &<< UInt64(truncatingIfNeeded: bit)
                    }
                }
            }
            var edges = flags ^ (flags << 8 | carry)
            while edges != 0 {
                let bit = edges.trailingZeroBitCount
                edges &= edges &- 1
                let at = index &+ bit &>> 3
                if flags & (1 &<< UInt64(truncatingIfNeeded: bit)) != 0 {
                    start = at
                } else {
                    body(start..<at)
                }
            }
            carry = flags >> 56
            current = next
            flags = nextFlags
            index = nextIndex
        }
        if carry != 0 { body(start..<byteCount) }
        return byteCount
    }

    /// Adds to `hash` the words of `text` as `tokens(in:)` finds them, folded (`folded`) and
    /// joined by single spaces: the bytes of
    /// `tokens(in: text).map { folded($0.text) }.joined(separator: " ")`, without making them.
    package static func hashNormalized(_ text: String, into hash: inout FNV1a) {
        withBytes(of: text) { bytes in
            if ByteSearch.isASCII(bytes) {
                hashNormalizedASCII(bytes, into: &hash)
                return
            }
            var first = true
            forEachWord(in: bytes) { range in
                if !first { hash.add(UInt8(ascii: " ")) }
                first = false
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                if word.allSatisfy({ $0 < 0x80 }) {
                    // `lowercased` folds ASCII byte by byte, and `folded` changes only `’`.
                    for byte in word { hash.add(ASCII.lowercased(byte)) }
                } else {
                    hash.add(folded(lowercased(bytes[range])))
                }
            }
        }
    }

    /// `hashNormalized` of ASCII bytes (most matches), in one pass without word ranges: an ASCII
    /// word is a run of letters and digits, carried on by a joiner (`'` or `-`, or `.` and `,`
    /// between two digits) only when a letter or digit follows it, as `endOfWord` reads it; so a
    /// byte is kept (lowercased) when it is a letter or digit, or a joiner inside a word that
    /// one follows, and any other byte ends the word (the next word starts after one space).
    /// Letters and digits are read eight at a time, and the bytes kept gathered first, then
    /// hashed in one loop: the text folded is never longer than the text (a space stands for
    /// at least one byte that is no word byte).
    private static func hashNormalizedASCII(_ bytes: UnsafeBufferPointer<UInt8>, into hash: inout FNV1a) {
        @inline(__always) func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
        }
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
        let count = bytes.count
        guard count > 0, let source = bytes.baseAddress else { return }
        /// The eight bytes from `index` on, zeros past the end (no letter or digit).
        @inline(__always) func chunk(at index: Int) -> UInt64 {
            if index &+ 8 <= count {
                return UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
            }
            if count >= 8 {
                let last = UInt64(littleEndian: UnsafeRawPointer(source + (count &- 8)).loadUnaligned(as: UInt64.self))
                return last >> (UInt64(truncatingIfNeeded: index &+ 8 &- count) &* 8)
            }
            var word: UInt64 = 0
            withUnsafeMutableBytes(of: &word) {
                $0.copyMemory(from: UnsafeRawBufferPointer(start: source + index, count: count &- index))
            }
            return UInt64(littleEndian: word)
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count &+ 8) { buffer in
            // Bytes are written no further than they are read (a space stands for a byte read and
            // not written), and a run of letters and digits as a whole word: the 8 spare bytes
            // take its bytes past the run, written over or left after.
            guard let out = buffer.baseAddress else { return }
            var written = 0
            var inWord = false
            var index = 0
            while index < count {
                let word = chunk(at: index)
                let run = asciiAlphanumericPrefix(word)
                if run > 0 {
                    // Every word writes a byte: one written already is a word before this one.
                    if !inWord, written > 0 {
                        out[written] = UInt8(ascii: " ")
                        written &+= 1
                    }
                    inWord = true
                    UnsafeMutableRawPointer(out + written).storeBytes(
                        of: ASCII.lowercased(word).littleEndian, as: UInt64.self)
                    written &+= run
                    index &+= run
                    continue
                }
                let byte = source[index]
                if inWord, index &+ 1 < count, isAlphanumeric(source[index &+ 1]),
                    byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
                        || ((byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","))
                            && isDigit(source[index &- 1]) && isDigit(source[index &+ 1]))
                {
                    // Inside a word the byte before is a letter or digit.
                    out[written] = byte
                    written &+= 1
                } else {
                    inWord = false
                }
                index &+= 1
            }
            hash.add(UnsafeBufferPointer(start: out, count: written))
        }
    }

    /// Calls `body` with the byte range of each word of `bytes`, in order: the one reading of
    /// word boundaries behind `count`, `tokens` and `hashNormalized`.
    @inline(__always)
    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        forEachWord(in: bytes, from: 0, body)
    }

    /// `forEachWord(in:_:)` from `start`, which must be a byte that starts a scalar and lies in
    /// no word (or starts one): the words from there on.
    @inline(__always)
    private static func forEachWord(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Range<Int>) -> Void
    ) {
        var index = start
        while index < bytes.count {
            if wordByteLength(bytes, at: index) > 0 {
                let start = index
                index = endOfWord(bytes, from: index)
                body(start..<index)
                // `endOfWord` stops only at the end or at a byte that is no word byte: that byte
                // is stepped over as this loop would step over it, without testing it again.
                guard index < bytes.count else { break }
            }
            index += max(1, scalarLength(bytes[index]))
        }
    }

    /// Calls `body` with the text's UTF-8 bytes, in place when the string stores them contiguously.
    @inline(__always)
    private static func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            Array(text.utf8).withUnsafeBufferPointer(body)
        }
    }

    /// The word's bytes as a lowercased string: ASCII letters folded byte by byte, anything
    /// else through `String.lowercased()` (the same result, without the Unicode machinery for ASCII).
    @inline(__always)
    private static func lowercased(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let bytes = UnsafeBufferPointer(rebasing: word)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = ASCII.lowercased(byte)
            }
            return bytes.count
        }
    }

    /// The word with `’` folded to `'`, as lexicons spell it; the same string when it holds none.
    public static func folded(_ word: String) -> String {
        let hasE2 = word.utf8.withContiguousStorageIfAvailable { $0.contains(0xE2) } ?? word.utf8.contains(0xE2)
        return hasE2 ? word.replacingOccurrences(of: "’", with: "'") : word
    }

    /// A word and its byte range in the text it came from.
    ///
    /// The range is kept as two 32-bit offsets (a token is 24 bytes, not 32): an article keeps
    /// every word of its sentences as a token, and no text copydesk reads is 2 GiB long
    /// (`ArticleLoader.maxSupportedBytes`).
    public struct Token: Sendable, Hashable {
        public var text: String
        private var start: Int32
        private var end: Int32

        /// The word's byte range; both bounds must be below 2^31.
        public var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set {
                start = Int32(newValue.lowerBound)
                end = Int32(newValue.upperBound)
            }
        }

        public init(text: String, range: Range<Int>) {
            self.text = text
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
        }

        /// `init(text:range:)` for a range whose bounds the caller has checked (both at most
        /// `Int32.max`): a reader that makes a token of every word checks its text's length once.
        @inline(__always)
        package init(text: String, checkedRange range: Range<Int>) {
            self.text = text
            start = Int32(truncatingIfNeeded: range.lowerBound)
            end = Int32(truncatingIfNeeded: range.upperBound)
        }
    }

    /// Text folded for comparison: lowercased words joined by single spaces, punctuation dropped.
    public static func normalized(_ text: String) -> String {
        tokens(in: text).map { folded($0.text) }
            .joined(separator: " ")
    }

    /// ASCII letters and digits, and every byte of a multi-byte scalar: a fast pre-filter.
    /// `tokens(in:)` and `count(in:)` decide on whole scalars (an em dash is not a word).
    @inline(__always)
    public static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
            true
        default: false
        }
    }

    // MARK: - Bytes

    @inline(__always)
    private static func endOfWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            // ASCII letters and digits, eight bytes at a time: each is a word byte of length 1,
            // as `wordByteLength` finds it, so skipping them leaves the byte loop below what it
            // would have reached one byte at a time.
            // Near the end of a text of eight bytes or more, the last eight are read and shifted
            // down: the zeros shifted in are no letters or digits, so the run stops at the end.
            if bytes.count >= 8 {
                let chunk =
                    index &+ 8 <= bytes.count
                    ? UInt64(
                        littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
                            fromByteOffset: index, as: UInt64.self))
                    : UInt64(
                        littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
                            fromByteOffset: bytes.count &- 8, as: UInt64.self))
                        >> (UInt64(truncatingIfNeeded: index &+ 8 &- bytes.count) &* 8)
                let run = asciiAlphanumericPrefix(chunk)
                index += run
                if run == 8 { continue }
                guard index < bytes.count else { break }
                // The run stopped at a byte that is no ASCII letter or digit: an ASCII one is no
                // word byte (`wordByteLength` is 0), so only a joiner can carry the word on.
                if bytes[index] < 0x80 {
                    let joiner = joinerLength(bytes, at: index)
                    if joiner > 0, index + joiner < bytes.count, wordByteLength(bytes, at: index + joiner) > 0 {
                        index += joiner
                        continue
                    }
                    break
                }
            }
            let length = wordByteLength(bytes, at: index)
            if length > 0 {
                index += length
                continue
            }
            let joiner = joinerLength(bytes, at: index)
            if joiner > 0, index + joiner < bytes.count, wordByteLength(bytes, at: index + joiner) > 0 {
                index += joiner
                continue
            }
            break
        }
        return index
    }

    /// How many of the eight bytes of `chunk` (the first byte lowest), from the first, are ASCII
    /// letters or digits.
    ///
    /// Each byte is tested on its own seven low bits, so no sum carries into the next byte:
    /// `v + (0x80 - low)` has its high bit set when `v >= low`, `v + (0x7F - high)` when `v > high`.
    @inline(__always)
    static func asciiAlphanumericPrefix(_ chunk: UInt64) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let value = chunk & ~highBits
        let folded = value | 0x2020_2020_2020_2020
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let digit = (value &+ 0x5050_5050_5050_5050) & ~(value &+ 0x4646_4646_4646_4646)
        let wordBytes = (letter | digit) & ~chunk & highBits
        return (~wordBytes & highBits).trailingZeroBitCount >> 3
    }

    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...0xFF: 4
        default: 1
        }
    }

    /// The byte length of the letter or digit at `index`, or 0 when it is not one.
    @inline(__always)
    private static func wordByteLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return 1
            default: return 0
            }
        }
        return nonASCIIWordByteLength(bytes, at: index)
    }

    /// `wordByteLength` for a byte of 0x80 or more: out of line, so the loops that call
    /// `wordByteLength` for every byte do not set up the Unicode property lookups on entry.
    @inline(never)
    private static func nonASCIIWordByteLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        let length = scalarLength(byte)
        guard length > 1, index + length <= bytes.count else { return 0 }
        var value = UInt32(byte) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return ScalarClasses.isWordScalar(scalar) ? length : 0
    }

    /// Whether `scalar` (not ASCII) is a letter or digit of a word: its Unicode properties, read
    /// once per thread for a scalar below U+10000 and then found in `ScalarClasses.current`.
    /// The property lookups took about 600 instructions a scalar (1,750 for a dash), and a text
    /// in a script other than Latin meets every one of its letters through them.
    enum ScalarClasses {
        /// What the properties say of `scalar`.
        static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.isEmojiPresentation
        }

        /// `hasWordProperties(scalar)`, kept for the thread once asked about.
        static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            let value = Int(scalar.value)
            guard value < Table.count else { return hasWordProperties(scalar) }
            let table = Table.current
            let known = table.states[value]
            if known != Table.unknown { return known == Table.word }
            let isWord = hasWordProperties(scalar)
            table.states[value] = isWord ? Table.word : Table.notWord
            return isWord
        }

        /// One thread's answers, a byte for each scalar below U+10000 (zeroed memory: unknown).
        /// Kept per thread, so no thread reads a byte another writes.
        private final class Table {
            static let count = 0x10000
            static let unknown: UInt8 = 0
            static let word: UInt8 = 1
            static let notWord: UInt8 = 2

            let states: UnsafeMutablePointer<UInt8>

            init() {
                guard let memory = calloc(Self.count, 1) else { fatalError("out of memory") }
                states = memory.bindMemory(to: UInt8.self, capacity: Self.count)
            }

            deinit { free(states) }

            /// This thread's table, made the first time the thread asks; not retained (the thread
            /// holds it until it ends, and releases it then).
            static var current: Table { tables.current { Table() }.takeUnretainedValue() }

            private static let tables = ThreadObjects<Table>(for: "the scalar classes")
        }
    }

    /// `'`, `’` and `-` join words; `.` and `,` join digits (`1.28`, `3,000`).
    @inline(__always)
    private static func joinerLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "'"), UInt8(ascii: "-"): return 1
        case UInt8(ascii: "."), UInt8(ascii: ","):
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            let between =
                index > 0 && digits.contains(bytes[index - 1]) && index + 1 < bytes.count
                && digits.contains(bytes[index + 1])
            return between ? 1 : 0
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99: return 3
        default: return 0
        }
    }
}
