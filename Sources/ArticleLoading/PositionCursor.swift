import CopydeskCore

/// `LineIndex.position(ofOffset:)` and `range(from:to:)` for offsets asked mostly in increasing
/// order (a block, then its sentences): an offset on the line of the last answer, at or after it,
/// has its column counted on from that answer instead of from the start of the line. The
/// answers are those of `LineIndex`.
struct PositionCursor {
    let lines: LineIndex
    let source: [UInt8]
    private let bomLength: Int
    /// The last answer that later offsets may count on from; line 0-based, nil when there is none.
    private var line: Int?
    /// Where the next line starts (past the end of the source for the last line).
    private var lineEnd = 0
    private var offset = 0
    private var column = 0

    init(lines: LineIndex, source: [UInt8]) {
        self.lines = lines
        self.source = source
        bomLength = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    mutating func position(ofOffset rawOffset: Int) -> SourcePosition {
        let target = max(0, min(rawOffset, source.count))
        // The end of the source always goes to `LineIndex`, which answers it its own way.
        if let line, target >= offset, target < lineEnd, target < source.count {
            let column = self.column + Self.scalarCount(source, from: offset, to: target)
            offset = target
            self.column = column
            return SourcePosition(line: line + 1, column: column, offset: target)
        }
        let position = lines.position(ofOffset: target)
        let index = position.line - 1
        if target < source.count, index > 0 || target >= bomLength {
            line = index
            lineEnd = index + 1 < lines.lineCount ? lines.lineStarts[index + 1] : source.count + 1
            offset = target
            column = position.column
        } else {
            line = nil
        }
        return position
    }

    /// Unicode scalars (bytes that are no UTF-8 continuation byte) in `bytes[start..<end]`,
    /// counted eight bytes at a time.
    static func scalarCount(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let ones: UInt64 = 0x0101_0101_0101_0101
            var count = 0
            var index = start
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                let continuation = (word >> 7) & ~(word >> 6) & ones
                count += 8 - continuation.nonzeroBitCount
                index += 8
            }
            while index < end {
                if raw[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    mutating func range(from start: Int, to end: Int) -> SourceRange {
        let startPosition = position(ofOffset: start)
        let endPosition = position(ofOffset: max(start, end))
        return SourceRange(start: startPosition, end: endPosition)
    }
}
