import CmarkArena
import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines up decoded text (a Markdown text node's literal, an HTML text node's content) with
/// the source bytes it came from, so every piece of text maps to its exact source span.
///
/// Verbatim bytes map one to one; a backslash escape (`\*`) maps one character to two source
/// bytes; an entity (`&amp;`, `&#233;`, `&eacute;`) maps the one character it decodes to onto
/// the whole entity.
struct SourceAligner {
    let source: [UInt8]

    struct Piece {
        var text: Range<Int>
        var source: Range<Int>
    }

    /// Whether the aligner accepts backslash escapes (Markdown) or not (HTML).
    var escapes: Bool
    /// Whether entities without a final `;` count (HTML: `&copy 2024`, `&#233`).
    var looseEntities = false

    /// Pieces that spell `literal` starting exactly at `start`, without passing `limit`; nil if the source differs.
    ///
    /// An `&` that could start an entity is first read as one (standing for one decoded
    /// character); if the rest then fails to line up, it is read as a plain `&` instead.
    func align(_ literal: [UInt8], at start: Int, limit: Int, partial: Bool = false) -> [Piece]? {
        literal.withUnsafeBufferPointer { align($0, at: start, limit: limit, partial: partial) }
    }

    /// `align` of a literal read in place (a cmark text node's, not copied into an array).
    func align(_ literal: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int, partial: Bool = false) -> [Piece]? {
        if let whole = verbatim(literal, at: start, limit: limit) { return whole }
        var pieces: [Piece] = []
        var text = 0
        var position = start
        // Entity readings to undo if the rest does not line up: where to resume verbatim.
        var choices: [(text: Int, position: Int, pieces: Int)] = []
        var forceVerbatim = false
        func append(_ textRange: Range<Int>, _ sourceRange: Range<Int>) {
            if textRange.count == sourceRange.count, let last = pieces.last, last.text.count == last.source.count,
                last.text.upperBound == textRange.lowerBound, last.source.upperBound == sourceRange.lowerBound
            {
                pieces[pieces.count - 1] = Piece(
                    text: last.text.lowerBound..<textRange.upperBound,
                    source: last.source.lowerBound..<sourceRange.upperBound)
            } else {
                // Room for four on the first: such a literal (an escape or an entity in it)
                // has a few pieces, and growing from one to four cost two more allocations.
                if pieces.capacity == 0 { pieces.reserveCapacity(4) }
                pieces.append(Piece(text: textRange, source: sourceRange))
            }
        }
        while text < literal.count {
            let verbatimOnly = forceVerbatim
            forceVerbatim = false
            if position < limit {
                let byte = source[position]
                let wanted = literal[text]
                if byte == wanted, byte != UInt8(ascii: "&"), !escapes || byte != UInt8(ascii: "\\") {
                    // A run of plain bytes (no escape, no entity can start there) lines up one to one.
                    let end = verbatimRun(literal, text: text, position: position, limit: limit)
                    append(text..<(text + end - position), position..<end)
                    text += end - position
                    position = end
                    continue
                }
                if !verbatimOnly, escapes, byte == UInt8(ascii: "\\"), position + 1 < limit,
                    source[position + 1] == wanted,
                    Self.isASCIIPunctuation(wanted)
                {
                    append(text..<(text + 1), position..<(position + 2))
                    text += 1
                    position += 2
                    continue
                }
                if !verbatimOnly, byte == UInt8(ascii: "&"), let entityEnd = entityEnd(at: position, limit: limit) {
                    choices.append((text, position, pieces.count))
                    let length = Self.scalarLength(literal, at: text)
                    append(text..<(text + length), position..<entityEnd)
                    text += length
                    position = entityEnd
                    continue
                }
                if byte == 0x0D, wanted == 0x0A {
                    // CRLF (or a lone CR) read as one line feed.
                    let length = position + 1 < limit && source[position + 1] == 0x0A ? 2 : 1
                    append(text..<(text + 1), position..<(position + length))
                    text += 1
                    position += length
                    continue
                }
                if !verbatimOnly, looseEntities, byte == UInt8(ascii: "&"),
                    let entityEnd = HTMLEntities.looseEntityEnd(
                        in: source, at: position, limit: limit, decodingTo: Array(literal), at: text)
                {
                    let length = Self.scalarLength(literal, at: text)
                    append(text..<(text + length), position..<entityEnd)
                    text += length
                    position = entityEnd
                    continue
                }
                if byte == wanted {
                    append(text..<(text + 1), position..<(position + 1))
                    text += 1
                    position += 1
                    continue
                }
            }
            guard let choice = choices.popLast() else {
                // In partial mode, the longest prefix that lines up (at least one byte).
                return partial && text > 0 ? pieces : nil
            }
            text = choice.text
            position = choice.position
            pieces.removeSubrange(choice.pieces...)
            forceVerbatim = true
        }
        return pieces
    }

