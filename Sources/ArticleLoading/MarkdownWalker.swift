import CCmarkGFM
import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks cmark-gfm's block tree into draft blocks.
struct MarkdownWalker {
    let source: [UInt8]
    let lines: CmarkLines
    var draft: ArticleDraft
    /// Where the last table cell's text ended.
    private var lastCellEnd = 0
    /// Where the last block ended.
    private var lastEnd = 0
    /// The builder every leaf's text is read in, emptied for the next leaf: its arrays are
    /// allocated once, not for every paragraph (the map built takes copies of the size it needs).
    private var inline: InlineBuilder
    /// Whether the tree was parsed without cmark-gfm's `autolink` extension (its links are found in the text).
    let findsAutolinks: Bool
    /// Whether a link found in the text might not be the extension's (`InlineBuilder.unsure`):
    /// the walk is then worthless.
    private(set) var unsure = false
    /// The footnote labels cited in the text walked (when finding autolinks).
    private(set) var citedFootnotes: [String] = []

    init(source: [UInt8], lines: CmarkLines, draft: ArticleDraft, findsAutolinks: Bool = false) {
        self.source = source
        self.lines = lines
        self.draft = draft
        self.findsAutolinks = findsAutolinks
        inline = InlineBuilder(source: source, cursor: 0, limit: 0)
        inline.findsAutolinks = findsAutolinks
    }

    struct Context {
        var quoteDepth = 0
        /// Inside a list item: whether its list is ordered.
        var itemOrdered: Bool?
        /// Source start of the item (its bullet), for the item's first paragraph.
        var itemStart: Int?
    }

    mutating func container(_ node: OpaquePointer, context: Context) {
        var child = cmark_node_first_child(node)
        var context = context
        while let current = child {
            block(current, context: context)
            context.itemStart = nil
            child = cmark_node_next(current)
        }
    }

