import CCmarkGFM
import CmarkArena
import CopydeskCore

/// Registers cmark-gfm's extensions once (the registration itself is not thread-safe).
private let cmarkExtensionsRegistered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

/// Markdown through cmark-gfm (tables, footnotes, autolinks, strikethrough, task lists).
///
/// Positions: cmark reports 1-based *byte* columns with inclusive ends, gives bare-URL
/// autolinks and soft breaks no position, and misplaces text on continuation lines inside
/// containers. So every text node is located in the source from its reported start, checked
/// against the source bytes, and otherwise found by a forward search from the previous
/// node's end within the block; the text map is built from those located pieces.
struct MarkdownParser {
    let path: String
    let source: [UInt8]
    let lines: LineIndex
    /// Deepest nesting of quotes, lists and inlines accepted.
    var maxNesting = ArticleLoader.defaultMaxNesting

    /// The largest input parsed in an arena (`CmarkArena`): a bump allocator gives back no
    /// memory before the end of the parse, so past this size the garbage would add up.
    var arenaLimit = 8 << 20

    /// The cmark-gfm extensions attached to every parser, as C strings made once.
    private static let extensionNames = ["table", "autolink", "strikethrough", "tasklist"].map { Array($0.utf8CString) }

    func parse() throws(LoadError) -> ArticleDraft {
        var draft = ArticleDraft()
        let frontMatter = try FrontMatter.parse(path: path, source: source, lines: lines)
        draft.title = frontMatter?.title
        let (input, cmarkLines) = cmarkInput(blanking: frontMatter?.range)
        _ = cmarkExtensionsRegistered
        // Up to `arenaLimit` bytes, cmark allocates from this thread's arena and everything is
        // released at once at the end; a larger input uses malloc, whose frees bound its memory.
        let arena = input.count <= arenaLimit ? copydesk_arena_begin() : nil
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS
        guard let parser = arena.map({ cmark_parser_new_with_mem(options, $0) }) ?? cmark_parser_new(options) else {
            if arena != nil { copydesk_arena_end() }
            return draft
        }
        var document: OpaquePointer?
        defer {
            if arena != nil {
                copydesk_arena_end()
            } else {
                if let document { cmark_node_free(document) }
                cmark_parser_free(parser)
                _ = copydesk_release_free_pages()
            }
        }
        for name in Self.extensionNames {
            name.withUnsafeBufferPointer { name in
                if let syntax = cmark_find_syntax_extension(name.baseAddress) {
                    cmark_parser_attach_syntax_extension(parser, syntax)
                }
            }
        }
        // cmark-gfm turns its extensions' special characters (`~`, `|`, those that start
        // autolinks) on in a table shared by the whole process while it parses table rows and
        // inlines, and off again after: a parse on another thread at that moment misses
        // strikethrough, autolinks or table cells. So one parse at a time reads the text; the
        // tree it builds is walked outside the lock.
        copydesk_cmark_parse_lock()
        input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        document = cmark_parser_finish(parser)
        copydesk_cmark_parse_unlock()
        guard let document else { return draft }
        if let deep = MarkdownNesting.firstTooDeep(document, limit: maxNesting) {
            let offset = cmarkLines.offset(line: max(1, deep.line), byteColumn: max(1, deep.column))
            let position = lines.position(ofOffset: offset)
            throw LoadError(
                path: path,
                message: "nesting deeper than \(maxNesting) levels (quotes, lists or inline markup); flatten it",
                line: position.line, column: position.column)
        }
        var walker = MarkdownWalker(source: source, lines: cmarkLines, draft: draft)
        walker.container(document, context: .init())
        draft = walker.draft
        draft.addUncitedFootnotes(source: source, lines: lines, after: frontMatter?.range.upperBound ?? 0)
        draft.sortBlocksBySource()
        if draft.title == nil {
            draft.title = draft.blocks.first { $0.kind == .heading(level: 1) }.map {
                ArticleDraft.collapsed($0.map.text)
            }
        }
        return draft
    }

    /// The bytes cmark reads, and the lines as cmark counts them. The front matter turns into
    /// spaces (lines and columns stay); a lone `\r` is a line break to cmark, so it counts as one
    /// in cmark's lines (byte offsets stay the same); the BOM is left out, so positions on cmark's
    /// first line shift by its length.
    private func cmarkInput(blanking frontMatter: Range<Int>?) -> (bytes: [UInt8], lines: CmarkLines) {
        var input = source
        if let frontMatter {
            for index in frontMatter where input[index] != 0x0A && input[index] != 0x0D { input[index] = 0x20 }
        }
        var cmarkLines = lines
        // The first `\r` that is not part of a CRLF, if any (one `memchr` for the many files with none).
        var loneCR = ByteSearch.contains(0x0D, in: input) ? input.firstIndex(of: 0x0D) : nil
        while let found = loneCR, found + 1 < input.count, input[found + 1] == 0x0A {
            loneCR = input[(found + 2)...].firstIndex(of: 0x0D)
        }
        if let loneCR {
            var lineBreaks = input
            for index in loneCR..<lineBreaks.count
            where lineBreaks[index] == 0x0D && (index + 1 == lineBreaks.count || lineBreaks[index + 1] != 0x0A) {
                lineBreaks[index] = 0x0A
            }
            cmarkLines = LineIndex(lineBreaks)
        }
        let bom = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bom > 0 { input.removeFirst(bom) }
        return (input, CmarkLines(lines: cmarkLines, firstLineShift: bom))
    }
}

extension ArticleDraft {
    /// Puts blocks in source order (cmark moves footnote definitions to the end) and fixes the indices that point at them.
    mutating func sortBlocksBySource() {
        let order = blocks.indices.sorted { (blocks[$0].source.lowerBound, $0) < (blocks[$1].source.lowerBound, $1) }
        guard order != Array(blocks.indices) else { return }
        var newIndex = [Int](repeating: 0, count: blocks.count)
        for (new, old) in order.enumerated() { newIndex[old] = new }
        blocks = order.map { blocks[$0] }
        for index in links.indices { links[index].blockIndex = links[index].blockIndex.map { newIndex[$0] } }
        for index in markers.indices { markers[index].blockIndex = newIndex[markers[index].blockIndex] }
    }
}
