import CCmarkGFM
import CopydeskCore

/// Walks cmark-gfm's block tree into draft blocks.
struct MarkdownWalker {
    let source: [UInt8]
    let lines: LineIndex
    var draft: ArticleDraft

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
                container(current, context: Context(quoteDepth: context.quoteDepth, itemOrdered: ordered, itemStart: start))
                item = cmark_node_next(current)
            }
        case CMARK_NODE_PARAGRAPH:
            let kind: Block.Kind =
                if let ordered = context.itemOrdered { .listItem(ordered: ordered) } else if context.quoteDepth > 0 {
                    .quote
                } else { .paragraph }
            leaf(node, kind: kind, quoteDepth: context.quoteDepth, start: context.itemStart)
        case CMARK_NODE_HEADING:
            leaf(node, kind: .heading(level: Int(cmark_node_get_heading_level(node))), quoteDepth: context.quoteDepth, start: nil)
        case CMARK_NODE_CODE_BLOCK:
            codeBlock(node, quoteDepth: context.quoteDepth)
        case CMARK_NODE_HTML_BLOCK:
            htmlBlock(node)
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
        guard let nodeStart = startOffset(node) else { return }
        var builder = InlineBuilder(source: source, cursor: nodeStart, limit: searchLimit(node))
        builder.children(of: node, lines: lines)
        draft.directives += builder.directives
        guard !builder.map.text.isEmpty else { return }
        let end = max(endOffset(node) ?? builder.cursor, builder.cursor)
        let index = draft.blocks.count
        draft.blocks.append(.init(kind: kind, map: builder.map, source: (start ?? nodeStart)..<end, quoteDepth: quoteDepth))
        draft.links += builder.links.map { .init(url: $0.url, blockIndex: index, textRange: $0.text, source: $0.source) }
        draft.markers += builder.markers.map {
            .init(label: $0.label, style: $0.style, blockIndex: index, textOffset: $0.textOffset, source: $0.source)
        }
    }

    private mutating func codeBlock(_ node: OpaquePointer, quoteDepth: Int) {
        guard let start = startOffset(node), let literal = cmark_node_get_literal(node) else { return }
        let text = String(cString: literal)
        let end = max(start, endOffset(node) ?? min(source.count, start + text.utf8.count))
        var map = TextMap()
        map.append(text, sourceRange: start..<end)
        draft.blocks.append(.init(kind: .code, map: map, source: start..<end, quoteDepth: quoteDepth))
    }

    private mutating func htmlBlock(_ node: OpaquePointer) {
        guard let start = startOffset(node), let literal = cmark_node_get_literal(node) else { return }
        let length = Array(String(cString: literal).utf8).count
        // Containers strip `>` and indentation from the literal, so scan to the end of its last source line.
        let endLine = lines.lineIndex(ofOffset: min(source.count, start + length))
        let end = endLine + 1 < lines.lineCount ? lines.lineStarts[endLine + 1] : source.count
        draft.directives += DirectiveParser.comments(in: source, range: start..<max(start, end))
    }

    private mutating func footnoteDefinition(_ node: OpaquePointer) {
        guard let contentStart = startOffset(node) else { return }
        // cmark starts the node at its content; the `[^label]:` stands before it on the same line.
        let lineStart = lines.lineStarts[lines.lineIndex(ofOffset: contentStart)]
        var label = ""
        var start = contentStart
        if let open = ByteSearch.find(Array("[^".utf8), in: source, from: lineStart, to: contentStart),
            let close = ByteSearch.find(Array("]:".utf8), in: source, from: open, to: contentStart)
        {
            label = String(decoding: source[(open + 2)..<close], as: UTF8.self)
            start = open
        }
        var map = TextMap()
        var cursor = contentStart
        var paragraph = cmark_node_first_child(node)
        let limit = searchLimit(node)
        var nestedLinks: [InlineBuilder.FoundLink] = []
        while let current = paragraph {
            var builder = InlineBuilder(source: source, cursor: max(cursor, startOffset(current) ?? cursor), limit: limit)
            builder.map = map
            if !map.text.isEmpty { builder.pendingBreak = cursor }
            builder.children(of: current, lines: lines)
            map = builder.map
            cursor = builder.cursor
            nestedLinks += builder.links
            draft.directives += builder.directives
            paragraph = cmark_node_next(current)
        }
        let end = max(cursor, endOffset(node) ?? cursor)
        guard !map.text.isEmpty else { return }
        let index = draft.blocks.count
        draft.blocks.append(.init(kind: .reference, map: map, source: start..<end))
        draft.references.append(.init(label: label, text: ArticleDraft.collapsed(map.text), source: start..<end))
        draft.links += nestedLinks.map { .init(url: $0.url, blockIndex: index, textRange: $0.text, source: $0.source) }
    }

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
