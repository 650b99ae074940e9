import CopydeskCore

extension Check {
    /// A finding over a whole block that repeats an earlier block, pointing at the first occurrence.
    func finding(_ message: (_ firstLine: Int) -> String, in article: Article, repeating item: Repeat) -> Finding {
        let first = article.range(inBlock: item.first)
        return finding(
            message(first.start.line), in: article, blockIndex: item.index,
            textRange: 0..<article.blocks[item.index].map.utf8Count,
            related: [RelatedLocation(message: "first occurrence", range: first)])
    }
}
