/// A set of words for the hot paths: a byte filter in front of a `WordTable` lookup.
///
/// Detectors ask "is this word one of these?" for every word of every sentence, and the answer
/// is almost always no. `FirstWordShapes` rules most words out from their first byte and length
/// with one table read; only the rest are looked up, an ASCII word by its bytes. Answers are
/// exactly `Set<String>.contains` behind that filter.
package struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable

    package init(_ words: some Sequence<String>) {
        var table = WordTable(capacity: words.underestimatedCount)
        for word in words { table.insert(word) }
        self.table = table
    }

    /// The words (of words equal in Swift, the first given).
    package var words: Set<String> { Set(table.words) }

    package init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always)
    package func contains(_ word: String) -> Bool {
        table.number(of: word) != nil
    }

    /// `contains(String(decoding: word, as: UTF8.self))`, answered on the bytes; nil when bytes
    /// that are not all ASCII must be asked about by the string.
    @inline(__always)
    package func contains(ascii word: UnsafeBufferPointer<UInt8>) -> Bool? {
        table.number(ofASCII: word).map { $0 != nil }
    }

    /// `contains(keys.words[index])`, the word found by the hash read with its sentence.
    @inline(__always)
    package func contains(in keys: WordKeys, at index: Int) -> Bool {
        table.number(in: keys, at: index) != nil
    }

    /// A filter in front of `contains(in:at:)` (see `WordTable.asciiHashBits()`): an ASCII word
    /// whose bit is clear is not in the set.
    func asciiHashBits() -> WordHashBits? {
        table.asciiHashBits()
    }

    package func makeIterator() -> IndexingIterator<[String]> {
        table.words.makeIterator()
    }

    package func union(_ other: some Sequence<String>) -> WordSet {
        WordSet(table.words + Array(other))
    }
}
