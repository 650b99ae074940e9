/// The words of one sentence as the lexicons look them up: each word's first byte, length and
/// FNV-1a hash, read once per sentence instead of once per lexicon.
///
/// Every word of a sentence is looked up in a dozen lexicons (the phrase matchers, the word sets
/// and word roles of the detectors). `WordTable.number(of: String)` reads the string's bytes in
/// place and hashes them each time; `WordTable.number(in:at:)` takes the hash from here and
/// compares the bytes it is kept with. Only an ASCII word is found this way: any other word is
/// looked up by its string (`words[index]`), so the answers are the string lookup's, canonical
/// equivalence included.
///
/// An ASCII word's bytes are kept as written: a sentence's keys point into the sentence's own
/// bytes (its words are those bytes with ASCII letters lowercased, see `Words.tokens`), so
/// nothing is copied, and a lookup lowercases them as it compares (`lowercased(_:)`).
///
/// The words and keys (and a `SentenceText`'s tokens) are kept in a `WordStorage` (an
/// article's sentences share one, see `SentenceArray`).
///
/// Public, its words and tokens `@inlinable` (though only the stages use them): a reader in
/// another module reads them without a call (an `@inlinable package` member is not inlined
/// across modules).
public struct WordKeys: Sendable {
    @usableFromInline let storage: WordStorage
    /// Where the words start in `storage` (the high 32 bits) and how many there are (the low
    /// 32): one field, not four, so that a copy of a sentence's read is three words long and
    /// is copied in place (a longer one was copied through its type's value witness, a call).
    @usableFromInline let span: UInt64
    /// Where the bytes start in `storage.bytes` (the high 32 bits) and how many there are (the
    /// low 32), as `span`.
    @usableFromInline let byteSpan: UInt64

    /// The bytes the ASCII words are read from, as written: lowercasing them gives the words
    /// (a sentence's UTF-8, `SentenceText.bytes`). Kept in `storage` with the words: an
    /// article's sentences share one allocation of bytes, not an array each.
    @inlinable public var bytes: SentenceBytes {
        SentenceBytes(
            owner: storage, base: storage.bytes + Int(truncatingIfNeeded: byteSpan &>> 32),
            count: Int(truncatingIfNeeded: byteSpan & 0xffff_ffff))
    }

    /// The words (lowercased and `’` folded to `'`, as `SentenceText.words`).
    @inlinable public var words: SentenceWords {
        SentenceWords(owner: storage, base: storage.words + start, count: count)
    }

    /// The tokens read with the words, when `storage` holds them (`SentenceText.tokens`).
    @inlinable var tokens: SentenceTokens {
        precondition(start + count <= storage.tokenCount)
        return SentenceTokens(owner: storage, base: storage.tokens + start, count: count)
    }

    /// The index of the first word in `storage`.
    @inlinable var start: Int { Int(truncatingIfNeeded: span &>> 32) }

    /// A word's key, in 24 bytes (an article keeps one for every word of its sentences).
    struct Key: Sendable {
        /// FNV-1a over the word's bytes (over the lowercased bytes of `bytes[start..<start + count]`).
        let hash: UInt64
        /// The word's first eight bytes (fewer for a shorter word, the rest zero), the first byte
        /// lowest: `WordTable` matches a word of eight bytes or fewer on its hash, length and
        /// these, without reading its bytes. For a word looked up by its string, its first byte only.
        let prefix: UInt64
        /// Where an ASCII word's bytes start in `bytes`.
        private(set) var start: UInt32
        /// The word's length in bytes, up to `maxCount`.
        private let storedCount: UInt16
        /// Whether the word is found by `hash` and its bytes; when false, only `count` and
        /// `first` are read, and the word is looked up by its string.
        let isASCII: Bool

        /// The longest length a key holds: a longer word (a run of letters 64 KiB long) is
        /// looked up by its string, and its shape says `maxCount` (the shape filters read
        /// lengths up to 63 only).
        static let maxCount = Int(UInt16.max)

