/// The input formats copydesk reads.
public enum ArticleFormat: String, Codable, Sendable, CaseIterable {
    case text
    case markdown
    case html
}

/// One article, parsed: its blocks and sentences, each mapped to exact source positions.
///
/// The stored properties live in one object (`Storage`), copied on write: checks and stages
/// take the article by value, and a lint makes a few dozen copies of it, each of which retained
/// (and freed) a dozen references when the properties were stored in the struct itself.
public struct Article: Sendable {
    /// The article's properties. Changed only through `writable()`, which copies it first
    /// when it is shared, so no copy of an article sees another's change.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // Read and written without the runtime's exclusivity checks (a call each access): the
        // storage is only written while uniquely referenced, by the one article holding it.
        @exclusivity(unchecked) @usableFromInline var path: String
        @exclusivity(unchecked) @usableFromInline var format: ArticleFormat
        @exclusivity(unchecked) @usableFromInline var title: String?
        @exclusivity(unchecked) @usableFromInline var source: [UInt8]
        @exclusivity(unchecked) @usableFromInline var lines: LineIndex
        @exclusivity(unchecked) @usableFromInline var blocks: [Block]
        @exclusivity(unchecked) @usableFromInline var sentences: [Sentence]
        @exclusivity(unchecked) @usableFromInline var links: [Link]
        @exclusivity(unchecked) @usableFromInline var citationMarkers: [CitationMarker]
        @exclusivity(unchecked) @usableFromInline var references: [ReferenceEntry]
        @exclusivity(unchecked) @usableFromInline var directives: [Directive]

        init(
            path: String, format: ArticleFormat, title: String?, source: [UInt8], lines: LineIndex,
            blocks: [Block], sentences: [Sentence], links: [Link], citationMarkers: [CitationMarker],
            references: [ReferenceEntry], directives: [Directive]
        ) {
            self.path = path
            self.format = format
            self.title = title
            self.source = source
            self.lines = lines
            self.blocks = blocks
            self.sentences = sentences
            self.links = links
            self.citationMarkers = citationMarkers
            self.references = references
            self.directives = directives
        }

        @usableFromInline
        func copy() -> Storage {
            Storage(
                path: path, format: format, title: title, source: source, lines: lines, blocks: blocks,
                sentences: sentences, links: links, citationMarkers: citationMarkers, references: references,
                directives: directives)
        }
    }

    @usableFromInline var storage: Storage

    /// The storage, unshared, for a change: any change makes the article a new parse (a new
    /// `identity`).
    @usableFromInline
    mutating func writable() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        identity = ArticleIdentity()
        return storage
    }

    /// The path as the user gave it (or `--stdin-filename`), used in reports.
    public var path: String {
        @inlinable get { storage.path }
        _modify { yield &writable().path }
    }
    public var format: ArticleFormat {
        @inlinable get { storage.format }
        _modify { yield &writable().format }
    }
    /// The title: front matter `title`, the HTML `<title>` or first `<h1>`, or the first line of plain text.
    public var title: String? {
        @inlinable get { storage.title }
        _modify { yield &writable().title }
    }
    /// The source as UTF-8 bytes (a BOM, if any, kept so offsets count it).
    public var source: [UInt8] {
        @inlinable get { storage.source }
        _modify { yield &writable().source }
    }
    public var lines: LineIndex {
        @inlinable get { storage.lines }
        _modify { yield &writable().lines }
    }
    /// Every block in document order, code blocks included (checks skip them).
    public var blocks: [Block] {
        @inlinable get { storage.blocks }
        _modify { yield &writable().blocks }
    }
    /// Every sentence of every lintable block, in document order.
    public var sentences: [Sentence] {
        @inlinable get { storage.sentences }
        _modify { yield &writable().sentences }
    }
    /// Links anywhere in the article (inline links, autolinks, HTML anchors).
    public var links: [Link] {
        @inlinable get { storage.links }
        _modify { yield &writable().links }
    }
    /// Citation markers in the text: footnote references, `[1]`, `<sup>` references.
    public var citationMarkers: [CitationMarker] {
        @inlinable get { storage.citationMarkers }
        _modify { yield &writable().citationMarkers }
    }
    /// Reference entries: footnote definitions, a numbered reference list.
    public var references: [ReferenceEntry] {
        @inlinable get { storage.references }
        _modify { yield &writable().references }
    }
    /// Suppression directives found in comments.
    public var directives: [Directive] {
        @inlinable get { storage.directives }
        _modify { yield &writable().directives }
    }
    /// Which parse this value is: made anew by every initialiser and every change to a stored
    /// property, kept by copies. Two values with the same identity hold the same parse, so
    /// `ArticleMemo` can tell a copy of the article it worked on with one comparison.
    /// It also carries which sentences make each block of that parse (`blockStarts`), so copies
    /// share the table without another reference to retain.
    @usableFromInline package internal(set) var identity: ArticleIdentity

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
    /// rather than by reading every block again; which sentences make up each block comes from
    /// `blockWords(texts:)`, which the hedging checks and the word index have usually worked
    /// out already.
    public var wordCount: Int {
        var count = 0
        guard let texts = SentenceText.existing(in: self) else {
            for block in blocks where block.isLintable { count += block.wordCount }
            return count
        }
        let words = blockWords(texts: texts)
        for index in blocks.indices where blocks[index].isLintable {
            count += wordCount(ofBlock: index, words: words[index], texts: texts)
        }
        return count
    }

    /// The source range of a byte range of a block's text.
    public func range(in block: Block, textRange: Range<Int>) -> SourceRange {
        let source = block.map.sourceRange(of: textRange)
        return lines.range(from: source.lowerBound, to: source.upperBound)
    }

    /// `range(in: blocks[index], textRange:)`, with the block's map read where it lies in the
    /// blocks: a check handing `blocks[index]` over copied the block (a retain and a release of
    /// each of its fields), about 200 instructions a range. `textRange` nil: the block's whole text.
    public func range(inBlock index: Int, textRange: Range<Int>? = nil) -> SourceRange {
        let source = blocks.withUnsafeBufferPointer { blocks in
            precondition(index >= 0 && index < blocks.count, "Index out of range")
            return blocks[index].map.sourceRange(of: textRange ?? 0..<blocks[index].map.utf8Count)
        }
        return lines.range(from: source.lowerBound, to: source.upperBound)
    }

    /// The source range of a byte range of a sentence's text.
    public func range(in sentence: Sentence, textRange: Range<Int>) -> SourceRange {
        let base = sentence.textRange.lowerBound
        return range(
            inBlock: sentence.blockIndex, textRange: (base + textRange.lowerBound)..<(base + textRange.upperBound))
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
