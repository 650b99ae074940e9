/// One sentence's tokens or words, read like the array they replace (indexed from 0 to
/// `count`), in memory an article's sentences share.
///
/// An article keeps every sentence's read: as arrays, each sentence cost two allocations to
/// make and two to free, and freeing a sentence's tokens and words released every string in
/// them one call at a time (some 1,400 instructions a sentence). `SentenceText.all(in:)` reads
/// an article's sentences into one `WordStorage`, and each sentence's tokens and words are
/// views of their part of it: a view is indexed from 0, as the array was, so a reader's
/// indices mean what they meant (no reader sees the article's offsets). A view cannot be
/// changed; a reader that needs to change its copy makes an array of it (`Array(words)`).
///
/// Public and `@inlinable` (though only the stages use it), so a reader in another module
/// indexes it without a call (an `@inlinable package` member is not inlined across modules).
public protocol SentenceArray: RandomAccessCollection, CustomStringConvertible
where Index == Int, Indices == Range<Int> {
    /// Keeps `base` alive.
    var owner: SentenceStorage { get }
    var base: UnsafePointer<Element> { get }
    var count: Int { get }
}

extension SentenceArray {
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }
    @inlinable public var indices: Range<Int> { 0..<count }
    @inlinable public var isEmpty: Bool { count == 0 }
    @inlinable public func index(after index: Int) -> Int { index + 1 }
    @inlinable public func index(before index: Int) -> Int { index - 1 }

    @inlinable
    public subscript(position: Int) -> Element {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "Index out of range")
        return base[position]
    }

    /// Calls `body` with the elements in place.
    @inlinable
    public func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<Element>) throws -> Result
    ) rethrows -> Result {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    @inlinable
    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<Element>) throws -> Result
    ) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }

    public var description: String { Array(self).description }
}

extension SentenceArray where Element: Equatable {
    @inlinable
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

/// A sentence's tokens (`SentenceText.tokens`), see `SentenceArray`.
///
/// A type of its own, not a generic view: a copy of a generic struct's value was made through
/// its type's metadata (a call and a lookup), where this one's is a retain.
public struct SentenceTokens: SentenceArray, Equatable, @unchecked Sendable {
    public typealias Element = Words.Token
    public typealias SubSequence = Slice<Self>
    public let owner: SentenceStorage
    public let base: UnsafePointer<Words.Token>
    public let count: Int

    @inlinable
    init(owner: SentenceStorage, base: UnsafePointer<Words.Token>, count: Int) {
        self.owner = owner
        self.base = base
        self.count = count
    }

    /// The tokens of `array`, copied.
    public init(_ array: [Words.Token]) {
        let storage = ArrayStorage(array)
        self.init(owner: storage, base: storage.base, count: array.count)
    }
}

/// A sentence's words (`SentenceText.words`), see `SentenceArray` and `SentenceTokens`.
public struct SentenceWords: SentenceArray, Equatable, @unchecked Sendable {
    public typealias Element = String
    public typealias SubSequence = Slice<Self>
    public let owner: SentenceStorage
    public let base: UnsafePointer<String>
    public let count: Int

    @inlinable
    init(owner: SentenceStorage, base: UnsafePointer<String>, count: Int) {
        self.owner = owner
        self.base = base
        self.count = count
    }

    /// The words of `array`, copied.
    public init(_ array: [String]) {
        let storage = ArrayStorage(array)
        self.init(owner: storage, base: storage.base, count: array.count)
    }
}

/// A sentence's UTF-8 (`SentenceText.bytes`), see `SentenceArray`: a part of the bytes an
/// article's sentences share (one allocation for the article, not an array for each sentence).
public struct SentenceBytes: SentenceArray, Equatable, @unchecked Sendable {
    public typealias Element = UInt8
    public typealias SubSequence = Slice<Self>
    public let owner: SentenceStorage
    public let base: UnsafePointer<UInt8>
    public let count: Int

    @inlinable
    init(owner: SentenceStorage, base: UnsafePointer<UInt8>, count: Int) {
        self.owner = owner
        self.base = base
        self.count = count
    }

    /// The bytes of `array`, copied.
    public init(_ array: [UInt8]) {
        let storage = ArrayStorage(array)
        self.init(owner: storage, base: storage.base, count: array.count)
    }
}

/// The memory `SentenceArray`s read: never changed once they read it.
public class SentenceStorage: @unchecked Sendable {
    @usableFromInline init() {}
}

/// A copy of an array's elements (a text read on its own: tests, custom rules, a block's keys).
final class ArrayStorage<Element>: SentenceStorage {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(count, 1))
        _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: elements)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// The bytes, tokens, words and keys of one or more texts (an article's sentences), each kind
