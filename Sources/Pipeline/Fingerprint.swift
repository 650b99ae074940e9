import CopydeskCore
import Foundation

/// Stable finding fingerprints for baselines: path + rule + the normalised sentence (and
/// match), so a finding keeps its fingerprint when lines are added or removed elsewhere.
enum Fingerprint {
    /// Sets the fingerprint of each of `findings` in `article`, reading the findings in place: a
    /// finding is not copied (a copy retains its eight strings and arrays, and releases them).
    /// A sentence's words are the ones the checks read (`SentenceText.all(in:)`, shared while
    /// the article is linted), joined by spaces into a buffer once for the findings in it (a
    /// check's findings in one sentence come one after another).
    static func assign(to findings: inout [Finding], path: String, article: Article) {
        var sentences: [SentenceText]?
        var joined = JoinedBytes()
        defer { joined.free() }
        // The normalised words of a match no sentence holds.
        var normalized = JoinedBytes()
        defer { normalized.free() }
        var joinedSentence = -1
        // Where the joined sentence's words lie, when its bytes are all ASCII: a match that is
        // a run of its words is read from `joined`.
        var words = JoinedWords()
        var pathHash = Hash()
        pathHash.add(path)
        // The path hashed through `FNV1a`, made at the first finding whose match is hashed
        // through `Words.hashNormalized` (which takes an `FNV1a`).
        var pathFNV: FNV1a?
        // The article's sentences, taken once (the getter retained and released the table for
        // each finding), and how many of them started by the last finding: findings come in
        // report order, so the next one is mostly in that sentence or the one after.
        let table = article.sentences
        var cursor = 0
        for index in findings.indices {
            let start = findings[index].range.start.offset
            let value: UInt64
            if let sentence = table.withUnsafeBufferPointer({ sentenceIndex(holding: start, in: $0, from: &cursor) }) {
                if sentence != joinedSentence {
                    let texts = sentences ?? SentenceText.all(in: article)
                    sentences = texts
                    words = texts.withUnsafeBufferPointer { texts in
                        joined.setJoinedWords(of: texts[sentence])
                            ? JoinedWords(
                                texts[sentence], offset: table[sentence].range.start.offset,
                                joinedCount: joined.count)
                            : JoinedWords()
                    }
                    joinedSentence = sentence
                }
                if let range = words.range(ofMatch: findings[index].match, at: start) {
                    // The match is the sentence (a repeated sentence, item or one-sentence
                    // paragraph) or a run of its words (most matches): its normalised words are
                    // the joined ones, or theirs among them, already made.
                    var hash = pathHash
                    hash.add(separator)
                    hash.add(findings[index].rule)
                    hash.add(separator)
                    hash.add(joined.buffer)
                    hash.add(separator)
                    hash.add(UnsafeBufferPointer(rebasing: joined.buffer[range]))
                    value = hash.value
                } else {
                    let prefix = pathFNV ?? FNV1a(path)
                    pathFNV = prefix
                    value = generalHash(
                        after: prefix, rule: findings[index].rule, sentence: joined.buffer, match: findings[index].match
                    )
                }
            } else if normalized.setNormalizedWords(ofASCII: findings[index].match) {
                // No sentence holds it (a footnote's definition, a table): its normalised
                // words stand for both, made once.
                var hash = pathHash
                hash.add(separator)
                hash.add(findings[index].rule)
                hash.add(separator)
                hash.add(normalized.buffer)
                hash.add(separator)
                hash.add(normalized.buffer)
                value = hash.value
            } else {
                let prefix = pathFNV ?? FNV1a(path)
                pathFNV = prefix
                value = generalHash(
                    after: prefix, rule: findings[index].rule, sentence: nil, match: findings[index].match)
            }
            findings[index].setFingerprint(hash: value)
        }
        // `words` reads the sentences' bytes and tokens where they are kept.
        withExtendedLifetime(sentences) {}
    }

    /// A fingerprint's hash, hashing the match's text with `Words.hashNormalized` (which takes
    /// an `FNV1a`), from `path`, the path hashed: then the rule, the joined words of the
    /// sentence holding the match (or the match's normalised words when none does) and the
    /// match's normalised words, U+001F before each. For a match that is not found among its
    /// sentence's joined words (a sentence with a byte that is not ASCII), or that no sentence
    /// holds and that has a byte that is not ASCII.
    private static func generalHash(
        after path: FNV1a, rule: String, sentence: UnsafeBufferPointer<UInt8>?, match: String
    ) -> UInt64 {
        var hash = path
        hash.add(separator)
        hash.add(rule)
        hash.add(separator)
        if let sentence {
            hash.add(sentence)
        } else {
            Words.hashNormalized(match, into: &hash)
        }
        hash.add(separator)
        Words.hashNormalized(match, into: &hash)
        return hash.value
    }

