extension Article {
    /// `init(path:format:title:source:…)` for a caller that has made the source's line index
    /// already (`lines` must be `LineIndex(source)`), so it is not made twice.
    package init(
        path: String, format: ArticleFormat, title: String?, source: [UInt8], lines: LineIndex, blocks: [Block],
        sentences: [Sentence], links: [Link], citationMarkers: [CitationMarker], references: [ReferenceEntry],
        directives: [Directive]
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
        self.identity = ArticleIdentity(blockStarts: Self.blockStarts(blockCount: blocks.count, sentences: sentences))
    }
}
