import CCmarkGFM
import CmarkArena
import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds one block's plain text and text map from cmark inline nodes: emphasis and links
/// flattened to their text, inline code and images dropped, breaks read as spaces, footnote
/// references and `<sup>…</sup>` recorded as citation markers outside the text.
struct InlineBuilder {
    struct FoundLink {
        var url: String
        var text: Range<Int>
        var source: Range<Int>
    }

    struct FoundMarker {
        var label: String
        var style: CitationMarker.Style
        var textOffset: Int
        var source: Range<Int>
    }

    let source: [UInt8]
    /// Source offset after the last located node; searches start here.
    var cursor: Int
    /// Searches never pass this offset.
    private(set) var limit: Int
    var map = TextMap.Builder()
    var links: [FoundLink] = []
    var markers: [FoundMarker] = []
    var directives: [ArticleDraft.DraftDirective] = []
    /// Source offset where a pending line break started.
    var pendingBreak: Int?
    /// Inside `<sup>…</sup>`: where it started and the text collected so far.
    private var superscript: (start: Int, label: [UInt8])?
    /// Inside an image: text is located (to move the cursor) but not kept.
    private var suppressed = 0

    /// Whether the tree was parsed without cmark-gfm's `autolink` extension, whose links are
    /// then found here (`InlineBuilder+Autolinks.swift`).
    var findsAutolinks = false
    /// Set when a link found here might not be the extension's: the walk is then worthless,
    /// and the file is parsed again with the extension.
    var unsure = false
    /// What the extension's rules ask about the text before a node: the `[` and `![` of the
    /// block's text still open (outside link text), links entered, links and images entered,
    /// and whether the next text starts a line of the block's text.
    var openBrackets = 0
    var linkDepth = 0
    var bracketDepth = 0
    var atLineStart = true
    /// Whether a link closed while a bracket of the text was open (a `[`, `![`, or an image's):
    /// cmark-gfm then links some web addresses after it while the bracket is still open, and
    /// not others (see `autolinkText`).
    var linkInOpenBracket = false

    private var aligner: SourceAligner { SourceAligner(source: source, escapes: true) }

    init(source: [UInt8], cursor: Int, limit: Int) {
        self.source = source
        self.cursor = cursor
        self.limit = max(cursor, min(limit, source.count))
    }

    /// Empties the builder for the next block, read from `cursor` up to `limit`, as a new
    /// builder would start: a walker reads every leaf block in one builder, whose arrays keep
    /// their room (making and destroying a builder a block cost more than its text).
    mutating func restart(cursor: Int, limit: Int) {
        map.removeAll()
        // Most blocks have none of these: an empty array is left as it is.
        links.removeAllKeepingRoom()
        markers.removeAllKeepingRoom()
        directives.removeAllKeepingRoom()
        nextParagraph(cursor: cursor, limit: limit)
    }

    /// Goes on in the same text with the next paragraph of a block (a footnote definition's),
    /// read from `cursor` up to `limit`, as a new builder handed the text so far would: the text,
    /// links, markers and directives found so far are kept, the rest starts over.
    mutating func nextParagraph(cursor: Int, limit: Int) {
        self.cursor = cursor
        self.limit = max(cursor, min(limit, source.count))
        pendingBreak = nil
        superscript = nil
        suppressed = 0
        openBrackets = 0
        linkInOpenBracket = false
        linkDepth = 0
        bracketDepth = 0
        atLineStart = true
    }