    /// 64-bit FNV-1a as `FNV1a` computes it, its loops inlined here: `FNV1a.add` is a call
    /// into another module (six a finding, three of them for one separator byte), and its
    /// constants are written out (a static of another module is read through its accessor).
    struct Hash {
        private(set) var value: UInt64

        init(value: UInt64 = 0xcbf2_9ce4_8422_2325) { self.value = value }

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        @inline(__always)
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            var value = value
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            self.value = value
        }

        /// The string's UTF-8, read in place when it lies contiguously (a native string's does).
        @inline(__always)
        mutating func add(_ text: String) {
            if text.utf8.withContiguousStorageIfAvailable({ add($0) }) != nil { return }
            var text = text
            text.withUTF8 { add($0) }
        }
    }

    /// Where the words of a sentence whose bytes are all ASCII lie, in its bytes and in its
    /// joined words (`appendJoinedWords`), read where the sentence keeps them (the caller keeps
    /// the sentence): for a match that is the sentence's bytes from the start of one of its
    /// words to the end of one, where its normalised words are in the joined words. Such a
    /// match's words are those words: `Words.hashNormalized` finds an ASCII text's words as its
    /// tokens were found (a word starts and ends at the match's ends, and what decides whether
    /// a joiner joins lies inside them), and folds them as they are lowercased there.
    struct JoinedWords {
        /// The sentence's bytes; nil for a sentence holding a byte that is not ASCII.
        private let bytes: UnsafePointer<UInt8>?
        private let count: Int
        private let tokens: UnsafePointer<Words.Token>?
        private let tokenCount: Int
        /// Where the sentence starts in the source.
        private let offset: Int
        /// How many bytes its joined words take.
        private let joinedCount: Int

        /// No sentence: no match is read from it.
        init() {
            bytes = nil
            count = 0
            tokens = nil
            tokenCount = 0
            offset = 0
            joinedCount = 0
        }

        /// The words of `text`, an ASCII sentence starting at `offset` in the source, whose
        /// joined words take `joinedCount` bytes.
        init(_ text: SentenceText, offset: Int, joinedCount: Int) {
            // One call of the getter (it retains the sentence's storage, the caller releases it).
            let sentenceBytes = text.bytes
            bytes = sentenceBytes.base
            count = sentenceBytes.count
            tokens = text.tokens.base
            tokenCount = text.tokens.count
            self.offset = offset
            self.joinedCount = joinedCount
        }

        /// Where the normalised words of `match`, which starts at `matchOffset` in the source,
        /// lie in the sentence's joined words, when it is the sentence's bytes (wherever it
        /// starts) or a run of its words `matchOffset` less the sentence's start into them (no
        /// markup between the two); nil otherwise.
        func range(ofMatch match: String, at matchOffset: Int) -> Range<Int>? {
            guard let bytes, let tokens else { return nil }
            let utf8 = match.utf8
            let length = utf8.count
            let whole = length == count
            let start = whole ? 0 : matchOffset &- offset
            guard start >= 0, start <= count &- length else { return nil }
            guard
                utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress!, bytes + start, length) == 0 })
                    ?? false
            else { return nil }
            if whole { return 0..<joinedCount }
            // The first word starting at or after `start`, which must start there; then the
            // word ending at the match's end, each word taking its bytes and a space.
            var low = 0
            var high = tokenCount
            while low < high {
                let middle = (low &+ high) >> 1
                if tokens[middle].range.lowerBound < start { low = middle &+ 1 } else { high = middle }
            }
            guard low < tokenCount, tokens[low].range.lowerBound == start else { return nil }
            var joinedStart = 0
            for index in 0..<low { joinedStart &+= tokens[index].range.count &+ 1 }
            let end = start &+ length
            var last = low
            var joinedEnd = joinedStart &+ tokens[low].range.count
            while tokens[last].range.upperBound < end, last &+ 1 < tokenCount {
                last &+= 1
                joinedEnd &+= 1 &+ tokens[last].range.count
            }
            guard tokens[last].range.upperBound == end else { return nil }
            return joinedStart..<joinedEnd
        }
    }

    /// Appends to `bytes` the sentence's words joined by spaces (`text.words.joined(separator: " ")`),
    /// made from its bytes: an ASCII word is its bytes lowercased (as `Words` makes it), only
    /// another word is read from its string.
    ///
    /// Returns whether the sentence's bytes are all ASCII: then a match that is those bytes, or
    /// a run of its words, normalises to the words appended, or to theirs (`JoinedWords`).
    @discardableResult
    static func appendJoinedWords(of text: SentenceText, to bytes: inout [UInt8]) -> Bool {
        text.tokens.withUnsafeBufferPointer { tokens in
            text.bytes.withUnsafeBufferPointer { source in
                if ByteSearch.isASCII(source) {
                    appendJoinedASCIIWords(tokens, of: source, to: &bytes)
                    return true
                }
                for index in tokens.indices {
                    if index > 0 { bytes.append(UInt8(ascii: " ")) }
                    let word = UnsafeBufferPointer(rebasing: source[tokens[index].range])
                    if word.allSatisfy({ $0 < 0x80 }) {
                        for byte in word { bytes.append(ASCII.lowercased(byte)) }
                    } else {
                        bytes.append(contentsOf: text.words[index].utf8)
                    }
                }
                return false
            }
        }
    }

    /// `appendJoinedWords` for a sentence whose bytes are all ASCII, so every word is: the
    /// words' bytes lowercased, a space between two, written into room made for all of them at
    /// once (appended byte by byte, each byte cost a capacity and uniqueness check).
    private static func appendJoinedASCIIWords(
        _ tokens: UnsafeBufferPointer<Words.Token>, of source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]
    ) {
        guard !tokens.isEmpty else { return }
        var count = tokens.count - 1
        for index in tokens.indices { count += tokens[index].range.count }
        let start = bytes.count
        // Spaces throughout: the words are written over them, the separators are left.
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        bytes.withUnsafeMutableBufferPointer { out in
            var at = start
            for index in tokens.indices {
                for byte in source[tokens[index].range] {
                    out[at] = ASCII.lowercased(byte)
                    at &+= 1
                }
                at &+= 1
            }
        }
    }

    /// A sentence's joined words (`appendJoinedWords`) in memory of their own, reused for the
    /// sentences of one `assign` and freed by it (`free`): an ASCII sentence's words are
    /// written straight into it, a space after each but the last (a run of words with one
    /// space between each two copied as one piece of the sentence's bytes), where the array they were
    /// appended to was filled with spaces by a generic append and emptied through
    /// `replaceSubrange` at every sentence.
    struct JoinedBytes {
        private var start: UnsafeMutablePointer<UInt8>?
        private var capacity = 0
        /// How many bytes the joined words take.
        private(set) var count = 0

        /// The joined words.
        var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

        /// Makes the bytes held the joined words of `text`; returns whether its bytes are all
        /// ASCII, as `appendJoinedWords` does (a sentence that is not is joined by it and copied).
        mutating func setJoinedWords(of text: SentenceText) -> Bool {
            let sentenceBytes = text.bytes
            let source = UnsafeBufferPointer(start: sentenceBytes.base, count: sentenceBytes.count)
            guard ByteSearch.isASCII(source) else {
                var bytes: [UInt8] = []
                let isASCII = appendJoinedWords(of: text, to: &bytes)
                bytes.withUnsafeBufferPointer { bytes in
                    let out = room(for: bytes.count)
                    if let base = bytes.baseAddress { out.initialize(from: base, count: bytes.count) }
                }
                count = bytes.count
                return isASCII
            }
            count = text.tokens.withUnsafeBufferPointer { tokens in
                guard !tokens.isEmpty, let base = source.baseAddress else { return 0 }
                let sourceCount = source.count
                let tokenCount = tokens.count
                // The joined words take no more than the sentence's bytes and a space a word;
                // eight spare bytes: a run's last chunk is stored whole, past its end, and what
                // follows it (a space, the next run) is written over those bytes after.
                let out = room(for: sourceCount &+ tokenCount &+ 8)
                var at = 0
                var index = 0
                while index < tokenCount {
                    // A run of words with one space between each two: its bytes, lowercased,
                    // are those words joined (a space is its own lowercase), copied as one.
                    let from = tokens[index].range.lowerBound
                    var end = tokens[index].range.upperBound
                    index &+= 1
                    while index < tokenCount, tokens[index].range.lowerBound == end &+ 1,
                        base[end] == UInt8(ascii: " ")
                    {
                        end = tokens[index].range.upperBound
                        index &+= 1
                    }
                    if at > 0 {
                        out[at] = UInt8(ascii: " ")
                        at &+= 1
                    }
                    at = Self.writeLowercased(base, count: sourceCount, from: from, to: end, into: out, at: at)
                }
                return at
            }
            return true
        }

        /// Makes the bytes held the normalised words of `text`, the bytes `Words.hashNormalized`
        /// hashes, and returns true when its bytes are all ASCII; returns false otherwise,
        /// holding nothing of use. Its words are found as a sentence's tokens are
        /// (`Words.forEachWordRange`; `hashNormalized` reads an ASCII text's words as they
        /// are), lowercased and joined by spaces.
        mutating func setNormalizedWords(ofASCII text: String) -> Bool {
            let made = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard let base = bytes.baseAddress else {
                    count = 0
                    return true
                }
                guard ByteSearch.isASCII(bytes) else { return false }
                let sourceCount = bytes.count
                // Each word and a space before it take no more than twice the text's bytes;
                // eight spare bytes for a word's last chunk, stored whole.
                let out = room(for: sourceCount &* 2 &+ 8)
                var at = 0
                Words.forEachWordRange(of: bytes) { range in
                    if at > 0 {
                        out[at] = UInt8(ascii: " ")
                        at &+= 1
                    }
                    at = Self.writeLowercased(
                        base, count: sourceCount, from: range.lowerBound, to: range.upperBound, into: out, at: at)
                }
                count = at
                return true
            }
            return made ?? false
        }

        /// The bytes of `base` (`count` of them, all ASCII) from `from` to `end`, lowercased, at
        /// `out + at`, eight at a time (the last eight of `base` are read from its last eight
        /// bytes, shifted: zeros past its end); up to seven bytes past them are written. Returns
        /// where they end in `out`.
        @inline(__always)
        static func writeLowercased(
            _ base: UnsafePointer<UInt8>, count sourceCount: Int, from start: Int, to end: Int,
            into out: UnsafeMutablePointer<UInt8>, at written: Int
        ) -> Int {
            var from = start
            var at = written
            while from < end {
                let chunk: UInt64
                if from &+ 8 <= sourceCount {
                    chunk = UInt64(littleEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
                } else if sourceCount >= 8 {
                    let last = UInt64(
                        littleEndian: UnsafeRawPointer(base + (sourceCount &- 8)).loadUnaligned(as: UInt64.self))
                    chunk = last >> (UInt64(truncatingIfNeeded: from &+ 8 &- sourceCount) &* 8)
                } else {
                    while from < end {
                        out[at] = ASCII.lowercased(base[from])
                        from &+= 1
                        at &+= 1
                    }
                    break
                }
                UnsafeMutableRawPointer(out + at).storeBytes(of: ASCII.lowercased(chunk).littleEndian, as: UInt64.self)
                let step = Swift.min(8, end &- from)
                from &+= step
                at &+= step
            }
            return at
        }

        /// Memory for `needed` bytes, the ones held before dropped.
        private mutating func room(for needed: Int) -> UnsafeMutablePointer<UInt8> {
            if let start, capacity >= needed { return start }
            start?.deallocate()
            capacity = Swift.max(needed, capacity &* 2, 256)
            let made = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            start = made
            return made
        }

        /// Frees the memory; nothing is held after it.
        mutating func free() {
            start?.deallocate()
            start = nil
            capacity = 0
            count = 0
        }
    }

    /// The sentence holding the finding's start: the last one starting at or before it (sentences
    /// are in document order), if it has not ended by then.
    static func sentenceIndex(holding offset: Int, in sentences: [Sentence]) -> Int? {
        let after = sentences.partitionPoint { $0.range.start.offset <= offset }
        guard after > 0 else { return nil }
        let range = sentences[after - 1].range
        return offset < max(range.end.offset, range.start.offset + 1) ? after - 1 : nil
    }

    /// `sentenceIndex(holding:in:)`, `cursor` holding how many sentences start at or before
    /// the offset asked last (0 at first): the count for `offset` is taken as it is, or one
    /// more, when the sentences around it show it is the partition point (the one place where
    /// those starting at or before `offset` end, as the starts do not decrease), and searched
    /// for otherwise; it is left in `cursor`.
    static func sentenceIndex(
        holding offset: Int, in sentences: UnsafeBufferPointer<Sentence>, from cursor: inout Int
    ) -> Int? {
        let count = sentences.count
        var after = cursor
        func startsBy(_ index: Int) -> Bool { sentences[index].range.start.offset <= offset }
        if after <= count, after == 0 || startsBy(after &- 1), after == count || !startsBy(after) {
            // The same count.
        } else if after < count, startsBy(after), after &+ 1 == count || !startsBy(after &+ 1) {
            after &+= 1
        } else {
            after = sentences.partitionPoint { $0.range.start.offset <= offset }
        }
        cursor = after
        guard after > 0 else { return nil }
        let range = sentences[after &- 1].range
        return offset < max(range.end.offset, range.start.offset &+ 1) ? after &- 1 : nil
    }

    /// `value.paddedHex`, each digit worked out (no table read), as a finding's `fingerprint` reads its value.
    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { out in
            Finding.writeHex(value, to: out.baseAddress!)
            return 16
        }
    }

    private static let separator = UInt8(0x1F)
}

extension FNV1a {
    /// The hash of `text` so far.
    fileprivate init(_ text: String) {
        self.init()
        add(text)
    }
}
