import CopydeskCore

/// Builds one HTML block's text: whitespace runs collapse to one space (outside `<pre>`),
/// leading and trailing whitespace is dropped, every piece keeps its source span.
struct HTMLTextBuilder {
    var map = TextMap()
    /// Source span of whitespace waiting to become one space before the next text.
    private var pendingSpace: Range<Int>?
    /// Source start of the first piece of text and end of the last one.
    private(set) var firstSource: Int?
    private(set) var lastSource: Int?

    var isEmpty: Bool { map.utf8Count == 0 }
    var textLength: Int { map.utf8Count }
    /// Where the next text will start: after the space that is still pending.
    var nextTextStart: Int { map.utf8Count + (pendingSpace != nil && !isEmpty ? 1 : 0) }

    /// `<br>` elements since the last text.
    private(set) var breaksSinceText = 0

    /// A `<br>`: a space unless at the start.
    mutating func addBreak(_ range: Range<Int>) {
        breaksSinceText += 1
        addSpace(range)
    }

    /// Whitespace, or a paragraph inside a list item: a space unless at the start.
    mutating func addSpace(_ range: Range<Int>) {
        pendingSpace =
            pendingSpace.map { min($0.lowerBound, range.lowerBound)..<max($0.upperBound, range.upperBound) } ?? range
    }

    mutating func add(_ literal: [UInt8], pieces: [SourceAligner.Piece], preserveWhitespace: Bool) {
        for piece in pieces {
            if preserveWhitespace {
                append(literal[piece.text], source: piece.source)
                continue
            }
            if piece.text.count != piece.source.count {
                // An entity or a CRLF: one decoded unit.
                if literal[piece.text].allSatisfy(SentenceSegmenter.isSpace) {
                    addSpace(piece.source)
                } else {
                    append(literal[piece.text], source: piece.source)
                }
                continue
            }
            var index = piece.text.lowerBound
            while index < piece.text.upperBound {
                let isSpace = SentenceSegmenter.isSpace(literal[index])
                let end =
                    isSpace
                    ? Self.spaceRunEnd(literal, from: index, to: piece.text.upperBound)
                    : Self.wordsEnd(literal, from: index, to: piece.text.upperBound)
                let sourceStart = piece.source.lowerBound + (index - piece.text.lowerBound)
                let sourceRange = sourceStart..<(sourceStart + end - index)
                if isSpace { addSpace(sourceRange) } else { append(literal[index..<end], source: sourceRange) }
                index = end
            }
        }
    }

    /// The end of the whitespace run at `index`.
    private static func spaceRunEnd(_ literal: [UInt8], from index: Int, to limit: Int) -> Int {
        var end = index + 1
        while end < limit, SentenceSegmenter.isSpace(literal[end]) { end += 1 }
        return end
    }

    /// The end of the words from `index` that single spaces (U+0020) separate: appending them
    /// at once gives the text and map that appending each word and each space gives (a one-byte
    /// space becomes a one-byte space, and the pieces merge into one verbatim run).
    static func wordsEnd(_ literal: [UInt8], from index: Int, to limit: Int) -> Int {
        var end = index + 1
        while end < limit {
            if !SentenceSegmenter.isSpace(literal[end]) {
                end += 1
            } else if literal[end] == 0x20, end + 1 < limit, !SentenceSegmenter.isSpace(literal[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Markup that belongs to the block after its last text (a citation `<sup>`).
    mutating func cover(_ end: Int) {
        if let last = lastSource { lastSource = max(last, end) }
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>, source: Range<Int>) {
        breaksSinceText = 0
        if let space = pendingSpace {
            if !isEmpty { map.append(" ", sourceRange: space) }
            pendingSpace = nil
        }
        map.append(String(decoding: bytes, as: UTF8.self), sourceRange: source)
        if firstSource == nil { firstSource = source.lowerBound }
        lastSource = source.upperBound
    }
}