    /// The one piece of a literal that is the source bytes at `start` (most text nodes), found
    /// with `memcmp` and `memchr`: without `&` and, with escapes, `\\`, the byte-by-byte
    /// alignment reads such a literal as one verbatim run. Nil when that is not the case.
    private func verbatim(_ literal: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> [Piece]? {
        let count = literal.count
        guard count > 0, start >= 0, start + count <= limit, limit <= source.count else { return nil }
        let same = source.withUnsafeBufferPointer { source in
            memcmp(source.baseAddress! + start, literal.baseAddress!, count) == 0
                && memchr(literal.baseAddress!, Int32(UInt8(ascii: "&")), count) == nil
                && (!escapes || memchr(literal.baseAddress!, Int32(UInt8(ascii: "\\")), count) == nil)
        }
        return same ? [Piece(text: 0..<count, source: start..<(start + count))] : nil
    }

    /// Where `locate(literal, from:limit:)` finds a plain literal (`isPlain`) as one piece of
    /// the same bytes, found without making arrays; nil when it is not so or it cannot tell.
    ///
    /// `locate` tries first the first byte from `from` on that is the literal's first, an `&`
    /// or (with escapes) a backslash: the literal aligns there when it is the bytes there
    /// (checked here), and then that is `locate`'s answer; otherwise nil.
    ///
    /// Done in C (`copydesk_locate_verbatim`, the same steps): most text nodes are placed here,
    /// and the Swift loops cost twice as much (two `memchr` and a bounds check a byte).
    func locateVerbatim(_ literal: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        guard let base = literal.baseAddress, !literal.isEmpty, from >= 0, limit >= 0 else { return nil }
        let found = source.withUnsafeBufferPointer {
            copydesk_locate_verbatim($0.baseAddress, $0.count, from, limit, base, literal.count, escapes ? 1 : 0)
        }
        return found >= 0 ? found : nil
    }

    /// `locateVerbatim` as Swift, step by step (the tests compare the two).
    func locateVerbatimSlowly(_ literal: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        guard let first = literal.first, isPlain(literal) else { return nil }
        let backslash = escapes ? UInt8(ascii: "\\") : first
        var position = from
        while position < limit, source[position] != first, source[position] != UInt8(ascii: "&"),
            source[position] != backslash
        {
            position += 1
        }
        return isVerbatim(literal, at: position, limit: limit) ? position : nil
    }

    /// Whether `literal` holds no byte that can stand for something else in the source: no `&`
    /// and, with escapes, no backslash. Such a literal aligns only with the same bytes.
    func isPlain(_ literal: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = literal.baseAddress else { return true }
        return memchr(base, Int32(UInt8(ascii: "&")), literal.count) == nil
            && (!escapes || memchr(base, Int32(UInt8(ascii: "\\")), literal.count) == nil)
    }

    /// Whether the source holds `literal` (not empty) at `start`, before `limit`: for a plain
    /// literal, whether it aligns there, as one piece.
    func isVerbatim(_ literal: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Bool {
        let count = literal.count
        guard count > 0, start >= 0, start + count <= limit, limit <= source.count else { return false }
        return source.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, literal.baseAddress!, count) == 0 }
    }

