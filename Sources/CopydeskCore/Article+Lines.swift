extension Article {
    /// `init(path:format:title:source:…)` for a caller that has made the source's line index
    /// already (`lines` must be `LineIndex(source)`), so it is not made twice.
    package init(
        path: String, format: ArticleFormat, title: String?, source: [UInt8], lines: LineIndex, blocks: [Block],
        sentences: [Sentence], links: [Link], citationMarkers: [CitationMarker], references: [ReferenceEntry],
        directives: [Directive]
    ) {
        storage = Storage(
            path: path, format: format, title: title, source: source, lines: lines, blocks: blocks,
            sentences: sentences, links: links, citationMarkers: citationMarkers, references: references,
            directives: directives)
        self.identity = ArticleIdentity(blockStarts: Self.blockStarts(blockCount: blocks.count, sentences: sentences))
    }
}
