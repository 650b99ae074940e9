import CopydeskCore

/// What a format parser produces: blocks and annotations with source *byte* ranges.
/// `assemble` turns it into an `Article` (sections, numbered markers, sentences, positions).
struct ArticleDraft {
    struct DraftBlock {
        var kind: Block.Kind
        var map: TextMap
        var source: Range<Int>
        var quoteDepth = 0
    }

    struct DraftLink {
        var url: String
        var blockIndex: Int?
        var textRange: Range<Int>?
        var source: Range<Int>
    }

    struct DraftMarker {
        var label: String
        var style: CitationMarker.Style
        var blockIndex: Int
        var textOffset: Int
        var source: Range<Int>
    }

    struct DraftReference {
        var label: String
        var text: String
        var source: Range<Int>
    }

    struct DraftDirective {
        var kind: Directive.Kind
        var targets: [String]
        var source: Range<Int>
    }

    var title: String?
    var blocks: [DraftBlock] = []
    var links: [DraftLink] = []
    var markers: [DraftMarker] = []
    var references: [DraftReference] = []
    var directives: [DraftDirective] = []

    /// The article. Mutating (reference sections are marked in place): marking them in a copy
    /// copied the whole blocks array, which the copy shared with the draft. Each block's map is
    /// moved out of the draft into the article's block: the draft is done with after this.
    mutating func assemble(path: String, format: ArticleFormat, source: [UInt8], lines: LineIndex) -> Article {
        markReferenceSections()
        return assembled(path: path, format: format, source: source, lines: lines)
    }

    private mutating func assembled(path: String, format: ArticleFormat, source: [UInt8], lines: LineIndex) -> Article {
        // Called directly, not through a local function: one capturing the cursor boxed it,
        // and every use of the box was checked for exclusive access at run time.
        var positions = PositionCursor(lines: lines, source: source)
        var section: String?
        var blocks: [Block] = []
        blocks.reserveCapacity(self.blocks.count)
        var markers = self.markers
        let segmenter = SentenceSegmenter()
        var sentences: [Sentence] = []
        // Room for a sentence and a half a block (real Markdown's count), not grown from empty:
        // every doubling copied all the sentences so far.
        sentences.reserveCapacity(self.blocks.count + self.blocks.count / 2 + 16)
        // The same room for their ranges in the blocks' texts (grown from empty, the array was
        // made five times for an article of fourteen sentences).
        var sentenceRanges: [Range<Int>] = []
        sentenceRanges.reserveCapacity(sentences.capacity)
        // A block's positions are asked in source order, its start, its sentences, then its end,
        // so the cursor counts on from its last answer (block by block, then sentence by
        // sentence, every block's sentences started over from the top).
        for index in self.blocks.indices {
            // The map is moved out of the draft's block, in place: read from the array (or
            // copied for the article's block), the whole draft block was copied out with it.
            var map = TextMap()
            swap(&map, &self.blocks[index].map)
            let source = self.blocks[index].source
            let kind = self.blocks[index].kind
            if kind.isSectionHeading { section = Self.label(map.text) }
            let start = positions.position(ofOffset: source.lowerBound)
            if kind.isLintable {
                // Read from the string's own bytes in place (a native string's are contiguous),
                // not copied into an array first (the copy and emptying the array cost about 260
                // instructions a block).
                let text = map.text
                let read = text.utf8.withContiguousStorageIfAvailable { utf8 in
                    Self.readLintable(
                        utf8, map: map, blockIndex: index, segmenter: segmenter, markers: &markers,
                        sentenceRanges: &sentenceRanges, sentences: &sentences, positions: &positions)
                }
                if read == nil {
                    Array(text.utf8).withUnsafeBufferPointer { utf8 in
                        Self.readLintable(
                            utf8, map: map, blockIndex: index, segmenter: segmenter, markers: &markers,
                            sentenceRanges: &sentenceRanges, sentences: &sentences, positions: &positions)
                    }
                }
            }
            // `PositionCursor.range(from:to:)`'s end: the position of the later of the two bounds.
            let end = positions.position(ofOffset: max(source.lowerBound, source.upperBound))
            blocks.append(
                Block(
                    kind: kind, map: consume map, range: SourceRange(start: start, end: end), section: section,
                    quoteDepth: self.blocks[index].quoteDepth))
        }
        sentences.shrinkToFit()
        // Sorted only when out of order (the draft's markers nearly always come in order, and
        // no block's text holds a numbered one): sorting copied them first, as the array was
        // still the draft's.
        if !Self.inOrder(markers) { markers.sort(by: Self.precedes) }
        return Article(
            path: path, format: format, title: title.map(Self.label), source: source, lines: lines, blocks: blocks,
            sentences: sentences,
            links: links.map {
                Link(url: $0.url, blockIndex: $0.blockIndex, textRange: $0.textRange, range: positions.range($0.source))
            },
            citationMarkers: markers.map {
                CitationMarker(
                    label: $0.label, style: $0.style, blockIndex: $0.blockIndex, textOffset: $0.textOffset,
                    range: positions.range($0.source))
            },
            references: references.map {
                ReferenceEntry(label: $0.label, text: $0.text, range: positions.range($0.source))
            },
            directives: directives.sorted { $0.source.lowerBound < $1.source.lowerBound }.map {
                Directive(kind: $0.kind, targets: $0.targets, range: positions.range($0.source))
            })
    }

