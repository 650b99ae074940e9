import CopydeskCore

/// The top of an article: its visible title and the headings and blocks before the first prose.
enum TopOfArticle {
    /// Whether a block is metadata rather than visible text: the HTML `<title>`, which pages
    /// normally repeat in their first `<h1>`. The block is read in place: passing it copied it.
    static func isMetadata(blockAt index: Int, in article: Article) -> Bool {
        article.format == .html && article.blocks[index].kind == .title
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
            article.blocks[index].isLintable && !isMetadata(blockAt: index, in: article)
        }
        let words = WordIndex.lintable(article)
        guard let titleIndex = visible.first, article.blocks[titleIndex].isHeading, !words[titleIndex].isEmpty
        else { return [] }
        let title = words[titleIndex]
        var result: [Repeat] = []
        for index in visible.dropFirst() {
            // The same words as the title's, compared where the word index holds them.
            if words[index].elementsEqual(title, by: { $0.hash == $1.hash }) {
                result.append(Repeat(index: index, first: titleIndex))
            } else if !article.blocks[index].isHeading {
                break
            }
        }
        return result
    }
}
