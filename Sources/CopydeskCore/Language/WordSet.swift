/// A set of words for the hot paths: a byte filter in front of the hash lookup.
///
/// Detectors ask "is this word one of these?" for every word of every sentence, and the answer
/// is almost always no. `FirstWordShapes` rules most words out from their first byte and length
/// with one table read; only the rest are hashed. Answers are exactly `Set<String>.contains`.
package struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    package let words: Set<String>
    private let shapes: FirstWordShapes

    package init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var shapes = FirstWordShapes()
        for word in self.words { shapes.insert(word) }
        self.shapes = shapes
    }

    package init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always)
    package func contains(_ word: String) -> Bool {
        shapes.mayContain(word) && words.contains(word)
    }

    package func makeIterator() -> Set<String>.Iterator {
        words.makeIterator()
    }

    package func union(_ other: some Sequence<String>) -> WordSet {
        WordSet(words.union(other))
    }
}
