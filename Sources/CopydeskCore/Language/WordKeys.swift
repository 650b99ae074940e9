/// The words of one sentence as the lexicons look them up: each word's bytes, first byte,
/// length and FNV-1a hash, read once per sentence instead of once per lexicon.
///
/// Every word of a sentence is looked up in a dozen lexicons (the phrase matchers, the word sets
/// and word roles of the detectors). `WordTable.number(of: String)` reads the string's bytes in
/// place and hashes them each time; `WordTable.number(in:at:)` takes the hash and the bytes from
/// here. Only an ASCII word is found this way: any other word is looked up by its string
/// (`words[index]`), so the answers are the string lookup's, canonical equivalence included.
package struct WordKeys: Sendable {
    /// The words (lowercased and `’` folded to `'`, as `SentenceText.words`).
    package let words: [String]
    /// Every word's UTF-8 bytes, one after another.
    private let bytes: [UInt8]
    private let keys: [Key]

    struct Key: Sendable {
        /// FNV-1a over the word's bytes.
        let hash: UInt64
        /// Where the word's bytes start in `bytes`, and how many there are.
        let start: UInt32
        let count: UInt32
        /// The first byte (0 for an empty word).
        let first: UInt8
        let isASCII: Bool

        /// The word's first byte and length, as `FirstWordShapes.shape(of:)` gives them.
        var shape: (first: UInt8, count: Int) { (first, Int(count)) }
    }

    package init(_ words: [String]) {
        var total = 0
        for word in words { total += word.utf8.count }
        var bytes: [UInt8] = []
        keys = [Key](unsafeUninitializedCapacity: words.count) { keys, keyCount in
            bytes = [UInt8](unsafeUninitializedCapacity: total) { bytes, byteCount in
                for index in words.indices {
                    let key =
                        words[index].utf8.withContiguousStorageIfAvailable { Self.copy($0, into: bytes, at: byteCount) }
                        ?? Array(words[index].utf8).withUnsafeBufferPointer {
                            Self.copy($0, into: bytes, at: byteCount)
                        }
                    (keys.baseAddress! + index).initialize(to: key)
                    keyCount = index + 1
                    byteCount += Int(key.count)
                }
            }
        }
        self.words = words
        self.bytes = bytes
    }

    /// Copies a word's bytes into `buffer` at `start` and returns its key.
    @inline(__always)
    private static func copy(
        _ word: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Key {
        var hash = FNV1a()
        var high: UInt8 = 0
        var offset = start
        for byte in word {
            hash.add(byte)
            high |= byte
            buffer[offset] = byte
            offset += 1
        }
        return Key(
            hash: hash.value, start: UInt32(start), count: UInt32(word.count), first: word.first ?? 0,
            isASCII: high < 0x80)
    }

    var count: Int { keys.count }

    @inline(__always)
    func key(at index: Int) -> Key { keys[index] }

    /// The first byte and byte length of the word at `index` (`FirstWordShapes.shape(of: words[index])`).
    @inline(__always)
    func shape(at index: Int) -> (first: UInt8, count: Int) { keys[index].shape }

    /// Calls `body` with the bytes of the word whose key is `key`.
    @inline(__always)
    func withBytes<Result>(of key: Key, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(key.start)..<Int(key.start + key.count)]))
        }
    }
}
