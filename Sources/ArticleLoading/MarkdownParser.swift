import CCmarkGFM
import CmarkArena
import CopydeskCore

/// Registers cmark-gfm's extensions once (the registration itself is not thread-safe).
private let cmarkExtensionsRegistered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

/// Markdown through cmark-gfm (tables, footnotes, strikethrough, task lists; extended autolinks found in the text).
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

    /// Whether cmark-gfm's `autolink` extension links `www.`, `https://` and e-mail addresses
    /// (else the walker finds them itself, as the extension would: `ExtendedAutolinks`). Set for
    /// the tests that compare the two; a parse the walker cannot finish so is done again with it.
    var autolinkExtension = false

    /// Whether every parse has cmark-gfm's footnotes and its `table`, `strikethrough` and
    /// `tasklist` extensions, also where the source holds nothing their syntax starts with (else
    /// they are left out there: `copydesk_markdown_syntax`). Set for the tests that compare the two.
    var allSyntax = false

    /// Whether a source in `QuickMarkdown`'s subset is read by it, without cmark-gfm (the draft
    /// is the same). Cleared for the tests that compare the two; set `autolinkExtension` or
    /// `allSyntax` and every source goes to cmark-gfm too.
    var quickReading = true

    /// The cmark-gfm extensions a parser may have, in the order they are attached, as C strings
    /// made once, each with the `copydesk_markdown_syntax` bit that asks for it (0: always, when
    /// the walker does not find the autolinks itself).
    private static let extensions: [(syntax: Int32, name: [CChar])] = [
        (COPYDESK_SYNTAX_TABLE, Array("table".utf8CString)), (0, Array("autolink".utf8CString)),
        (COPYDESK_SYNTAX_STRIKETHROUGH, Array("strikethrough".utf8CString)),
        (COPYDESK_SYNTAX_TASKLIST, Array("tasklist".utf8CString)),
    ]

    func parse() throws(LoadError) -> ArticleDraft {
        if !autolinkExtension, let draft = try parse(findingAutolinks: true) { return draft }
        // A file the walker could not read so: cmark-gfm's extension finds the links.
        return try parse(findingAutolinks: false) ?? ArticleDraft()
    }

    /// The draft, the extended autolinks found by the walker or by cmark-gfm's extension; nil
    /// when the walker cannot tell what the extension would have linked.
    func parse(findingAutolinks: Bool) throws(LoadError) -> ArticleDraft? {
        let frontMatter = try FrontMatter.parse(path: path, source: source, lines: lines)
        // (The reader makes a draft of its own: room reserved before it went unused.)
        if findingAutolinks, let read = quickRead(after: frontMatter) { return read }
        var draft = ArticleDraft()
        // Room for a block every 96 source bytes (real Markdown has one every 160 or so): grown
        // from empty, the array was copied at every doubling, a block at a time.
        draft.blocks.reserveCapacity(source.count / 96 + 8)
        draft.title = frontMatter?.title
        let (input, cmarkLines) = cmarkInput(blanking: frontMatter?.range)
        _ = cmarkExtensionsRegistered
        // Up to `arenaLimit` bytes, cmark allocates from this thread's arena and everything is
        // released at once at the end; a larger input uses malloc, whose frees bound its memory.
        let arena = input.count <= arenaLimit ? copydesk_arena_begin() : nil
        // Footnotes and the extensions cost cmark-gfm walks of the whole tree and tests of every
        // line or inline: a source without the bytes their syntax starts with parses the same
        // tree without them (most files have no footnote, table, strikethrough or task list).
        let syntax =
            allSyntax
            ? COPYDESK_SYNTAX_FOOTNOTES | COPYDESK_SYNTAX_TABLE | COPYDESK_SYNTAX_STRIKETHROUGH
                | COPYDESK_SYNTAX_TASKLIST
            : input.withUnsafeBufferPointer { copydesk_markdown_syntax($0.baseAddress, $0.count) }
        // cmark-gfm 0.29.0.gfm.6 reads past a decoded `^` when a bracket opens with an entity for
        // it (`[&#94;x]`) and footnotes are on, and gives what it read as text: such a source is
        // parsed without footnotes (its `[^x]` are text, its definitions paragraphs).
        let footnotes =
            syntax & COPYDESK_SYNTAX_FOOTNOTES != 0
            && !input.withUnsafeBufferPointer { copydesk_caret_entity_label($0.baseAddress, $0.count) != 0 }
        let options = CMARK_OPT_DEFAULT | (footnotes ? CMARK_OPT_FOOTNOTES : 0) | CMARK_OPT_SOURCEPOS
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
        for (needs, name) in Self.extensions where needs == 0 ? !findingAutolinks : syntax & needs != 0 {
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
        // A link the extension makes is one level deeper than the text it is found in: a file
        // that comes within a level of the limit is left to the extension.
        if findingAutolinks {
            if MarkdownNesting.firstTooDeep(document, limit: maxNesting - 1) != nil { return nil }
        } else if let deep = MarkdownNesting.firstTooDeep(document, limit: maxNesting) {
            let offset = cmarkLines.offset(line: max(1, deep.line), byteColumn: max(1, deep.column))
            let position = lines.position(ofOffset: offset)
            throw LoadError(
                path: path,
                message: "nesting deeper than \(maxNesting) levels (quotes, lists or inline markup); flatten it",
                line: position.line, column: position.column)
        }
        var walker = MarkdownWalker(source: source, lines: cmarkLines, draft: draft, findsAutolinks: findingAutolinks)
        // The walker's draft holds the only reference to the blocks reserved above, and the draft
        // it made is taken back from it below (swapped, not copied): a copy kept here made the
        // walker's first block copy the reserved array, and the first block added below (an
        // uncited footnote) copy all the walker's blocks.
        draft = ArticleDraft()
        walker.container(document, context: .init())
        if walker.unsure { return nil }
        // cmark-gfm keeps the footnote definitions that are cited. One cited only in text the
        // walk did not read (a definition it dropped) might not be cited with the extension,
        // whose links take in what follows them (`http://a.b[^1]`): left to the extension.
        if findingAutolinks, !walker.draft.references.isEmpty,
            !Self.citesEvery(walker.draft.references, cited: walker.citedFootnotes)
        {
            return nil
        }
        swap(&draft, &walker.draft)
        guard
            complete(
                &draft, footnotes: footnotes, after: frontMatter?.range.upperBound ?? 0,
                findingAutolinks: findingAutolinks)
        else { return nil }
        return draft
    }

    /// The draft `QuickMarkdown` reads, completed; nil when the source is outside its subset
    /// (or the draft is one the cmark path would not give: see `complete`).
    func quickRead(after frontMatter: FrontMatter?) -> ArticleDraft? {
        // (A low nesting limit is the tests': a draft it refuses is cmark-gfm's to refuse.)
        guard quickReading, !autolinkExtension, !allSyntax, maxNesting >= 8, lines.bomLength == 0 else { return nil }
        let bodyStart = frontMatter?.range.upperBound ?? 0
        guard var (draft, addsUncitedFootnotes) = QuickMarkdown(source: source, bodyStart: bodyStart).read() else {
            return nil
        }
        draft.title = frontMatter?.title
        guard complete(&draft, footnotes: addsUncitedFootnotes, after: bodyStart, findingAutolinks: true) else {
            return nil
        }
        return draft
    }

    /// Completes a walked draft: the footnote definitions cmark-gfm drops (nothing cites them)
    /// added, the blocks in source order, the title from the first heading if the front matter
    /// gives none. False when the walker's draft may not be the extension's (below).
    private func complete(
        _ draft: inout ArticleDraft, footnotes: Bool, after bodyStart: Int, findingAutolinks: Bool
    ) -> Bool {
        let citedReferences = draft.references.count
        // A definition is `[^label]:`: without a `^` after the front matter there is none.
        if footnotes {
            draft.addUncitedFootnotes(source: source, lines: lines, after: bodyStart)
        }
        // And one it dropped might be cited with the extension, when the text of a dropped one
        // (not walked) has a web address that takes in the backtick of a code span hiding a
        // `[^1]` (`http://a.b/` and `` ` [^1] ` ``): left to it too.
        if findingAutolinks, draft.references[citedReferences...].contains(where: { mayHoldWebAddress($0.source) }) {
            return false
        }
        draft.sortBlocksBySource()
        if draft.title == nil {
            draft.title = draft.blocks.first { $0.kind == .heading(level: 1) }.map {
                ArticleDraft.collapsed($0.map.text)
            }
        }
        return true
    }

    /// Whether every one of `references` has its label among `cited`: the labels compared one
    /// by one when there are few (most articles cite a handful), else through a set of them.
    static func citesEvery(_ references: [ArticleDraft.DraftReference], cited: [String]) -> Bool {
        if references.count * cited.count <= 256 {
            return references.allSatisfy { reference in cited.contains { $0 == reference.label } }
        }
        let labels = Set(cited)
        return references.allSatisfy { labels.contains($0.label) }
    }

    /// Whether the source in `range` holds `www.` or `://`.
    private func mayHoldWebAddress(_ range: Range<Int>) -> Bool {
        source.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress, !range.isEmpty else { return false }
            return copydesk_autolink_hint(base + range.lowerBound, range.count) & 2 != 0
        }
    }

    /// The bytes cmark reads, and the lines as cmark counts them. The front matter turns into
    /// spaces (lines and columns stay); a lone `\r` is a line break to cmark, so it counts as one
    /// in cmark's lines (byte offsets stay the same); the BOM is left out, so positions on cmark's
    /// first line shift by its length.
    private func cmarkInput(blanking frontMatter: Range<Int>?) -> (bytes: [UInt8], lines: CmarkLines) {
        var input = source
        if let frontMatter, !frontMatter.isEmpty {
            // In place, without a bounds check a byte (the range is the source's).
            input.withUnsafeMutableBufferPointer { bytes in
                for index in frontMatter where bytes[index] != 0x0A && bytes[index] != 0x0D { bytes[index] = 0x20 }
            }
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
        // Compared byte by byte: `starts(with:)` made an array of the three bytes for every file.
        let bom = source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF ? 3 : 0
        if bom > 0 { input.removeFirst(bom) }
        return (input, CmarkLines(lines: cmarkLines, firstLineShift: bom))
    }
}

extension ArticleDraft {
    /// Puts blocks in source order (cmark moves footnote definitions to the end) and fixes the indices that point at them.
    mutating func sortBlocksBySource() {
        // Most drafts are in order already (no footnote definition moved): the sort below would
        // give every block its own index, so the blocks are only looked through.
        if blocks.indices.dropFirst().allSatisfy({ blocks[$0 - 1].source.lowerBound <= blocks[$0].source.lowerBound }) {
            return
        }
        let order = blocks.indices.sorted { (blocks[$0].source.lowerBound, $0) < (blocks[$1].source.lowerBound, $1) }
        guard order != Array(blocks.indices) else { return }
        var newIndex = [Int](repeating: 0, count: blocks.count)
        for (new, old) in order.enumerated() { newIndex[old] = new }
        blocks = order.map { blocks[$0] }
        for index in links.indices { links[index].blockIndex = links[index].blockIndex.map { newIndex[$0] } }
        for index in markers.indices { markers[index].blockIndex = newIndex[markers[index].blockIndex] }
    }
}
