extension SentenceText {
    /// Reads a sentence's tokens, words and keys in one pass over its words, into arrays of
    /// exactly their size: what `init(bytes:tokens:words:)` makes from `Words.tokens(in: text)`.
    ///
    /// An article keeps every sentence's read, so each word's storage counts: the words' ranges
    /// are found first (into the room `strings.ranges` keeps from sentence to sentence), then
    /// each word is lowercased, hashed and keyed while its bytes are copied once, and the
    /// arrays are made with the word count known (no array grows, none keeps room it does not
    /// use). The keys are kept in the words' array, after the words (`WordKeys.attachKeys`):
    /// two arrays a sentence, not three, to make and to free.
    init(reading text: String, strings: inout WordStrings) {
        let bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        // Taken out of `strings` while it is used: the words' strings are read from `strings`
        // while the ranges are.
        var ranges: [Range<Int>] = []
        swap(&ranges, &strings.ranges)
        defer {
            if ranges.count <= WordStrings.maxKeptRanges { swap(&ranges, &strings.ranges) }
        }
        WordStrings.reserve(&ranges, Words.maxWordCount(ofByteCount: bytes.count))
        let count = ranges.withUnsafeMutableBufferPointer { ranges in
            bytes.withUnsafeBufferPointer { Words.writeWordRanges(of: $0, to: ranges.baseAddress!) }
        }
        // Reserved, then appended to: `Array(unsafeUninitializedCapacity:)` looks its storage
        // type up at run time on every call, `reserveCapacity` is specialized.
        // The keys are written to room kept with `strings` (as the ranges are), then copied
        // into the words' array (`WordKeys.attachKeys`), which is made with room for them.
        let keys = strings.keyRoom(for: count)
        var tokens: [Words.Token] = []
        var words: [String] = []
        tokens.reserveCapacity(count)
        words.reserveCapacity(WordKeys.capacity(forCount: count))
        // Every token's range lies in `bytes`: checked here once, not for every token.
        precondition(bytes.count <= Int(Int32.max), "a sentence of 2 GiB or more")
        ranges.withUnsafeBufferPointer { ranges in
            bytes.withUnsafeBufferPointer { bytes in
                for index in 0..<count {
                    let range = ranges[index]
                    let read = Self.word(bytes, range, &strings)
                    tokens.append(Words.Token(text: read.text, checkedRange: range))
                    words.append(read.word)
                    (keys.base + index).initialize(to: read.key)
                }
            }
        }
        WordKeys.attachKeys(UnsafeBufferPointer(start: keys.base, count: count), to: &words)
        self.init(tokens: tokens, keys: WordKeys(bytes: bytes, wordsWithKeys: words))
    }

    /// The word at `range` of `bytes`: its token's text (lowercased, see `Words.tokens`), its
    /// word (`Words.folded` of that) and its key (see `WordKeys(bytes:tokens:words:)`).
    ///
    /// An ASCII word is lowercased and hashed as its bytes are copied into its string; any
    /// other word is lowercased by `String.lowercased()` (its copy is dropped).
    ///
    /// An ASCII word of up to 16 bytes (nearly every one) is read eight bytes at a time,
    /// lowercased as the keys' prefixes are (`WordTable.lowercased`), and its string is found in
    /// `strings` (or made there).
    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ strings: inout WordStrings
    ) -> (text: String, word: String, key: WordKeys.Key) {
        let count = range.count
        if count > 0, count <= WordStrings.maxCount {
            let low = WordStrings.load(bytes, at: range.lowerBound, count: min(count, 8))
            let high = count > 8 ? WordStrings.load(bytes, at: range.lowerBound + 8, count: count - 8) : 0
            if (low | high) & 0x8080_8080_8080_8080 == 0 {
                let lowered = (WordTable.lowercased(low), WordTable.lowercased(high))
                let (text, word, hash) = strings.strings(low: lowered.0, high: lowered.1, count: count)
                let key = WordKeys.Key(hash: hash, start: range.lowerBound, count: count, prefix: lowered.0)
                return (text, word, key)
            }
        }
        var hash = FNV1a()
        var high: UInt8 = 0
        let text = String(unsafeUninitializedCapacity: range.count) { buffer in
            // Kept in locals while the bytes are read (not in the captured variables).
            var wordHash = FNV1a()
            var wordHigh: UInt8 = 0
            var offset = 0
            for byte in UnsafeBufferPointer(rebasing: bytes[range]) {
                wordHigh |= byte
                let lower = ASCII.lowercased(byte)
                wordHash.add(lower)
                buffer[offset] = lower
                offset &+= 1
            }
            hash = wordHash
            high = wordHigh
            return offset
        }
        if high < 0x80 {
            let key = WordKeys.Key(
                hash: hash.value, start: range.lowerBound, count: range.count,
                prefix: WordKeys.Key.prefix(bytes, range))
            return (text, text, key)
        }
        let lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
        let word = Words.folded(lowered)
        return (lowered, word, WordKeys.stringKey(word))
    }
}