    mutating func children(of node: OpaquePointer, lines: CmarkLines) {
        var child = cmark_node_first_child(node)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT {
                textNode(current, lines: lines)
            } else {
                inline(current, type: type, lines: lines)
                atLineStart = type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
            }
            child = cmark_node_next(current)
        }
    }

    private mutating func inline(_ node: OpaquePointer, type: cmark_node_type, lines: CmarkLines) {
        // The position cmark reports is read only for the nodes that use it.
        switch type {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            if pendingBreak == nil { pendingBreak = cursor }
        case CMARK_NODE_CODE:
            // Inline code is dropped; step over it so the next search starts after it.
            skipCodeSpan()
        case CMARK_NODE_HTML_INLINE:
            let reported = Self.start(node, lines)
            Self.withLiteral(node) { html($0, reported: reported) }
        case CMARK_NODE_IMAGE:
            // The alt text is not prose: locate it without keeping it, then step over `](src)`.
            suppressed += 1
            bracketDepth += 1
            atLineStart = false
            children(of: node, lines: lines)
            bracketDepth -= 1
            suppressed -= 1
            skipLinkTail()
        case CMARK_NODE_LINK:
            if openBrackets > 0 || bracketDepth > 0 { linkInOpenBracket = true }
            link(.node(node, lines))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            if openBrackets > 0 || bracketDepth > 0 { linkInOpenBracket = true }
            footnoteReference(reported: Self.start(node, lines))
        default:
            atLineStart = false
            children(of: node, lines: lines)
        }
    }

    /// What a link's text is: a cmark link node's children, or the text of a link the
    /// extension would have made (with its URL).
    enum LinkContent {
        case node(OpaquePointer, CmarkLines)
        case autolink(UnsafeBufferPointer<UInt8>, url: String)
    }

    /// A link: its text, read as text, and the link recorded in `links`.
    mutating func link(_ content: LinkContent) {
        let opening = linkOpening()
        // `[1]` written as a link (`[1](#ref-1)`, or `[1]` with a `[1]: url` definition) is a
        // numbered citation: keep its brackets in the text, as for an unlinked `[1]`.
        let bracketed = opening.flatMap { opening -> (open: Int, close: Int)? in
            switch content {
            case .node(let node, _): numberedLinkBrackets(node, opening: opening)
            case .autolink(let text, _): numberedLinkBrackets(text: Array(text), opening: opening)
            }
        }
        if let bracketed {
            flushBreak(before: bracketed.open)
            map.append(UInt8(ascii: "["), sourceRange: bracketed.open..<(bracketed.open + 1))
            cursor = bracketed.open + 1
        }
        let textStart = map.utf8Count
        linkDepth += 1
        bracketDepth += 1
        atLineStart = false
        switch content {
        case .node(let node, let lines): children(of: node, lines: lines)
        case .autolink(let text, _): self.text(text, reported: nil)
        }
        bracketDepth -= 1
        linkDepth -= 1
        let textEnd = map.utf8Count
        let textRange = map.sourceRange(of: textStart..<textEnd)
        if let bracketed, cursor <= bracketed.close {
            map.append(UInt8(ascii: "]"), sourceRange: bracketed.close..<(bracketed.close + 1))
            cursor = bracketed.close
        }
        skipLinkTail()
        // A link without text (one around an image: badges) is not kept: its URL is not made.
        guard textEnd > textStart else { return }
        let start = opening.map { min($0, textRange.lowerBound) } ?? textRange.lowerBound
        let url =
            switch content {
            case .node(let node, _): cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            case .autolink(_, let url): url
            }
        if !url.isEmpty {
            links.append(
                FoundLink(url: url, text: textStart..<textEnd, source: start..<max(cursor, textRange.upperBound)))
        }
    }

    // MARK: - Text

    /// Where a text node's literal is placed in the source (`text` places it so).
    enum Placement {
        /// One run of the same bytes from there (most literals).
        case verbatim(Int)
        /// A one-byte literal that is the backslash escape there (`\[` read as `[`).
        case escaped(Int)
        /// Aligned pieces, from `start`.
        case aligned(start: Int, pieces: [SourceAligner.Piece])
        /// Text cmark changed in a way the aligner does not know: what could be placed.
        case piecewise([SourceAligner.Piece])
    }

    func placement(of literal: UnsafeBufferPointer<UInt8>, reported: Int?) -> Placement {
        if let start = verbatimStart(literal, reported: reported) { return .verbatim(start) }
        if let start = escapedStart(literal, reported: reported) { return .escaped(start) }
        if let located = locate(literal, reported: reported) {
            return .aligned(start: located.start, pieces: located.pieces)
        }
        return .piecewise(aligner.locatePiecewise(literal, from: cursor, limit: limit))
    }

    mutating func text(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) {
        guard !literal.isEmpty else { return }
        // Placed as `placement(of:reported:)` places it, without making a `Placement`.
        if let start = verbatimStart(literal, reported: reported) {
            text(literal, verbatimAt: start)
        } else if let start = escapedStart(literal, reported: reported) {
            text(literal, escapedAt: start)
        } else {
            text(literal, located: locate(literal, reported: reported))
        }
    }

    /// Appends a literal (not empty) where `placement(of:reported:)` placed it.
    mutating func text(_ literal: UnsafeBufferPointer<UInt8>, placed placement: Placement) {
        switch placement {
        case .verbatim(let start): text(literal, verbatimAt: start)
        case .escaped(let start): text(literal, escapedAt: start)
        case .aligned(let start, let pieces): text(literal, located: (start, pieces))
        case .piecewise: text(literal, located: nil)
        }
    }

    /// Appends a literal that is the source bytes at `start`.
    mutating func text(_ literal: UnsafeBufferPointer<UInt8>, verbatimAt start: Int) {
        // Most literals: one run of source bytes, placed without making an array of pieces.
        let end = start + literal.count
        if superscript != nil || suppressed > 0 {
            if suppressed == 0 { superscript?.label += literal }
            cursor = end
            return
        }
        flushBreak(before: start)
        // Dropped inline code or a comment leaves two spaces meeting: keep one (as below).
        let skip = map.lastByte == 0x20 && literal.first == 0x20 ? 1 : 0
        // A valid literal, less a leading space at most: whole scalars.
        map.append(wholeScalars: UnsafeBufferPointer(rebasing: literal[skip...]), sourceRange: (start + skip)..<end)
        cursor = end
    }

    /// Appends a one-byte literal that is the backslash escape at `start` (`escapedStart`), as
    /// `text(_:located:)` appends its one piece.
    private mutating func text(_ literal: UnsafeBufferPointer<UInt8>, escapedAt start: Int) {
        let end = start + 2
        if superscript != nil || suppressed > 0 {
            if suppressed == 0 { superscript?.label += literal }
            cursor = end
            return
        }
        flushBreak(before: start)
        // Punctuation, never the space `text(_:located:)` may drop.
        map.append(literal, sourceRange: start..<end)
        cursor = end
    }

    /// Appends a literal where it aligns with the source (`locate(_:reported:)`); when it does not,
    /// piece by piece.
    private mutating func text(
        _ literal: UnsafeBufferPointer<UInt8>, located: (start: Int, pieces: [SourceAligner.Piece])?
    ) {
        if superscript != nil || suppressed > 0 {
            if suppressed == 0 { superscript?.label += literal }
            if let end = located?.pieces.last?.source.upperBound { cursor = end }
            return
        }
        guard let located else {
            // cmark changed the text in a way the aligner does not know (pathological input):
            // place it piece by piece; whatever cannot be placed is pinned to the cursor.
            let pieces = aligner.locatePiecewise(literal, from: cursor, limit: limit)
            flushBreak(before: pieces.first?.source.lowerBound ?? cursor)
            map.append(literal, pieces: pieces)
            cursor = pieces.last?.source.upperBound ?? cursor
            let placed = pieces.last?.text.upperBound ?? 0
            if placed < literal.count {
                map.append(UnsafeBufferPointer(rebasing: literal[placed...]), sourceRange: cursor..<cursor)
            }
            return
        }
        flushBreak(before: located.start)
        var pieces = located.pieces
        // Dropped inline code or a comment leaves two spaces meeting: keep one.
        if map.lastByte == 0x20, literal.first == 0x20, let first = pieces.first, first.text.lowerBound == 0 {
            if first.text.count > 1, first.text.count == first.source.count {
                pieces[0] = SourceAligner.Piece(
                    text: 1..<first.text.upperBound, source: (first.source.lowerBound + 1)..<first.source.upperBound)
            } else if first.text.count == 1 {
                pieces.removeFirst()
            }
        }
        map.append(literal, pieces: pieces)
        cursor = located.pieces.last?.source.upperBound ?? located.start
    }

    /// Where `literal` stands: the first place after the cursor where it lines up with the
    /// source, unless cmark reports a later line for it (then that line wins). cmark's lines are
    /// reliable; its columns are not (lazy continuation lines, text next to autolinks).
    func locate(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) -> (
        start: Int, pieces: [SourceAligner.Piece]
    )? {
        let first = aligner.locate(literal, from: cursor, limit: limit)
        guard let reported, reported >= cursor, first?.start != reported,
            let pieces = aligner.align(literal, at: reported, limit: limit)
        else { return first }
        guard let first else { return (reported, pieces) }
        return lineStart(of: first.start) < lineStart(of: reported) ? (reported, pieces) : first
    }

    /// Where `locate(_:reported:)` places a literal that is one run of plain source bytes (no
    /// `&`, no backslash: most text nodes), found without the arrays of pieces `locate` makes;
    /// nil when that is not the answer `locate` gives, or when it cannot tell without `locate`.
    ///
    /// The aligner's `locateVerbatim` answers as its `locate`. A reported start elsewhere wins
    /// when the literal aligns there too, on a later line: checked here when it is the bytes
    /// there, else nil.
    func verbatimStart(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) -> Int? {
        guard let position = aligner.locateVerbatim(literal, from: cursor, limit: limit) else { return nil }
        guard let reported, reported >= cursor, reported != position else { return position }
        guard aligner.isVerbatim(literal, at: reported, limit: limit) else { return nil }
        return lineStart(of: position) < lineStart(of: reported) ? reported : position
    }

    /// `verbatimStart` of a literal that holds nothing the extension's rules or the aligner read
    /// (`copydesk_plain_text_at`: its autolink hint is 0), when cmark reports no other start
    /// after the cursor; else nil (it may be so all the same). One pass over such a literal's
    /// bytes tells it, where the hint and `verbatimStart` read them twice more.
    func plainTextStart(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) -> Int? {
        guard let base = literal.baseAddress, !literal.isEmpty, cursor >= 0 else { return nil }
        let found = source.withUnsafeBufferPointer {
            copydesk_plain_text_at($0.baseAddress, $0.count, cursor, limit, base, literal.count)
        }
        guard found >= 0 else { return nil }
        // `verbatimStart`: a reported start elsewhere after the cursor may win.
        if let reported, reported >= cursor, reported != found { return nil }
        return found
    }

    /// Where `locate(_:reported:)` places a one-byte literal that is the backslash escape at the
    /// cursor (`\[[text](url)]`, the changelogs' `\[` before a link: a text node of its own),
    /// found without the array of its one piece (the escape, two source bytes); nil when it is
    /// not such a literal, or when a reported start elsewhere leaves it to `locate`.
    ///
    /// The aligner's `locate` tries the cursor first (a backslash), and aligns the literal there
    /// as that escape; `verbatimStart` gives nil for it (it is not the bytes there).
    func escapedStart(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) -> Int? {
        guard literal.count == 1, cursor >= 0, cursor + 1 < limit, source[cursor] == UInt8(ascii: "\\"),
            source[cursor + 1] == literal[0], SourceAligner.isASCIIPunctuation(literal[0])
        else { return nil }
        if let reported, reported > cursor { return nil }
        return cursor
    }

    /// The offset where the line holding `offset` starts.
    private func lineStart(of offset: Int) -> Int {
        var index = min(offset, source.count)
        while index > 0, source[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// A pending line break becomes one space standing for the source between the two lines.
    ///
    /// The test for a pending break is inlined at each caller: most pieces of text have none
    /// (about 300,000 of 328,000 on the real corpus), and the call only to find that cost about
    /// eighteen instructions.
    @inline(__always)
    private mutating func flushBreak(before next: Int) {
        guard let start = pendingBreak else { return }
        flushBreak(from: start, before: next)
    }

    /// `flushBreak(before:)` of the break pending from `start`.
    @inline(never)
    private mutating func flushBreak(from start: Int, before next: Int) {
        pendingBreak = nil
        guard let last = map.lastByte, !SentenceSegmenter.isSpace(last) else { return }
        map.append(0x20, sourceRange: min(start, next)..<max(start, next))
    }

    // MARK: - HTML, footnotes

    private mutating func html(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) {
        guard let start = locate(literal, reported: reported)?.start else { return }
        let end = start + literal.count
        cursor = end
        let tag = String(decoding: literal, as: UTF8.self).lowercased()
        if tag.hasPrefix("<!--") {
            directives += DirectiveParser.comments(in: source, range: start..<end)
        } else if tag.hasPrefix("<sup") {
            superscript = (start, [])
        } else if tag.hasPrefix("</sup"), let open = superscript {
            superscript = nil
            let label = ArticleDraft.collapsed(String(decoding: open.label, as: UTF8.self))
            if !label.isEmpty {
                markers.append(
                    FoundMarker(label: label, style: .superscript, textOffset: map.utf8Count, source: open.start..<end))
            }
        } else if tag.hasPrefix("<br") {
            if pendingBreak == nil { pendingBreak = start }
        }
    }

    private mutating func footnoteReference(reported: Int?) {
        var start: Int?
        if let reported, reported >= cursor, reported + 1 < limit, source[reported] == UInt8(ascii: "["),
            source[reported + 1] == UInt8(ascii: "^")
        {
            start = reported
        } else {
            start = ByteSearch.find(Array("[^".utf8), in: source, from: cursor, to: limit)
        }
        guard let start, let close = source[(start + 2)..<limit].firstIndex(of: UInt8(ascii: "]")) else { return }
        let label = String(decoding: source[(start + 2)..<close], as: UTF8.self)
        markers.append(
            FoundMarker(label: label, style: .footnote, textOffset: map.utf8Count, source: start..<(close + 1)))
        cursor = close + 1
    }

    // MARK: - cmark helpers

    static func literal(_ node: OpaquePointer) -> [UInt8] {
        guard let pointer = cmark_node_get_literal(node) else { return [] }
        return CStringBytes.bytes(pointer)
    }

    /// Calls `body` with the node's `literal(_:)`, read in place in cmark's node: most text
    /// nodes are a few words, and copying each into an array of its own cost more than reading it.
    ///
    /// The bytes are not validated again: the source is valid UTF-8 without NUL (`ArticleLoader`
    /// rejects anything else before parsing), and cmark cuts text nodes only at ASCII bytes
    /// (markup, spaces, line ends) and decodes entities and escapes to valid UTF-8, so its
    /// literals are valid too (debug builds check it).
    static func withLiteral(_ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(literalInPlace(node) ?? UnsafeBufferPointer(start: nil, count: 0))
    }

    /// The node's literal as `withLiteral` reads it, nil when the node has none: the bytes stay
    /// valid as long as cmark's tree.
    ///
    /// Read in cmark's node itself (`copydesk_node_literal`): `cmark_node_get_literal` copied
    /// every text node's literal into a string of its own, to be measured with `strlen`.
    static func literalInPlace(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8>? {
        var length = 0
        guard let pointer = copydesk_node_literal(node, &length) else { return nil }
        let bytes = UnsafeBufferPointer(start: pointer, count: length)
        assert(UTF8Validation.isValidWithoutNUL(UnsafeRawBufferPointer(bytes)), "cmark gave invalid UTF-8")
        return bytes
    }

    static func start(_ node: OpaquePointer, _ lines: CmarkLines) -> Int? {
        start(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)), lines)
    }

    /// `start(_:_:)` of a node whose start line and column are these.
    static func start(line: Int, column: Int, _ lines: CmarkLines) -> Int? {
        guard line > 0, column > 0, line <= lines.lineCount else { return nil }
        let offset = lines.offset(line: line, byteColumn: column)
        // A column past the end of its line (cmark's container offsets on lazy lines) is no position.
        let nextLine = line < lines.lineCount ? lines.lineStarts[line] : lines.byteCount + 1
        return offset < nextLine ? offset : nil
    }
}
