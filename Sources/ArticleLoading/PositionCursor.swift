import CmarkArena
import CopydeskCore

/// `LineIndex.position(ofOffset:)` and `range(from:to:)` for offsets asked mostly in increasing
/// order (a block, then its sentences): an offset on the line of the last answer, at or after it,
/// has its column counted on from that answer instead of from the start of the line, and one a
/// few lines further on has its line found by stepping through the next line starts instead of
/// searching them all. The answers are those of `LineIndex`.
struct PositionCursor {
    let lines: LineIndex
    let source: [UInt8]
    /// `lines.lineStarts`, held once.
    private let lineStarts: [Int]
    /// The last answer that later offsets may count on from; line 0-based, nil when there is none.
    private var line: Int?
    /// Where the next line starts (past the end of the source for the last line).
    private var lineEnd = 0
    private var offset = 0
    private var column = 0
    /// `lines.asciiFrom`: from there on a count of scalars is a difference of offsets.
    private let asciiFrom: Int

    /// Lines stepped through before a forward offset is left to `LineIndex`'s search.
    private static let lineSteps = 8

    init(lines: LineIndex, source: [UInt8]) {
        self.lines = lines
        self.source = source
        lineStarts = lines.lineStarts
        asciiFrom = lines.asciiFrom
    }

    mutating func position(ofOffset rawOffset: Int) -> SourcePosition {
        let target = max(0, min(rawOffset, source.count))
        // The end of the source always goes to `LineIndex`, which answers it its own way.
        if let line, target >= offset, target < source.count {
            if target < lineEnd {
                let column = self.column + Self.scalars(source, from: offset, to: target, asciiFrom: asciiFrom)
                offset = target
                self.column = column
                return SourcePosition(line: line + 1, column: column, offset: target)
            }
            // A later line, no BOM before it: the first of the next few whose successor starts
            // after the target holds it, and its column is counted from its start as
            // `LineIndex` counts it (which takes a shortcut only on lines over 2 KB).
            var index = line + 1
            let last = min(lineStarts.count - 1, line + Self.lineSteps)
            while index < last, lineStarts[index + 1] <= target { index += 1 }
            let start = lineStarts[index]
            if index == lineStarts.count - 1 || lineStarts[index + 1] > target, target - start <= 2_048 {
                let column = 1 + Self.scalars(source, from: start, to: target, asciiFrom: asciiFrom)
                self.line = index
                lineEnd = index + 1 < lineStarts.count ? lineStarts[index + 1] : source.count + 1
                offset = target
                self.column = column
                return SourcePosition(line: index + 1, column: column, offset: target)
            }
        }
        let position = lines.position(ofOffset: target)
        let index = position.line - 1
        if target < source.count, index > 0 || target >= lines.bomLength {
            line = index
            lineEnd = index + 1 < lines.lineCount ? lineStarts[index + 1] : source.count + 1
            offset = target
            column = position.column
        } else {
            line = nil
        }
        return position
    }

    /// The scalars of `source` between two offsets: their difference from `asciiFrom` on
    /// (static, as `scalarCount`).
    @inline(__always)
    private static func scalars(_ source: [UInt8], from start: Int, to end: Int, asciiFrom: Int) -> Int {
        start >= asciiFrom ? end - start : scalarCount(source, from: start, to: end)
    }

    /// `LineIndex.scalarCount(source, from: start, to: end)`, sixteen bytes at a time
    /// (`copydesk_scalar_count`; the bytes stepped over are about 47 a call, a gap between two
    /// sentences or a sentence, and the eight-byte steps and the bytes after them cost twice).
    /// (Static, on the bytes: a method was handed a copy of the whole cursor.)
    static func scalarCount(_ source: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return source.withUnsafeBufferPointer { Int(copydesk_scalar_count($0.baseAddress, start, end)) }
    }

    mutating func range(_ bytes: Range<Int>) -> SourceRange {
        range(from: bytes.lowerBound, to: bytes.upperBound)
    }

    mutating func range(from start: Int, to end: Int) -> SourceRange {
        let startPosition = position(ofOffset: start)
        let endPosition = position(ofOffset: max(start, end))
        return SourceRange(start: startPosition, end: endPosition)
    }
}