    /// A lintable block's numbered markers and sentences, read from `utf8`, the UTF-8 of its
    /// map's text. The block's sentences are appended after the last block's, not in an emptied
    /// array: emptying one (even keeping its room) cost as much as a block's sentences.
    private static func readLintable(
        _ utf8: UnsafeBufferPointer<UInt8>, map: TextMap, blockIndex index: Int, segmenter: SentenceSegmenter,
        markers: inout [DraftMarker], sentenceRanges: inout [Range<Int>], sentences: inout [Sentence],
        positions: inout PositionCursor
    ) {
        for found in NumberedMarkers.find(inUTF8: utf8) {
            markers.append(
                DraftMarker(
                    label: found.label, style: found.style, blockIndex: index, textOffset: found.range.lowerBound,
                    source: map.sourceRange(of: found.range)))
        }
        let firstSentence = sentenceRanges.count
        segmenter.sentences(inUTF8: utf8, appendingTo: &sentenceRanges)
        var runs = RunCursor(sole: map.soleRun, many: map.manyRuns)
        for sentence in firstSentence..<sentenceRanges.count {
            let textRange = sentenceRanges[sentence]
            // A sentence that is the block's whole text (most headings, list items and cells)
            // shares the block's string: the same bytes, without a copy.
            let sentenceText =
                textRange.count == utf8.count
                ? map.text : String(decoding: UnsafeBufferPointer(rebasing: utf8[textRange]), as: UTF8.self)
            sentences.append(
                Sentence(
                    text: sentenceText, blockIndex: index, textRange: textRange,
                    range: positions.range(runs.sourceRange(of: textRange))))
        }
    }

    /// The order of an article's citation markers: by block, place in its text, then source.
    static func precedes(_ lhs: DraftMarker, _ rhs: DraftMarker) -> Bool {
        (lhs.blockIndex, lhs.textOffset, lhs.source.lowerBound)
            < (rhs.blockIndex, rhs.textOffset, rhs.source.lowerBound)
    }

    /// Whether `markers` are in `precedes` order already (sorting them, a stable sort, would
    /// leave them as they are).
    static func inOrder(_ markers: [DraftMarker]) -> Bool {
        for index in markers.indices.dropFirst() where precedes(markers[index], markers[index - 1]) { return false }
        return true
    }

    /// The longest title or section name an article carries, in characters; every finding
    /// repeats its section, so an endless heading must not multiply into the report.
    static let maxLabelCharacters = 200

