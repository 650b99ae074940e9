/// Which sentences make each block of one parse, so `Article.sentences(inBlock:)` is two array
/// reads instead of two binary searches over every sentence.
///
/// The table is built once when the article is made and kept in its `identity`: once a stored
/// property changes, the identity is new and has no table, and the article searches its
/// sentences again.
extension Article {
    /// `starts[i]..<starts[i + 1]` are block `i`'s indices in `sentences` (`blockCount + 1`
    /// entries), or empty when the sentences are not in block order or name a block that is
    /// not there.
    package static func blockStarts(blockCount: Int, sentences: [Sentence]) -> [Int] {
        // Appended after one reservation, each sentence's block read in place:
        // `Array(repeating:count:)` asked the runtime for the array's storage type at every call,
        // and `enumerated()` copied every sentence out (a retain and a release of its text).
        var starts: [Int] = []
        starts.reserveCapacity(blockCount + 1)
        starts.append(0)
        for index in sentences.indices {
            let blockIndex = sentences[index].blockIndex
            // `starts.count - 1` is the block of the sentences so far.
            guard blockIndex >= starts.count - 1, blockIndex < blockCount else { return [] }
            while starts.count <= blockIndex { starts.append(index) }
        }
        while starts.count <= blockCount { starts.append(sentences.count) }
        return starts
    }

    /// The indices in `sentences` of block `index`'s sentences.
    ///
    /// Read from the table of this parse (`ArticleIdentity.blockStarts`) when there is one;
    /// otherwise found by binary search (`sentenceIndicesBySearch(inBlock:)`, the plain answer).
    @inline(__always)
    package func sentenceIndices(inBlock index: Int) -> Range<Int> {
        let starts = identity.blockStarts
        if index >= 0, index + 1 < starts.count {
            return starts[index]..<starts[index + 1]
        }
        return sentenceIndicesBySearch(inBlock: index)
    }

    /// `sentenceIndices(inBlock:)` by two binary searches over `sentences`.
    package func sentenceIndicesBySearch(inBlock index: Int) -> Range<Int> {
        let lower = sentences.partitionPoint { $0.blockIndex < index }
        let upper = sentences[lower...].partitionPoint { $0.blockIndex <= index }
        return lower..<upper
    }
}