    /// The end of the run of source bytes from `position` (before `limit`) that equal `literal`
    /// from `text` on, stopping at an `&` and, with escapes, at a backslash: sixteen bytes at a
    /// time in C (`copydesk_verbatim_run`; a text node with an escape or an entity in it was
    /// read byte by byte up to it, and after it).
    func verbatimRun(_ literal: UnsafeBufferPointer<UInt8>, text: Int, position: Int, limit: Int) -> Int {
        let length = min(limit - position, literal.count - text)
        guard length > 0, let base = literal.baseAddress, position >= 0, limit <= source.count else {
            return verbatimRunSlowly(literal, text: text, position: position, limit: limit)
        }
        return source.withUnsafeBufferPointer { source in
            position + copydesk_verbatim_run(source.baseAddress! + position, base + text, length, escapes ? 1 : 0)
        }
    }

    /// `verbatimRun` byte by byte (the tests compare the two).
    func verbatimRunSlowly(_ literal: UnsafeBufferPointer<UInt8>, text: Int, position: Int, limit: Int) -> Int {
        let length = min(limit - position, literal.count - text)
        return source.withUnsafeBufferPointer { source in
            var index = 0
            while index < length {
                let byte = source[position + index]
                guard byte == literal[text + index], byte != UInt8(ascii: "&"), !escapes || byte != UInt8(ascii: "\\")
                else { break }
                index += 1
            }
            return position + index
        }
    }

    /// The first position at or after `from` (before `limit`) where `literal` aligns.
    func locate(_ literal: [UInt8], from: Int, limit: Int) -> (start: Int, pieces: [Piece])? {
        literal.withUnsafeBufferPointer { locate($0, from: from, limit: limit) }
    }

    /// `locate` of a literal read in place.
    func locate(_ literal: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> (start: Int, pieces: [Piece])? {
        guard let first = literal.first else { return nil }
        var position = from
        while position < limit {
            let byte = source[position]
            if byte == first || byte == UInt8(ascii: "&") || (escapes && byte == UInt8(ascii: "\\")),
                let pieces = align(literal, at: position, limit: limit)
            {
                return (position, pieces)
            }
            position += 1
        }
        return nil
    }

    /// Lines up as much of `literal` as possible from `from` on: the longest aligned prefix at
    /// the first place one starts, then the rest the same way. For text a parser changed in ways
    /// the aligner does not know (rare); every piece still maps to source bytes it matches.
    func locatePiecewise(_ literal: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> [Piece] {
        var pieces: [Piece] = []
        var done = 0
        var position = from
        while done < literal.count {
            let rest = UnsafeBufferPointer(rebasing: literal[done...])
            var found: [Piece]?
            var probe = position
            while probe < limit, found == nil {
                found = align(rest, at: probe, limit: limit, partial: true)
                probe += 1
            }
            guard let found, let last = found.last else { break }
            pieces += found.map {
                Piece(text: ($0.text.lowerBound + done)..<($0.text.upperBound + done), source: $0.source)
            }
            done += last.text.upperBound
            position = last.source.upperBound
        }
        return pieces
    }

    /// The end (past `;`) of an entity reference starting at `start`: `&name;`, `&#123;`, `&#x1F4A9;`.
    func entityEnd(at start: Int, limit: Int) -> Int? {
        var index = start + 1
        let maxEnd = min(limit, start + 40)
        if index < maxEnd, source[index] == UInt8(ascii: "#") {
            index += 1
            if index < maxEnd, source[index] == UInt8(ascii: "x") || source[index] == UInt8(ascii: "X") { index += 1 }
        }
        let nameStart = index
        while index < maxEnd, Self.isAlphanumeric(source[index]) { index += 1 }
        guard index > nameStart, index < maxEnd, source[index] == UInt8(ascii: ";") else { return nil }
        return index + 1
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    /// Bytes in the UTF-8 scalar starting at `index`.
    static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(length, bytes.count - index)
    }
}

extension TextMap.Builder {
    /// Appends `literal` through aligned pieces.
    mutating func append(_ literal: [UInt8], pieces: [SourceAligner.Piece]) {
        for piece in pieces { append(literal[piece.text], sourceRange: piece.source) }
    }

    /// Appends a literal read in place through aligned pieces.
    mutating func append(_ literal: UnsafeBufferPointer<UInt8>, pieces: [SourceAligner.Piece]) {
        for piece in pieces { append(UnsafeBufferPointer(rebasing: literal[piece.text]), sourceRange: piece.source) }
    }
}
