import CopydeskCore

/// The top of an article: its visible title and the headings and blocks before the first prose.
enum TopOfArticle {
    /// Whether a block is metadata rather than visible text: the HTML `<title>`, which pages
    /// normally repeat in their first `<h1>`.
    static func isMetadata(_ block: Block, in article: Article) -> Bool {
        article.format == .html && block.kind == .title
    }

    /// Blocks at the top that repeat the visible title, each paired with the title block.
    ///
    /// The visible title is the first lintable block when it is a title or heading (a front-matter
    /// title is metadata, so a first `# H1` equal to it is normal). Blocks after it repeat it when
    /// they normalise to the same words; the top ends at the first block that neither repeats the
    /// title nor is a heading.
    static func repeatedTitles(in article: Article) -> [Repeat] {
        memo.value(for: article, key: true) { findRepeatedTitles(in: article) }
    }

    /// Read once per article: the title, heading and paragraph checks all leave repeated titles out.
    private static let memo = ArticleMemo<Bool, [Repeat]>()

    private static func findRepeatedTitles(in article: Article) -> [Repeat] {
        let visible = article.blocks.indices.lazy.filter { index in
            let block = article.blocks[index]
            return block.isLintable && !isMetadata(block, in: article)
        }
        guard let titleIndex = visible.first, article.blocks[titleIndex].isHeading,
            let title = Repeats.key(WordIndex.hashes(ofLintable: titleIndex, in: article))
        else { return [] }
        var result: [Repeat] = []
        for index in visible.dropFirst() {
            let block = article.blocks[index]
            if Repeats.key(WordIndex.hashes(ofLintable: index, in: article)) == title {
                result.append(Repeat(index: index, first: titleIndex))
            } else if !block.isHeading {
                break
            }
        }
        return result
    }
}
