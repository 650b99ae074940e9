import CopydeskCore

/// Walks forward through HTML source in document order, stepping over markup, to find where
/// each decoded text node, comment and tag stands.
struct HTMLSourceCursor {
    let source: [UInt8]
    /// Everything before this offset has been accounted for.
    var offset = 0

    private var aligner: SourceAligner { SourceAligner(source: source, escapes: false, looseEntities: true) }

    /// Locates decoded text at or after the cursor, outside markup, and moves past it.
    mutating func locate(_ literal: [UInt8]) -> (start: Int, pieces: [SourceAligner.Piece])? {
        guard let first = literal.first else { return nil }
        var position = offset
        let count = source.count
        while position < count {
            let byte = source[position]
            if byte == UInt8(ascii: "<"), let end = markupEnd(at: position) {
                position = end
                continue
            }
            if byte == first || byte == UInt8(ascii: "&") || byte == 0x0D,
                let pieces = aligner.align(literal, at: position, limit: count)
            {
                offset = pieces.last?.source.upperBound ?? position
                return (position, pieces)
            }
            position += 1
        }
        return nil
    }

    /// Locates the comment `<!--body-->` at or after the cursor and moves past it.
    mutating func locateComment() -> Range<Int>? {
        guard let start = ByteSearch.find(Array("<!--".utf8), in: source, from: offset, to: source.count) else {
            return nil
        }
        let end =
            ByteSearch.find(Array("-->".utf8), in: source, from: start + 4, to: source.count).map { $0 + 3 }
            ?? source.count
        offset = end
        return start..<end
    }

    /// The range of the next tag named `name` if only whitespace and markup stand before it; moves past it.
    mutating func locateTag(_ name: String) -> Range<Int>? {
        var position = offset
        while position < source.count {
            if SentenceSegmenter.isSpace(source[position]) {
                position += 1
                continue
            }
            guard source[position] == UInt8(ascii: "<"), let end = markupEnd(at: position) else { return nil }
            if isTag(name, at: position), source[position + 1] != UInt8(ascii: "/") {
                offset = end
                return position..<end
            }
            position = end
        }
        return nil
    }

    /// The start of the last `<name` tag in `range` (case-insensitive).
    func lastStartTag(_ name: String, in range: Range<Int>) -> Int? {
        var found: Int?
        var position = range.lowerBound
        while position < range.upperBound {
            if source[position] == UInt8(ascii: "<"), source.count > position + 1,
                source[position + 1] != UInt8(ascii: "/"),
                isTag(name, at: position)
            {
                found = position
            }
            position += 1
        }
        return found
    }

    /// The end of the closing tag `</name>` after `start`, when only whitespace and other
    /// closing or inline tags stand between.
    func endTag(_ name: String, after start: Int) -> Int? {
        var position = start
        let limit = min(source.count, start + 2_048)
        while position < limit {
            if SentenceSegmenter.isSpace(source[position]) {
                position += 1
                continue
            }
            guard source[position] == UInt8(ascii: "<"), let end = markupEnd(at: position) else { return nil }
            if source[position + 1] == UInt8(ascii: "/") {
                if isTag(name, at: position) { return end }
            } else if let tag = tagName(at: position), !HTMLWalker.inlineElements.contains(tag) {
                return nil
            }
            position = end
        }
        return nil
    }

    /// Whether `tagName(at: position) == name`, without making the name: the tag's letters and
    /// digits, lowered, are `name`'s bytes (a name with anything else matches no tag either way).
    func isTag(_ name: String, at position: Int) -> Bool {
        var index = position + 1
        if index < source.count, source[index] == UInt8(ascii: "/") { index += 1 }
        let start = index
        while index < source.count, SourceAligner.isAlphanumeric(source[index]) { index += 1 }
        guard index > start else { return false }
        return source[start..<index].elementsEqual(name.utf8) {
            ASCII.lowercased($0) == $1
        }
    }

    /// The lowercased name of the tag starting at `position` (`<p …>` or `</p>`).
    func tagName(at position: Int) -> String? {
        var index = position + 1
        if index < source.count, source[index] == UInt8(ascii: "/") { index += 1 }
        let start = index
        while index < source.count, SourceAligner.isAlphanumeric(source[index]) { index += 1 }
        guard index > start else { return nil }
        return String(decoding: source[start..<index], as: UTF8.self).lowercased()
    }

    /// The end of the markup (tag, comment, doctype, processing instruction) at `position`,
    /// or nil when the `<` there is plain text.
    func markupEnd(at position: Int) -> Int? {
        let count = source.count
        guard position + 1 < count else { return nil }
        let next = source[position + 1]
        if next == UInt8(ascii: "!") {
            if position + 3 < count, source[position + 2] == UInt8(ascii: "-"),
                source[position + 3] == UInt8(ascii: "-")
            {
                return ByteSearch.find(Array("-->".utf8), in: source, from: position + 4, to: count).map { $0 + 3 }
                    ?? count
            }
            return (source[position...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }) ?? count
        }
        let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next | 0x20)
        guard isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "?") else { return nil }
        var index = position + 1
        var quote: UInt8?
        var afterEquals = false
        while index < count {
            let byte = source[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if afterEquals, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            if quote == nil, !SentenceSegmenter.isSpace(byte) { afterEquals = byte == UInt8(ascii: "=") }
            index += 1
        }
        return count
    }
}
