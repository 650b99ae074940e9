import CopydeskCore

/// Which block holds each reference entry, and which blocks hold a link, worked out once per
/// article: asking every block for every entry made a long reference list quadratic.
struct ReferenceBlocks {
    /// For each entry of `article.references`, the first reference block (in document order)
    /// whose range holds the entry's start (an empty block holds its own start).
    let blockOfEntry: [Int?]
    /// Whether each block holds a link, indexed like `article.blocks`; empty when the article
    /// has no reference entry (nothing asks then). A flag per block, not a set of the linked
    /// blocks: an article's links (hundreds in a long one) were each hashed into the set.
    private let linkedBlocks: [Bool]

    init(article: Article) {
        // Most articles list no references: their blocks and links are not read.
        guard !article.references.isEmpty else {
            blockOfEntry = []
            linkedBlocks = []
            return
        }
        var sortedStarts = article.references.map(\.range.start.offset)
        // Entries listed in source order (as loaders list them) are their own order: no sort.
        // Only strictly increasing starts are taken as sorted, so ties are left to the sort.
        var order: [Int] = []
        if !zip(sortedStarts, sortedStarts.dropFirst()).allSatisfy({ $0 < $1 }) {
            let starts = sortedStarts
            order = starts.indices.sorted { starts[$0] < starts[$1] }
            sortedStarts = order.map { starts[$0] }
        }
        let count = sortedStarts.count
        var blockOfEntry = [Int?].filled(with: nil, count: count)
        // `next[i]`: the first position at or after `i` in the sorted starts whose entry has no block yet.
        var next = Array(0...count)
        func unassigned(from position: Int) -> Int {
            var root = position
            while next[root] != root { root = next[root] }
            var walk = position
            while next[walk] != root { (walk, next[walk]) = (next[walk], root) }
            return root
        }
        let blocks = article.blocks
        // By index: enumerating the blocks would copy every one of them.
        for index in blocks.indices {
            guard case .reference = blocks[index].kind else { continue }
            let range = blocks[index].range
            let lower = range.start.offset
            let upper = max(range.end.offset, lower + 1)
            var position = unassigned(from: sortedStarts.partitionPoint { $0 < lower })
            while position < count, sortedStarts[position] < upper {
                blockOfEntry[order.isEmpty ? position : order[position]] = index
                next[position] = position + 1
                position = unassigned(from: position + 1)
            }
        }
        self.blockOfEntry = blockOfEntry
        var linkedBlocks = [Bool].filled(with: false, count: blocks.count)
        for link in article.links {
            if let block = link.blockIndex, block >= 0, block < blocks.count { linkedBlocks[block] = true }
        }
        self.linkedBlocks = linkedBlocks
    }

    func hasLink(_ blockIndex: Int) -> Bool {
        blockIndex >= 0 && blockIndex < linkedBlocks.count && linkedBlocks[blockIndex]
    }
}
