/// The input formats copydesk reads.
public enum ArticleFormat: String, Codable, Sendable, CaseIterable {
    case text
    case markdown
    case html
}

/// One article, parsed: its blocks and sentences, each mapped to exact source positions.
public struct Article: Sendable {
    /// The path as the user gave it (or `--stdin-filename`), used in reports.
    public var path: String { didSet { identity = ArticleIdentity() } }
    public var format: ArticleFormat { didSet { identity = ArticleIdentity() } }
    /// The title: front matter `title`, the HTML `<title>` or first `<h1>`, or the first line of plain text.
    public var title: String? { didSet { identity = ArticleIdentity() } }
    /// The source as UTF-8 bytes (a BOM, if any, kept so offsets count it).
    public var source: [UInt8] { didSet { identity = ArticleIdentity() } }
    public var lines: LineIndex { didSet { identity = ArticleIdentity() } }
    /// Every block in document order, code blocks included (checks skip them).
    public var blocks: [Block] { didSet { identity = ArticleIdentity() } }
    /// Every sentence of every lintable block, in document order.
    public var sentences: [Sentence] { didSet { identity = ArticleIdentity() } }
    /// Links anywhere in the article (inline links, autolinks, HTML anchors).
    public var links: [Link] { didSet { identity = ArticleIdentity() } }
    /// Citation markers in the text: footnote references, `[1]`, `<sup>` references.
    public var citationMarkers: [CitationMarker] { didSet { identity = ArticleIdentity() } }
    /// Reference entries: footnote definitions, a numbered reference list.
    public var references: [ReferenceEntry] { didSet { identity = ArticleIdentity() } }
    /// Suppression directives found in comments.
    public var directives: [Directive] { didSet { identity = ArticleIdentity() } }
    /// Which parse this value is: made anew by every initialiser and every change to a stored
    /// property, kept by copies. Two values with the same identity hold the same parse, so
    /// `ArticleMemo` can tell a copy of the article it worked on with one comparison.
    /// It also carries which sentences make each block of that parse (`blockStarts`), so copies
    /// share the table without another reference to retain.
    @usableFromInline package internal(set) var identity = ArticleIdentity()

    public init(
        path: String, format: ArticleFormat, title: String? = nil, source: [UInt8], blocks: [Block] = [],
        sentences: [Sentence] = [], links: [Link] = [], citationMarkers: [CitationMarker] = [],
        references: [ReferenceEntry] = [], directives: [Directive] = []
    ) {
        self.init(
            path: path, format: format, title: title, source: source, lines: LineIndex(source), blocks: blocks,
            sentences: sentences, links: links, citationMarkers: citationMarkers, references: references,
            directives: directives)
    }

    /// Words in the lintable blocks.
    ///
    /// Counted from the sentences' reads when the checks have made them (`SentenceText.all`),
    /// rather than by reading every block again.
    public var wordCount: Int {
        let texts = SentenceText.existing(in: self)
        var count = 0
        for index in blocks.indices where blocks[index].isLintable {
            count += wordCount(ofBlock: index, texts: texts)
        }
        return count
    }

    /// The source range of a byte range of a block's text.
    public func range(in block: Block, textRange: Range<Int>) -> SourceRange {
        let source = block.map.sourceRange(of: textRange)
        return lines.range(from: source.lowerBound, to: source.upperBound)
    }

    /// The source range of a byte range of a sentence's text.
    public func range(in sentence: Sentence, textRange: Range<Int>) -> SourceRange {
        let block = blocks[sentence.blockIndex]
        let base = sentence.textRange.lowerBound
        return range(in: block, textRange: (base + textRange.lowerBound)..<(base + textRange.upperBound))
    }

    /// The sentences of one block.
    public func sentences(inBlock index: Int) -> ArraySlice<Sentence> {
        sentences[sentenceIndices(inBlock: index)]
    }
}

extension Collection {
    /// The first index whose element does not satisfy `belongsBefore` (binary search on a partitioned collection).
    @inlinable
    public func partitionPoint(where belongsBefore: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if belongsBefore(self[mid]) {
                low = index(after: mid)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}

/// The identity of one parse of an article (see `Article.identity`); compared by reference.
@usableFromInline
package final class ArticleIdentity: Sendable {
    /// `blockStarts[i]..<blockStarts[i + 1]` are block `i`'s indices in `sentences`; empty when
    /// not known (the article searches its sentences instead, `Article.sentenceIndices(inBlock:)`).
    package let blockStarts: [Int]

    package init(blockStarts: [Int] = []) {
        self.blockStarts = blockStarts
    }
}