/// in one allocation: what `SentenceText`s and `WordKeys` view.
///
/// Filled first, then viewed: the buffers move while they grow, so no view is made until every
/// text is in. The strings of most words are small strings written in place
/// (`WordStrings.small`), which hold no reference: only the words listed in `releasable` (or
/// every word, once `releasesAll`) are destroyed when the storage is freed.
///
/// Its buffers are read without the runtime's exclusivity checks (a call each access): they
/// change only while the storage is filled, before any view of it is made.
@usableFromInline
final class WordStorage: SentenceStorage, @unchecked Sendable {
    @usableFromInline @exclusivity(unchecked) private(set) var tokens: UnsafeMutablePointer<Words.Token>
    @usableFromInline @exclusivity(unchecked) private(set) var words: UnsafeMutablePointer<String>
    @exclusivity(unchecked) private(set) var keys: UnsafeMutablePointer<WordKeys.Key>
    /// The texts' UTF-8, one after another (`SentenceText.bytes`, `WordKeys.bytes`). Its memory
    /// holds `bytePadding` bytes more than its capacity (see `padBytes()`).
    @usableFromInline @exclusivity(unchecked) private(set) var bytes: UnsafeMutablePointer<UInt8>
    /// How many of `bytes` are set.
    @exclusivity(unchecked) private(set) var byteCount = 0
    private var byteCapacity: Int
    /// How many of `tokens` are set (a storage of keys alone has none).
    @usableFromInline @exclusivity(unchecked) private(set) var tokenCount = 0
    /// How many of `words` and of `keys` are set.
    @exclusivity(unchecked) private(set) var wordCount = 0
    private var wordCapacity: Int
    /// The words (and their tokens) that may hold a reference, when not `releasesAll`.
    private var releasable: [Int] = []
    private var releasesAll = false

    init(wordCapacity: Int, byteCapacity: Int = 0) {
        self.wordCapacity = max(wordCapacity, 1)
        self.byteCapacity = max(byteCapacity, 1)
        tokens = .allocate(capacity: self.wordCapacity)
        words = .allocate(capacity: self.wordCapacity)
        keys = .allocate(capacity: self.wordCapacity)
        bytes = .allocate(capacity: self.byteCapacity + Self.bytePadding)
    }

    /// The bytes kept past `bytes`' capacity: a reader of the texts may load eight bytes from
    /// any byte of them once `padBytes()` has been called (`SentenceText.read(count:strings:text:)`).
    static let bytePadding = 8

    /// Sets the `bytePadding` bytes after the texts' to zero: from then on (until more bytes are
    /// appended), eight bytes loaded from any offset up to `byteCount` lie in set memory.
    func padBytes() {
        (bytes + byteCount).initialize(repeating: 0, count: Self.bytePadding)
    }

    deinit {
        if releasesAll {
            tokens.deinitialize(count: tokenCount)
            words.deinitialize(count: wordCount)
        } else {
            for index in releasable {
                if index < tokenCount { (tokens + index).deinitialize(count: 1) }
                (words + index).deinitialize(count: 1)
            }
        }
        tokens.deallocate()
        words.deallocate()
        keys.deallocate()
        bytes.deallocate()
    }

    /// Appends a text's UTF-8 after the texts' (moving the buffer when it must grow: no view
    /// may be made before) and returns where it starts.
    @discardableResult
    func append(bytes text: UnsafeBufferPointer<UInt8>) -> Int {
        let start = byteCount
        if start + text.count > byteCapacity {
            let capacity = max(start + text.count, 2 * byteCapacity)
            let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Self.bytePadding)
            newBytes.moveInitialize(from: bytes, count: start)
            bytes.deallocate()
            bytes = newBytes
            byteCapacity = capacity
        }
        if let base = text.baseAddress { (bytes + start).initialize(from: base, count: text.count) }
        byteCount = start + text.count
        return start
    }

    /// Appends `text` (see `append(bytes:)`).
    @discardableResult
    func append(bytes text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// Makes room for `count` more words (moving the buffers: no view may be made before).
    @inline(__always)
    func reserve(words count: Int) {
        if wordCount + count > wordCapacity { grow(toHold: wordCount + count) }
    }

    @inline(never)
    private func grow(toHold count: Int) {
        let capacity = max(count, 2 * wordCapacity)
        let newTokens = UnsafeMutablePointer<Words.Token>.allocate(capacity: capacity)
        newTokens.moveInitialize(from: tokens, count: tokenCount)
        tokens.deallocate()
        tokens = newTokens
        let newWords = UnsafeMutablePointer<String>.allocate(capacity: capacity)
        newWords.moveInitialize(from: words, count: wordCount)
        words.deallocate()
        words = newWords
        let newKeys = UnsafeMutablePointer<WordKeys.Key>.allocate(capacity: capacity)
        newKeys.moveInitialize(from: keys, count: wordCount)
        keys.deallocate()
        keys = newKeys
        wordCapacity = capacity
    }

    /// Counts in the `count` words (and tokens) written after the last ones, in room `reserve`
    /// made; those that may hold a reference must have been listed (`holdsReference(at:)`).
    func added(words count: Int, tokens: Bool) {
        precondition(wordCount + count <= wordCapacity && (!tokens || tokenCount == wordCount))
        wordCount += count
        if tokens { tokenCount = wordCount }
    }

    /// Lists the word (and token) at `index` as one that may hold a reference (any string but a
    /// small one written in place), to be destroyed with the storage.
    @inline(never)
    func holdsReference(at index: Int) {
        releasable.append(index)
    }

    /// Appends `words` with their keys (every word destroyed with the storage).
    func append(words: some Collection<String>, keys: some Collection<WordKeys.Key>) {
        precondition(words.count == keys.count)
        reserve(words: words.count)
        releasesAll = true
        var index = wordCount
        for (word, key) in zip(words, keys) {
            (self.words + index).initialize(to: word)
            (self.keys + index).initialize(to: key)
            index += 1
        }
        wordCount = index
    }

    /// Appends `tokens`, one for each word in (every token destroyed with the storage).
    func append(tokens: some Collection<Words.Token>) {
        precondition(tokenCount + tokens.count <= wordCount)
        releasesAll = true
        for token in tokens {
            (self.tokens + tokenCount).initialize(to: token)
            tokenCount += 1
        }
    }
}
