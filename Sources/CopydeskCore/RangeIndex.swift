/// Byte ranges (an article's code blocks, say) indexed for "does one of them hold this?" in
/// O(log n): the checks ask it for every finding and every line, so a linear scan of the ranges
/// would make a long article with many code blocks quadratic.
///
/// Answers are exactly those of asking every range in turn, whether or not the ranges overlap:
/// ranges are sorted by start, and for each prefix the largest end is kept.
package struct RangeIndex: Sendable {
    private let starts: [Int]
    /// `ends[i]`: the largest upper bound among the first `i + 1` ranges by start.
    private let ends: [Int]

    package init(_ ranges: some Sequence<Range<Int>>) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var ends: [Int] = []
        ends.reserveCapacity(sorted.count)
        for range in sorted { ends.append(max(ends.last ?? Int.min, range.upperBound)) }
        self.ends = ends
    }

    package var isEmpty: Bool { starts.isEmpty }

    /// Whether a range contains `offset` (`lowerBound <= offset < upperBound`).
    package func contains(_ offset: Int) -> Bool {
        guard let last = lastStarting(atOrBefore: offset) else { return false }
        return ends[last] > offset
    }

    /// Whether a range holds the span from `start` to `end` (`lowerBound <= start` and
    /// `end <= upperBound`), as `SourceRange.contains(_:)` reads offsets.
    package func contains(from start: Int, to end: Int) -> Bool {
        guard let last = lastStarting(atOrBefore: start) else { return false }
        return ends[last] >= end
    }

    /// Whether a range holds all of `range`, as `SourceRange.contains(_:)` reads its offsets.
    package func contains(_ range: SourceRange) -> Bool {
        contains(from: range.start.offset, to: range.end.offset)
    }

    /// The index of the last range (by start) that starts at or before `offset`.
    private func lastStarting(atOrBefore offset: Int) -> Int? {
        let after = starts.partitionPoint { $0 <= offset }
        return after > 0 ? after - 1 : nil
    }
}

extension RangeIndex {
    /// The source byte ranges of an article's code blocks.
    package init(codeOf article: Article) {
        // By index: a lazy filter over the blocks would copy every block it looks at.
        var ranges: [Range<Int>] = []
        for index in article.blocks.indices where article.blocks[index].kind == .code {
            let range = article.blocks[index].range
            ranges.append(range.start.offset..<max(range.start.offset, range.end.offset))
        }
        self.init(ranges)
    }
}