        /// The key of an ASCII word found by `hash` and its bytes at `start` (one longer than
        /// `maxCount` is looked up by its string instead); `prefix` as `Key.prefix(_:_:)` reads it.
        init(hash: UInt64, start: Int, count: Int, prefix: UInt64) {
            self.hash = hash
            self.prefix = prefix
            self.start = UInt32(truncatingIfNeeded: start)
            storedCount = UInt16(min(count, Self.maxCount))
            isASCII = count <= Self.maxCount
        }

        /// The key of a word looked up by its string: its length and first byte (and `hash`
        /// and `start`, which no lookup reads for such a word).
        init(byStringOfCount count: Int, first: UInt8, hash: UInt64 = 0, start: Int = 0) {
            self.hash = hash
            prefix = UInt64(first)
            self.start = UInt32(truncatingIfNeeded: start)
            storedCount = UInt16(min(count, Self.maxCount))
            isASCII = false
        }

        /// The word's first byte (0 for an empty word).
        var first: UInt8 { UInt8(truncatingIfNeeded: prefix) }

        /// The `prefix` of the ASCII word at `range` of `bytes`: its first eight bytes lowercased.
        @inline(__always)
        static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
            let count = range.count
            guard range.lowerBound + 8 <= bytes.count else {
                var prefix: UInt64 = 0
                for offset in 0..<min(count, 8) {
                    prefix |= UInt64(ASCII.lowercased(bytes[range.lowerBound + offset])) << UInt64(8 * offset)
                }
                return prefix
            }
            // Eight bytes read at once and lowercased together: the word's are ASCII, and the
            // bytes after it (masked off) only carry into bytes after them.
            let word = UInt64(
                littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
                    fromByteOffset: range.lowerBound, as: UInt64.self))
            let mask: UInt64 = count >= 8 ? .max : (1 << UInt64(truncatingIfNeeded: 8 &* count)) &- 1
            return ASCII.lowercased(word) & mask
        }

        /// The word's length in bytes (`maxCount` for a longer one).
        var count: UInt32 { UInt32(storedCount) }

        /// The word's first byte and length, as `FirstWordShapes.shape(of:)` gives them (the
        /// length up to `maxCount`).
        var shape: (first: UInt8, count: Int) { (first, Int(count)) }

        /// The same key for the word's bytes at `offset` further on (`start` plus `offset` must
        /// stay below 2^31).
        @inline(__always)
        func moved(by offset: Int) -> Key {
            guard isASCII else { return self }
            var key = self
            key.start = UInt32(truncatingIfNeeded: Int(start) + offset)
            return key
        }
    }

    /// The words `start..<start + count` of `storage` with their keys, read from the bytes
    /// `byteStart..<byteStart + byteCount` of `storage`.
    init(storage: WordStorage, start: Int, count: Int, byteStart: Int, byteCount: Int) {
        precondition(start >= 0 && count >= 0 && start + count <= storage.wordCount && start + count <= UInt32.max)
        precondition(
            byteStart >= 0 && byteCount >= 0 && byteStart + byteCount <= storage.byteCount
                && byteStart + byteCount <= UInt32.max)
        self.storage = storage
        span = UInt64(start) << 32 | UInt64(count)
        byteSpan = UInt64(byteStart) << 32 | UInt64(byteCount)
    }

    /// The words `start..<start + count` of `storage` with their keys, read from `bytes`
    /// (copied into `storage`).
    init(storage: WordStorage, start: Int, count: Int, bytes: [UInt8]) {
        let byteStart = storage.append(bytes: bytes)
        self.init(storage: storage, start: start, count: count, byteStart: byteStart, byteCount: bytes.count)
    }

    /// The keys of words that come without their text's bytes (tests, custom rules): each
    /// word's bytes are copied, and a word with an ASCII capital (which lowercasing would
    /// change) is looked up by its string.
    package init(_ words: [String]) {
        var total = 0
        for word in words { total += word.utf8.count }
        var bytes: [UInt8] = []
        let keys = [Key](unsafeUninitializedCapacity: words.count) { keys, keyCount in
            bytes = [UInt8](unsafeUninitializedCapacity: total) { bytes, byteCount in
                for index in words.indices {
                    let key =
                        words[index].utf8.withContiguousStorageIfAvailable { Self.copy($0, into: bytes, at: byteCount) }
                        ?? Array(words[index].utf8).withUnsafeBufferPointer {
                            Self.copy($0, into: bytes, at: byteCount)
                        }
                    (keys.baseAddress! + index).initialize(to: key)
                    keyCount = index + 1
                    byteCount += words[index].utf8.count
                }
            }
        }
        let storage = WordStorage(wordCapacity: words.count, byteCapacity: total)
        storage.append(words: words, keys: keys)
        self.init(storage: storage, start: 0, count: words.count, bytes: bytes)
    }

    /// The keys of a text's words (`SentenceText(bytes:tokens:words:)`): `tokens` are
    /// `Words.tokens` of the text whose UTF-8 is `bytes`, and `words[i]` is
    /// `Words.folded(tokens[i].text)`. An ASCII word is its token's bytes lowercased, so its key
    /// is read from `bytes` without reading the string.
    static func keys(bytes: [UInt8], tokens: [Words.Token], words: [String]) -> [Key] {
        [Key](unsafeUninitializedCapacity: tokens.count) { keys, keyCount in
            bytes.withUnsafeBufferPointer { bytes in
                for index in tokens.indices {
                    let range = tokens[index].range
                    var hash = FNV1a()
                    var high: UInt8 = 0
                    for offset in range {
                        let byte = bytes[offset]
                        high |= byte
                        hash.add(ASCII.lowercased(byte))
                    }
                    let key =
                        high < 0x80
                        ? Key(
                            hash: hash.value, start: range.lowerBound, count: range.count,
                            prefix: Key.prefix(bytes, range))
                        : Self.stringKey(words[index])
                    (keys.baseAddress! + index).initialize(to: key)
                    keyCount = index + 1
                }
            }
        }
    }

    /// Copies a word's bytes into `buffer` at `start` and returns its key.
    @inline(__always)
    private static func copy(
        _ word: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Key {
        var hash = FNV1a()
        var high: UInt8 = 0
        var offset = start
        var hasCapital = false
        for byte in word {
            hash.add(byte)
            high |= byte
            hasCapital = hasCapital || byte &- UInt8(ascii: "A") < 26
            buffer[offset] = byte
            offset += 1
        }
        guard high < 0x80, !hasCapital else {
            return Key(byStringOfCount: word.count, first: word.first ?? 0, hash: hash.value, start: start)
        }
        return Key(hash: hash.value, start: start, count: word.count, prefix: Key.prefix(word, 0..<word.count))
    }

    /// The key of a word looked up by its string: its length and first byte only.
    static func stringKey(_ word: String) -> Key {
        Key(byStringOfCount: word.utf8.count, first: word.utf8.first ?? 0)
    }

    @inlinable public var count: Int { Int(truncatingIfNeeded: span & 0xffff_ffff) }

    @inline(__always)
    func key(at index: Int) -> Key {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "Index out of range")
        return storage.keys[start &+ index]
    }

    /// Calls `body` with the keys in place (`key(at:)` of each index).
    @inline(__always)
    func withUnsafeKeys<Result>(_ body: (UnsafeBufferPointer<Key>) -> Result) -> Result {
        withExtendedLifetime(storage) { body(UnsafeBufferPointer(start: storage.keys + start, count: count)) }
    }

    /// The first byte and byte length of the word at `index` (`FirstWordShapes.shape(of: words[index])`).
    @inline(__always)
    func shape(at index: Int) -> (first: UInt8, count: Int) { key(at: index).shape }

    /// Calls `body` with every byte the keys' ASCII words are read from (a word's are those from
    /// its key's `start`, `count` of them).
    @inline(__always)
    func withAllBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the bytes of the ASCII word whose key is `key`, as written: lowercased
    /// (`lowercased(_:)`), they are the word's.
    @inline(__always)
    func withBytes<Result>(of key: Key, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(key.start)..<Int(key.start + key.count)]))
        }
    }
}