    /// A title or section name: collapsed, and cut to `maxLabelCharacters` with an ellipsis.
    static func label(_ text: String) -> String {
        let collapsed = collapsed(
            text.utf8.count > maxLabelCharacters * 8 ? String(text.prefix(maxLabelCharacters * 2)) : text)
        // A Character takes at least one UTF-8 byte: a label of few bytes is short enough
        // without counting its Characters.
        guard collapsed.utf8.count > maxLabelCharacters, collapsed.count > maxLabelCharacters else {
            return collapsed
        }
        return String(collapsed.prefix(maxLabelCharacters - 1)) + "…"
    }

    /// Whitespace runs collapsed to one space, ends trimmed: the Characters space, tab, `\n`,
    /// `\r` and no-break space separate words (`\r\n` is one Character, and none of them).
    static func collapsed(_ text: String) -> String {
        if WhitespaceCollapsing.isCollapsed(text) { return text }
        return WhitespaceCollapsing.collapsed(text)
            ?? text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }
}

/// `TextMap.sourceRange(of:)` for text ranges asked in increasing order (a block's sentences):
/// the run holding each bound is found by stepping on from the last one instead of by a binary
/// search over all of them. A map's runs follow one another in its text without gaps or overlaps
/// (each starts where the text ended when it was added), so the run found is the one the search
/// finds; a range that starts before the runs stepped over is left to the search.
/// (Made of the map's runs alone: made of the map, it was copied out of the draft's block with
/// all of the block.)
struct RunCursor {
    /// A map's sole run (`TextMap.soleRun`; `runs` is then empty), else nil.
    private let sole: TextMap.Run?
    let runs: [TextMap.Run]
    private var index = 0

    init(runs: [TextMap.Run]) {
        sole = nil
        self.runs = runs
    }

    /// The cursor of a map's runs, read as the map keeps them (`TextMap.soleRun`, `manyRuns`;
    /// read field by field: the map passed whole was copied out of the draft's block).
    init(sole: TextMap.Run?, many: [TextMap.Run]) {
        self.sole = sole
        runs = many
    }

    mutating func sourceRange(of textRange: Range<Int>) -> Range<Int> {
        // One run: the search over it (no run to step over).
        if let sole {
            return withUnsafePointer(to: sole) { TextMap.sourceRange(of: textRange, in: .init(start: $0, count: 1)) }
        }
        let lower = textRange.lowerBound
        let upper = textRange.upperBound
        // The run holding `lower` (textStart <= lower < its end).
        while index < runs.count, runs[index].textStart + runs[index].textLength <= lower { index += 1 }
        guard index < runs.count, runs[index].textStart <= lower else {
            return TextMap.sourceRange(of: textRange, in: runs)
        }
        let start = runs[index].sourceOffset(forStart: lower)
        guard upper > lower else { return start..<start }
        // The run holding `upper` as an end (textStart < upper <= its end): this one or a later one.
        var endIndex = index
        while endIndex < runs.count, runs[endIndex].textStart + runs[endIndex].textLength < upper { endIndex += 1 }
        guard endIndex < runs.count, runs[endIndex].textStart < upper else {
            return TextMap.sourceRange(of: textRange, in: runs)
        }
        // The next range starts at or after `upper`, so in this run or a later one.
        index = endIndex
        return start..<max(start, runs[endIndex].sourceOffset(forEnd: upper))
    }
}

extension Block.Kind {
    /// Headings and the title start a section.
    var isSectionHeading: Bool {
        switch self {
        case .heading, .title: true
        default: false
        }
    }
}

extension Array {
    /// Gives back the room appending left unused, when it is large (a long article: a growing
    /// array doubles, so up to half of it can be empty for as long as the article lives). A
    /// short array is left as it is: the copy would cost more than the room it saves.
    mutating func shrinkToFit() {
        if capacity - count > 1_024 { self = withUnsafeBufferPointer { Array($0) } }
    }
}