    private mutating func block(_ node: OpaquePointer, context: Context) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_BLOCK_QUOTE:
            container(node, context: Context(quoteDepth: context.quoteDepth + 1))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            var item = cmark_node_first_child(node)
            while let current = item {
                let start = startOffset(current)
                container(
                    current, context: Context(quoteDepth: context.quoteDepth, itemOrdered: ordered, itemStart: start))
                item = cmark_node_next(current)
            }
        case CMARK_NODE_PARAGRAPH:
            let kind: Block.Kind =
                if let ordered = context.itemOrdered { .listItem(ordered: ordered) } else if context.quoteDepth > 0 {
                    .quote
                } else { .paragraph }
            leaf(node, kind: kind, quoteDepth: context.quoteDepth, start: context.itemStart)
        case CMARK_NODE_HEADING:
            leaf(
                node, kind: .heading(level: Int(cmark_node_get_heading_level(node))), quoteDepth: context.quoteDepth,
                start: nil)
        case CMARK_NODE_CODE_BLOCK:
            codeBlock(node, quoteDepth: context.quoteDepth)
        case CMARK_NODE_HTML_BLOCK:
            htmlBlock(node, nested: context.quoteDepth > 0 || context.itemOrdered != nil)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnoteDefinition(node)
        case CMARK_NODE_THEMATIC_BREAK:
            break
        default:
            if typeString(node) == "table_cell" {
                leaf(node, kind: .tableCell, quoteDepth: context.quoteDepth, start: nil)
            } else {
                container(node, context: context)
            }
        }
    }

    // MARK: - Leaves

    private mutating func leaf(_ node: OpaquePointer, kind: Block.Kind, quoteDepth: Int, start: Int?) {
        // A paragraph that a table interrupts gets no position from cmark-gfm: search after the previous block.
        let reportedStart = startOffset(node)
        var nodeStart = reportedStart ?? lastEnd
        var limit = reportedStart == nil ? source.count : searchLimit(node)
        let isTableCell = kind == .tableCell
        let located = reportedStart == nil || isTableCell
        if isTableCell {
            // cmark-gfm shifts cells of later rows by the table's indentation, and puts a header
            // row that interrupts a paragraph on the paragraph's line: search from the start of the
            // reported line, after the previous cell and block.
            nodeStart = max(lines.lineStarts[lines.lineIndex(ofOffset: nodeStart)], lastCellEnd, lastEnd)
            limit = source.count
        }
        inline.restart(cursor: nodeStart, limit: limit)
        if !located {
            // The text is about as long as the block's source (markup, entities and escapes
            // shorten it), and most pieces of it are a line, or a space for the break after one.
            let lineCount = max(1, Int(cmark_node_get_end_line(node)) - Int(cmark_node_get_start_line(node)) + 1)
            inline.map.reserveCapacity(bytes: max(0, limit - nodeStart), runs: 2 * lineCount + 2)
        }
        inline.children(of: node, lines: lines)
        if findsAutolinks {
            if inline.unsure { unsure = true }
            for marker in inline.markers where marker.style == .footnote { citedFootnotes.append(marker.label) }
        }
        // Appended only when there is something to append: most blocks have no directive, link
        // or marker, and an empty append still costs a generic call.
        if !inline.directives.isEmpty { draft.directives += inline.directives }
        if isTableCell { lastCellEnd = max(lastCellEnd, inline.cursor) }
        guard !inline.map.isEmpty else { return }
        if located { nodeStart = inline.map.sourceRange(of: 0..<inline.map.utf8Count).lowerBound }
        var end = located ? inline.cursor : max(endOffset(node) ?? inline.cursor, inline.cursor)
        if case .heading = kind {
            // cmark can stretch a setext heading over the next line: end at the line of its last text.
            let line = lines.lineIndex(ofOffset: max(nodeStart, inline.cursor - 1))
            var lineEnd = line + 1 < lines.lineCount ? lines.lineStarts[line + 1] : source.count
            while lineEnd > inline.cursor, source[lineEnd - 1] == 0x0A || source[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            end = max(inline.cursor, lineEnd)
        }
        lastEnd = max(lastEnd, inline.cursor)
        let index = draft.blocks.count
        draft.blocks.append(
            .init(
                kind: kind, map: inline.map.takingRuns(), source: (start ?? nodeStart)..<end,
                quoteDepth: quoteDepth))
        // Appended one by one: a mapped array of them was made and copied for every block with a link.
        for link in inline.links {
            draft.links.append(.init(url: link.url, blockIndex: index, textRange: link.text, source: link.source))
        }
        if !inline.markers.isEmpty {
            draft.markers += inline.markers.map {
                .init(label: $0.label, style: $0.style, blockIndex: index, textOffset: $0.textOffset, source: $0.source)
            }
        }
    }

    /// Code is kept verbatim, each line located in the source (indentation and `>` markers stripped by cmark).
    private mutating func codeBlock(_ node: OpaquePointer, quoteDepth: Int) {
        guard let start = startOffset(node), let literal = InlineBuilder.literalInPlace(node) else { return }
        let limit = searchLimit(node)
        var cursor = start
        if cmark_node_get_fence_info(node) != nil, let lineEnd = source[start..<limit].firstIndex(of: 0x0A),
            isFence(at: start)
        {
            cursor = lineEnd + 1
        }
        let aligner = SourceAligner(source: source, escapes: false)
        var map = TextMap.Builder()
        if aligner.isPlain(literal), aligner.isVerbatim(literal, at: cursor, limit: limit) {
            // Most blocks (fenced, in no container): the literal stands in the source as it is
            // from the cursor on. `codeLines` would find each line where the last one's line
            // break ended and extend one run with every piece: the same run, made at once.
            map.append(literal, sourceRange: cursor..<(cursor + literal.count))
            cursor += literal.count
        } else {
            cursor = Self.codeLines(of: literal, aligner: aligner, from: cursor, limit: limit, into: &map)
        }
        guard map.utf8Count > 0 else { return }
        let end = max(cursor, endOffset(node) ?? cursor)
        draft.blocks.append(
            .init(kind: .code, map: map.build(), source: start..<min(end, source.count), quoteDepth: quoteDepth))
        lastEnd = max(lastEnd, min(end, source.count))
    }

    /// Appends a code block's literal to `map` line by line, each line located in the source
    /// from `cursor` on and each line break placed at the next one there; where the last
    /// line ended.
    static func codeLines(
        of literal: UnsafeBufferPointer<UInt8>, aligner: SourceAligner, from cursor: Int, limit: Int,
        into map: inout TextMap.Builder
    ) -> Int {
        let source = aligner.source
        var cursor = cursor
        var pendingNewline: Int?
        // The literal's lines, read in place (the last one after its final line feed, empty).
        var lineStart = 0
        while true {
            let rest = UnsafeBufferPointer(rebasing: literal[lineStart...])
            let lineEnd =
                rest.baseAddress.flatMap { base in
                    memchr(base, 0x0A, rest.count).map { lineStart + (UnsafeRawPointer($0) - UnsafeRawPointer(base)) }
                } ?? literal.count
            let line = UnsafeBufferPointer(rebasing: literal[lineStart..<lineEnd])
            if let newline = pendingNewline {
                let next = source[cursor..<limit].firstIndex(of: 0x0A).map { $0 + 1 } ?? limit
                if next > newline { map.append(0x0A, sourceRange: newline..<next) }
                cursor = max(cursor, next)
            }
            if !line.isEmpty {
                if let found = aligner.locateVerbatim(line, from: cursor, limit: limit) {
                    // Most lines: the same bytes in the source, one piece (no arrays made).
                    map.append(line, sourceRange: found..<(found + line.count))
                    cursor = found + line.count
                } else if let found = aligner.locate(line, from: cursor, limit: limit) {
                    map.append(line, pieces: found.pieces)
                    cursor = found.pieces.last?.source.upperBound ?? cursor
                } else {
                    map.append(line, sourceRange: cursor..<cursor)
                }
            }
            pendingNewline = cursor
            guard lineEnd < literal.count else { break }
            lineStart = lineEnd + 1
        }
        return cursor
    }

    private func isFence(at offset: Int) -> Bool {
        var index = offset
        while index < source.count, source[index] == 0x20 { index += 1 }
        return index + 2 < source.count && (source[index] == UInt8(ascii: "`") || source[index] == UInt8(ascii: "~"))
            && source[index + 1] == source[index] && source[index + 2] == source[index]
    }

    /// Directives from the block's comments; prose in it (`<p>…</p>`, `<div>…</div>`) read as HTML
    /// unless the block sits inside a quote or list, where `>` and indentation break up the HTML.
    private mutating func htmlBlock(_ node: OpaquePointer, nested: Bool) {
        guard let start = startOffset(node), let length = InlineBuilder.literalInPlace(node)?.count else { return }
        // Containers strip `>` and indentation from the literal, so scan to the end of its last source line.
        let endLine = lines.lineIndex(ofOffset: min(source.count, start + max(0, length - 1)))
        let end = endLine + 1 < lines.lineCount ? lines.lineStarts[endLine + 1] : source.count
        draft.directives += DirectiveParser.comments(in: source, range: start..<max(start, end))
        if end > start, !nested { draft.append(HTMLFragment.parse(source, range: start..<end)) }
        lastEnd = max(lastEnd, start)
    }

    private mutating func footnoteDefinition(_ node: OpaquePointer) {
        guard let contentStart = startOffset(node) else { return }
        // cmark starts the node at its content; the `[^label]:` stands before it on the same line.
        let lineStart = lines.lineStarts[lines.lineIndex(ofOffset: contentStart)]
        var label = ""
        var start = contentStart
        if let open = ByteSearch.find(Self.footnoteOpening, in: source, from: lineStart, to: contentStart),
            let close = ByteSearch.find(Self.footnoteClosing, in: source, from: open, to: contentStart)
        {
            label = String(decoding: source[(open + 2)..<close], as: UTF8.self)
            start = open
        }
        // The paragraphs are read one after another into one text, in the walker's builder (as a
        // leaf's text is): its links, markers and directives are those of every paragraph, in order.
        var cursor = contentStart
        var paragraph = cmark_node_first_child(node)
        let limit = searchLimit(node)
        inline.restart(cursor: cursor, limit: limit)
        while let current = paragraph {
            inline.nextParagraph(cursor: max(cursor, startOffset(current) ?? cursor), limit: limit)
            if !inline.map.isEmpty { inline.pendingBreak = cursor }
            inline.children(of: current, lines: lines)
            cursor = inline.cursor
            paragraph = cmark_node_next(current)
        }
        if findsAutolinks {
            if inline.unsure { unsure = true }
            for marker in inline.markers where marker.style == .footnote { citedFootnotes.append(marker.label) }
        }
        if !inline.directives.isEmpty { draft.directives += inline.directives }
        let end = max(cursor, endOffset(node) ?? cursor)
        guard !inline.map.isEmpty else { return }
        let index = draft.blocks.count
        let built = inline.map.takingRuns()
        draft.blocks.append(.init(kind: .reference, map: built, source: start..<end))
        draft.references.append(.init(label: label, text: ArticleDraft.collapsed(built.text), source: start..<end))
        for link in inline.links {
            draft.links.append(.init(url: link.url, blockIndex: index, textRange: link.text, source: link.source))
        }
    }

    /// `[^` and `]:`, around a footnote definition's label.
    private static let footnoteOpening = Array("[^".utf8)
    private static let footnoteClosing = Array("]:".utf8)

    // MARK: - Positions

    private func typeString(_ node: OpaquePointer) -> String {
        guard let name = cmark_node_get_type_string(node) else { return "" }
        return String(cString: name)
    }

    private func startOffset(_ node: OpaquePointer) -> Int? {
        let line = Int(cmark_node_get_start_line(node))
        guard line > 0 else { return nil }
        return lines.offset(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
    }

    /// The exclusive end offset (cmark ends are inclusive), or nil when cmark gives none.
    private func endOffset(_ node: OpaquePointer) -> Int? {
        let line = Int(cmark_node_get_end_line(node))
        let column = Int(cmark_node_get_end_column(node))
        guard line > 0, column > 0 else { return nil }
        return min(source.count, lines.offset(line: line, byteColumn: column) + 1)
    }

    /// Where a search for the node's text must stop: the end of its last line.
    private func searchLimit(_ node: OpaquePointer) -> Int {
        let line = Int(cmark_node_get_end_line(node))
        guard line > 0, line < lines.lineCount else { return source.count }
        return lines.lineStarts[line]
    }
}
