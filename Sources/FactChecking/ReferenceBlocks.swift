import CopydeskCore

/// Which block holds each reference entry, and which blocks hold a link, worked out once per
/// article: asking every block for every entry made a long reference list quadratic.
struct ReferenceBlocks {
    /// For each entry of `article.references`, the first reference block (in document order)
    /// whose range holds the entry's start (an empty block holds its own start).
    let blockOfEntry: [Int?]
    private let linkedBlocks: Set<Int>

    init(article: Article) {
        let starts = article.references.map(\.range.start.offset)
        let order = starts.indices.sorted { starts[$0] < starts[$1] }
        let sortedStarts = order.map { starts[$0] }
        var blockOfEntry = [Int?](repeating: nil, count: starts.count)
        // `next[i]`: the first position at or after `i` in `order` whose entry has no block yet.
        var next = Array(0...order.count)
        func unassigned(from position: Int) -> Int {
            var root = position
            while next[root] != root { root = next[root] }
            var walk = position
            while next[walk] != root { (walk, next[walk]) = (next[walk], root) }
            return root
        }
        // By index: enumerating the blocks would copy every one of them.
        for index in article.blocks.indices where article.blocks[index].kind == .reference {
            let range = article.blocks[index].range
            let lower = range.start.offset
            let upper = max(range.end.offset, lower + 1)
            var position = unassigned(from: sortedStarts.partitionPoint { $0 < lower })
            while position < order.count, sortedStarts[position] < upper {
                blockOfEntry[order[position]] = index
                next[position] = position + 1
                position = unassigned(from: position + 1)
            }
        }
        self.blockOfEntry = blockOfEntry
        linkedBlocks = Set(article.links.compactMap(\.blockIndex))
    }

    func hasLink(_ blockIndex: Int) -> Bool {
        linkedBlocks.contains(blockIndex)
    }
}
