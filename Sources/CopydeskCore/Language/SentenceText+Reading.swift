extension SentenceText {
    /// Reads every text's tokens, words and keys, one pass over each text's words, the bytes,
    /// tokens, words and keys into one `WordStorage`: `texts.map { SentenceText(bytes:
    /// Array($0.utf8), tokens: ..., words: ...) }` of `Words.tokens`, with no allocation per text
    /// (each text's bytes are its part of the storage's, copied in one after another).
    ///
    /// Each word is lowercased, hashed and keyed as its range is found (`Words.forEachWordRange`),
    /// its bytes read once, its token, word and key written in place. The views are made once
    /// every text is in (the storage's buffers move while they grow).
    static func read(count: Int, strings: inout WordStrings, text: (Int) -> String) -> [SentenceText] {
        var byteCount = 0
        var longest = 0
        for index in 0..<count {
            let textCount = text(index).utf8.count
            byteCount += textCount
            longest = max(longest, textCount)
        }
        // About one word in four bytes or fewer, and room for the most words the longest text
        // can hold, which each text is given before it is read: the buffers grow (and move) only
        // when the texts before it brought more. The bytes are all known: their buffer does not grow.
        let storage = WordStorage(
            wordCapacity: byteCount / 4 + 16 + Words.maxWordCount(ofByteCount: longest), byteCapacity: byteCount)
        // Where each text's bytes and words start and how many, until every text is in.
        let spans = UnsafeMutablePointer<(bytes: Int, byteCount: Int, words: Int, count: Int)>.allocate(
            capacity: max(count, 1))
        defer { spans.deallocate() }
        // Every text's bytes first, then the padding after them: a word's bytes are then read
        // as eight-byte loads wherever it lies (see `word`), in set memory.
        for index in 0..<count {
            let text = text(index)
            let start =
                text.utf8.withContiguousStorageIfAvailable { storage.append(bytes: $0) }
                ?? storage.append(bytes: Array(text.utf8))
            (spans + index).initialize(to: (start, storage.byteCount - start, 0, 0))
        }
        storage.padBytes()
        for index in 0..<count {
            let textBytes = UnsafeBufferPointer(
                start: storage.bytes + spans[index].bytes, count: spans[index].byteCount)
            let count = read(textBytes, into: storage, strings: &strings)
            spans[index].words = storage.wordCount - count
            spans[index].count = count
        }
        return [SentenceText](unsafeUninitializedCapacity: count) { reads, initialized in
            for index in 0..<count {
                let span = spans[index]
                (reads.baseAddress! + index).initialize(
                    to: SentenceText(
                        storage: storage, start: span.words, count: span.count, byteStart: span.bytes,
                        byteCount: span.byteCount))
                initialized = index + 1
            }
        }
    }

    /// Reads the words of `bytes` (one text) into `storage`, after its words, and returns how many.
    /// `bytes` lies in `storage`'s bytes, padded (`WordStorage.padBytes()`).
    @inline(never)
    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, into storage: WordStorage, strings: inout WordStrings
    ) -> Int {
        // Room for as many words as the text can hold: each is written as its range is found.
        storage.reserve(words: Words.maxWordCount(ofByteCount: bytes.count))
        let first = storage.wordCount
        let tokens = storage.tokens + first
        let words = storage.words + first
        let keys = storage.keys + first
        // Every token's range lies in `bytes`: checked here once, not for every token.
        precondition(bytes.count <= Int(Int32.max), "a sentence of 2 GiB or more")
        var count = 0
        Words.forEachWordRange(of: bytes) { range in
            let read = Self.word(bytes, range, &strings)
            (tokens + count).initialize(to: Words.Token(text: read.text, checkedRange: range))
            (words + count).initialize(to: read.word)
            (keys + count).initialize(to: read.key)
            if !read.isSmall { storage.holdsReference(at: first + count) }
            count &+= 1
        }
        storage.added(words: count, tokens: true)
        return count
    }

    /// The word at `range` of `bytes`: its token's text (lowercased, see `Words.tokens`), its
    /// word (`Words.folded` of that), its key (see `WordKeys(bytes:tokens:words:)`), and whether
    /// both strings are small strings written in place (which hold no reference).
    ///
    /// An ASCII word is lowercased and hashed as its bytes are copied into its string; any
    /// other word is lowercased by `String.lowercased()` (its copy is dropped).
    ///
    /// An ASCII word of up to 16 bytes (nearly every one) is read eight bytes at a time,
    /// lowercased as the keys' prefixes are (`ASCII.lowercased(_: UInt64)`), and its string is found in
    /// `strings` (or made there). `bytes` must be followed by at least eight readable bytes
    /// (`WordStorage.padBytes()`): the loads are made wherever the word lies, the bytes past
    /// its end masked off.
    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ strings: inout WordStrings
    ) -> (text: String, word: String, key: WordKeys.Key, isSmall: Bool) {
        let count = range.count
        if count > 0, count <= WordStrings.maxCount, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base + range.lowerBound)
            // The first `n` (1 to 8) bytes of a load.
            @inline(__always) func mask(_ n: Int) -> UInt64 {
                UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* n)
            }
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & mask(min(count, 8))
            let high =
                count > 8
                ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & mask(count &- 8) : 0
            if (low | high) & 0x8080_8080_8080_8080 == 0 {
                let lowered = (ASCII.lowercased(low), ASCII.lowercased(high))
                let (text, word, hash, isSmall) = strings.strings(low: lowered.0, high: lowered.1, count: count)
                let key = WordKeys.Key(hash: hash, start: range.lowerBound, count: count, prefix: lowered.0)
                return (text, word, key, isSmall)
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
            return (text, text, key, false)
        }
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        if let (lowered, folded) = latinWord(word) { return (lowered, folded, WordKeys.stringKey(folded), false) }
        let lowered = String(decoding: word, as: UTF8.self).lowercased()
        let folded = Words.folded(lowered)
        return (lowered, folded, WordKeys.stringKey(folded), false)
    }

    /// The token text and word of a word whose scalars are ASCII, Latin-1 (`U+0080` to `U+00FF`)
    /// and `’` alone (most words that are not ASCII: names and loanwords with accents, `don’t`):
    /// what `String.lowercased()` and `Words.folded` make of it, worked out on its bytes; nil for
    /// any other word. `String.lowercased()` took about 3,000 instructions a word.
    ///
    /// Lowercase maps each of these scalars on its own: an ASCII capital and a Latin-1 capital
    /// (`U+00C0` to `U+00DE` but `×`, `U+00D7`) gain `0x20`; every other one is its own lowercase
    /// (`ß`, `ÿ`, `µ` and the signs among them). `’` is the only byte sequence `folded` changes.
    @inline(never)
    static func latinWord(_ word: UnsafeBufferPointer<UInt8>) -> (lowered: String, folded: String)? {
        let count = word.count
        var apostrophes = 0
        var index = 0
        while index < count {
            let byte = word[index]
            if byte < 0x80 {
                index &+= 1
            } else if byte == 0xC2 || byte == 0xC3 {
                guard index &+ 1 < count, word[index &+ 1] & 0xC0 == 0x80 else { return nil }
                index &+= 2
            } else if byte == 0xE2, index &+ 2 < count, word[index &+ 1] == 0x80, word[index &+ 2] == 0x99 {
                apostrophes &+= 1
                index &+= 3
            } else {
                return nil
            }
        }
        /// The second byte of a lowercased Latin-1 letter after `0xC3` (capitals gain `0x20`).
        @inline(__always) func loweredAfterC3(_ second: UInt8) -> UInt8 {
            second >= 0x80 && second <= 0x9E && second != 0x97 ? second &+ 0x20 : second
        }
        let lowered = String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            while index < count {
                let byte = word[index]
                if byte == 0xC3 {
                    let second = word[index &+ 1]
                    buffer[index] = byte
                    buffer[index &+ 1] = loweredAfterC3(second)
                    index &+= 2
                } else {
                    buffer[index] = ASCII.lowercased(byte)
                    index &+= 1
                }
            }
            return count
        }
        guard apostrophes > 0 else { return (lowered, lowered) }
        let folded = String(unsafeUninitializedCapacity: count &- 2 &* apostrophes) { buffer in
            var index = 0
            var written = 0
            while index < count {
                let byte = word[index]
                if byte == 0xE2 {
                    buffer[written] = UInt8(ascii: "'")
                    index &+= 3
                } else if byte == 0xC3 {
                    let second = word[index &+ 1]
                    buffer[written] = byte
                    buffer[written &+ 1] = loweredAfterC3(second)
                    index &+= 2
                    written &+= 1
                } else {
                    buffer[written] = ASCII.lowercased(byte)
                    index &+= 1
                }
                written &+= 1
            }
            return written
        }
        return (lowered, folded)
    }
}
