import CCmarkGFM
import CmarkArena

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stepping over Markdown markup that is not text, so the next search starts after it.
extension InlineBuilder {
    /// Skips the next code span (`` `code` `` or ``` ``a ` b`` ```): a run of backticks to the next run of the same length.
    mutating func skipCodeSpan() {
        let end = source.withUnsafeBufferPointer { Self.codeSpanEnd(in: $0, from: cursor, limit: limit) }
        if let end { cursor = end }
    }

    /// Where the next code span from `from` ends (past its closing run), before `limit`; nil
    /// when there is none. The closing run is looked for with `memchr`, from backtick to
    /// backtick: the bytes of a span's code were stepped over one by one
    /// (`codeSpanEndSlowly`, which the tests compare).
    static func codeSpanEnd(in source: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        guard let base = source.baseAddress, limit <= source.count else {
            return codeSpanEndSlowly(in: source, from: from, limit: limit)
        }
        guard let index = openingBacktick(in: source, from: from, limit: limit) else { return nil }
        let openLength = backtickRun(in: source, at: index, limit: limit)
        var probe = index + openLength
        while probe < limit {
            guard let found = memchr(base + probe, Int32(UInt8(ascii: "`")), limit - probe) else { return nil }
            let at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            let length = backtickRun(in: source, at: at, limit: limit)
            if length == openLength { return at + length }
            probe = at + length
        }
        return nil
    }

    /// `codeSpanEnd` byte by byte, as `skipCodeSpan` read it.
    static func codeSpanEndSlowly(in source: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        guard let index = openingBacktick(in: source, from: from, limit: limit) else { return nil }
        let openLength = backtickRun(in: source, at: index, limit: limit)
        var probe = index + openLength
        while probe < limit {
            if source[probe] == UInt8(ascii: "`") {
                let length = backtickRun(in: source, at: probe, limit: limit)
                if length == openLength { return probe + length }
                probe += length
            } else {
                probe += 1
            }
        }
        return nil
    }

    /// The first backtick from `from` before `limit` that no backslash escapes, or nil.
    private static func openingBacktick(in source: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        var index = from
        while index < limit {
            if source[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if source[index] == UInt8(ascii: "`") { return index }
            index += 1
        }
        return nil
    }

    private static func backtickRun(in source: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        var end = index
        while end < limit, source[end] == UInt8(ascii: "`") { end += 1 }
        return end - index
    }

    /// Where a link's markup opens: the `[` or `<` at the cursor, past emphasis delimiters and spaces.
    func linkOpening() -> Int? {
        var index = cursor
        while index < limit,
            [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), 0x20, 0x0A, 0x0D].contains(source[index])
        {
            index += 1
        }
        guard index < limit, source[index] == UInt8(ascii: "[") || source[index] == UInt8(ascii: "<") else {
            return nil
        }
        return index
    }

    /// For a link whose only text is a number list (`1`, `1,2`, `3–5`) written right inside `[` `]`:
    /// the offsets of those brackets.
    func numberedLinkBrackets(_ node: OpaquePointer, opening: Int) -> (open: Int, close: Int)? {
        // A number list starts with a digit (`NumberedMarkers.marker` asks for one first): most
        // links are ruled out before their text is read.
        guard startsNumberList(at: opening), let child = cmark_node_first_child(node),
            cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT
        else { return nil }
        return numberedLinkBrackets(text: Self.literal(child), opening: opening)
    }

    /// Whether a number list may stand inside the `[` at `opening`.
    private func startsNumberList(at opening: Int) -> Bool {
        source[opening] == UInt8(ascii: "[") && opening + 1 < limit
            && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(source[opening + 1])
    }

    /// `numberedLinkBrackets(_:opening:)` of a link whose text is `literal`.
    func numberedLinkBrackets(text literal: [UInt8], opening: Int) -> (open: Int, close: Int)? {
        guard startsNumberList(at: opening) else { return nil }
        let close = opening + 1 + literal.count
        guard close < limit, source[close] == UInt8(ascii: "]"), source[(opening + 1)..<close].elementsEqual(literal),
            NumberedMarkers.marker(in: Array(source[opening...close]), at: 0, allowFootnote: false) != nil
        else { return nil }
        return (opening, close)
    }

    /// Steps over the end of a link or image: `](url "title")`, `][ref]`, `]`, or the `>` of `<url>`.
    mutating func skipLinkTail() {
        var index = cursor
        while index < limit, [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~")].contains(source[index]) {
            index += 1
        }
        guard index < limit else { return }
        if source[index] == UInt8(ascii: ">") {
            cursor = index + 1
            return
        }
        guard source[index] == UInt8(ascii: "]") else { return }
        index += 1
        cursor = index
        guard index < limit else { return }
        if source[index] == UInt8(ascii: "(") {
            if let end = closingParenthesis(from: index) { cursor = end }
        } else if source[index] == UInt8(ascii: "[") {
            if let close = source[index..<limit].firstIndex(of: UInt8(ascii: "]")) { cursor = close + 1 }
        }
    }

    /// The offset after the `)` that closes the destination starting at `open`, skipping `<…>`, quoted titles and escapes.
    private func closingParenthesis(from open: Int) -> Int? {
        source.withUnsafeBufferPointer { Self.closingParenthesis(in: $0, from: open, limit: limit) }
    }

    /// `closingParenthesis(from:)` in `source`, searching up to `limit` (at most its count).
    static func closingParenthesis(in source: UnsafeBufferPointer<UInt8>, from open: Int, limit: Int) -> Int? {
        // A destination is a URL long: read it through a buffer pointer (no bounds check per byte).
        var depth = 0
        var index = open
        var quote: UInt8?
        var angle = false
        while index < limit {
            if quote == nil, !angle {
                // Outside quotes and `<…>`, only `\` `(` `)` `<` `"` `'` change anything: the bytes
                // before the first of them are stepped over at once (sixteen at a time, in C).
                index += copydesk_destination_markup(source.baseAddress! + index, limit - index)
                guard index < limit else { break }
            }
            let byte = source[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if angle {
                if byte == UInt8(ascii: ">") { angle = false }
            } else {
                switch byte {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case UInt8(ascii: "<") where source[index - 1] == UInt8(ascii: "(") || source[index - 1] == 0x20:
                    angle = true
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if source[index - 1] == 0x20 || source[index - 1] == 0x0A { quote = byte }
                default: break
                }
            }
            index += 1
        }
        return nil
    }
}
