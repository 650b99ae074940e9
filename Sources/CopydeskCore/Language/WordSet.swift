/// A set of words for the hot paths: a byte filter in front of a `WordTable` lookup.
///
/// Detectors ask "is this word one of these?" for every word of every sentence, and the answer
/// is almost always no. `FirstWordShapes` rules most words out from their first byte and length
/// with one table read; only the rest are looked up, an ASCII word by its bytes. Answers are
/// exactly `Set<String>.contains` behind that filter.
package struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    package let words: Set<String>
    private let table: WordTable

    package init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var table = WordTable()
        for word in self.words { table.insert(word) }
        self.table = table
    }

    package init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always)
    package func contains(_ word: String) -> Bool {
        table.number(of: word) != nil
    }

    package func makeIterator() -> Set<String>.Iterator {
        words.makeIterator()
    }

    package func union(_ other: some Sequence<String>) -> WordSet {
        WordSet(words.union(other))
    }
}
