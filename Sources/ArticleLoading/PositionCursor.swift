import CmarkArena
import CopydeskCore

/// `LineIndex.position(ofOffset:)` and `range(from:to:)` for offsets asked mostly in increasing
/// order (a block, then its sentences): the answers are those of `LineIndex`.
///
/// The cursor keeps the line of its last answer and the stretch of it known to be ASCII from
/// its start (scanned when the line is entered, `copydesk_ascii_end`; the whole line from the
/// file's ASCII tail on): an offset in that stretch (most offsets asked: the line's sentences,
/// its end) has its column as a difference of offsets, two comparisons and no change to the
/// cursor. Anything else goes out of line (`position(outOfLine:)`): an offset further on the
/// same line past a non-ASCII byte has its column counted on from the last such answer; one a
/// few lines further on has its line found by stepping through the next line starts instead of
/// searching them all.
struct PositionCursor {
    let lines: LineIndex
    let source: [UInt8]
    /// `lines.lineStarts`, held once.
    private let lineStarts: [Int]
    /// `lines.asciiFrom`: from there on a count of scalars is a difference of offsets.
    private let asciiFrom: Int
    /// `lines.bomLength`: the first line's columns start after it.
    private let bomLength: Int

    /// The offsets answered inline: `fastStart..<fastEnd`, on line `line` (1-based), whose
    /// column is `columnBase + offset`. Empty (`fastStart` past `fastEnd`) until a line is known.
    private var fastStart = Int.max
    private var fastEnd = 0
    private var columnBase = 0
    /// The line of the last answer, 1-based (0 when there is none), where its columns start
    /// (after the BOM on the first line), and where it ends (the next line's start, or the end
    /// of the source, which is always left to `LineIndex`).
    private var line = 0
    private var lineStart = 0
    private var lineEnd = 0
    /// The bytes from `lineStart` up to here are ASCII; `asciiScanned` when the byte here is
    /// not (or it is `lineEnd`), else the stretch may go on.
    private var asciiEnd = 0
    private var asciiScanned = false
    /// The last answer past `asciiEnd` on the line (its offset and column), to count on from.
    private var offset = 0
    private var column = 0

    /// Lines stepped through before a forward offset is left to `LineIndex`'s search.
    private static let lineSteps = 8
    /// The longest stretch of a line whose scalars are counted, past which `LineIndex` counts
    /// them from its checkpoints (as `LineIndex` itself does past two strides).
    private static let countLimit = 2_048
    /// The most bytes of a line's ASCII stretch scanned at a time (a line of megabytes is not
    /// scanned through each time it is entered again).
    private static let scanAhead = 4_096

    init(lines: LineIndex, source: [UInt8]) {
        self.lines = lines
        self.source = source
        lineStarts = lines.lineStarts
        asciiFrom = lines.asciiFrom
        bomLength = lines.bomLength
    }

    /// (Not inlined at the caller: inlined, the fast answers bloated `ArticleDraft.assembled`.)
    @inline(never)
    mutating func position(ofOffset rawOffset: Int) -> SourcePosition {
        answer(rawOffset)
    }

    @inline(__always)
    private mutating func answer(_ rawOffset: Int) -> SourcePosition {
        if rawOffset >= fastStart, rawOffset < fastEnd {
            return SourcePosition(line: line, column: columnBase &+ rawOffset, offset: rawOffset)
        }
        return position(outOfLine: rawOffset)
    }

    @inline(never)
    private mutating func position(outOfLine rawOffset: Int) -> SourcePosition {
        let target = max(0, min(rawOffset, source.count))
        if line > 0, target >= lineStart, target < lineEnd {
            if let column = column(onLineAt: target) {
                return SourcePosition(line: line, column: column, offset: target)
            }
            return lines.position(ofOffset: target)
        }
        // The end of the source, and the BOM, always go to `LineIndex`, which answers them its own way.
        guard target < source.count, target >= bomLength else { return lines.position(ofOffset: target) }
        // (Wrapping arithmetic: every offset and count here is below the source's size, which
        // fits 32 bits, and the overflow checks cost a tenth of the call.)
        let index = lineIndex(of: target)
        let start = index == 0 ? bomLength : lineStarts[index]
        line = index &+ 1
        lineStart = start
        lineEnd = index &+ 1 < lineStarts.count ? min(lineStarts[index &+ 1], source.count) : source.count
        columnBase = 1 &- start
        fastStart = start
        if start >= asciiFrom {
            asciiEnd = lineEnd
            asciiScanned = true
        } else if target &- start <= Self.countLimit {
            // The line's ASCII stretch, scanned at once: most lines are asked again further on.
            asciiEnd = start
            asciiScanned = false
            scanOn()
        } else {
            asciiEnd = start
            asciiScanned = false
        }
        fastEnd = min(asciiEnd &+ 1, lineEnd)
        offset = asciiEnd
        column = 1 &+ asciiEnd &- start
        if target <= asciiEnd { return SourcePosition(line: line, column: columnBase &+ target, offset: target) }
        let column: Int
        if target &- asciiEnd <= Self.countLimit {
            column = self.column &+ Self.scalarCount(source, from: asciiEnd, to: target)
        } else {
            column = lines.position(ofOffset: target).column
        }
        offset = target
        self.column = column
        return SourcePosition(line: line, column: column, offset: target)
    }

    /// Scans the line's ASCII stretch on from `asciiEnd`, `scanAhead` bytes at most.
    @inline(__always)
    private mutating func scanOn() {
        if asciiEnd >= asciiFrom {
            // The stretch reaches the ASCII tail: all the line.
            asciiEnd = lineEnd
            asciiScanned = true
            return
        }
        let limit = min(lineEnd, asciiFrom, asciiEnd + Self.scanAhead)
        let end = source.withUnsafeBufferPointer { Int(copydesk_ascii_end($0.baseAddress, asciiEnd, limit)) }
        if end == asciiFrom {
            asciiEnd = lineEnd
            asciiScanned = true
        } else {
            asciiEnd = end
            asciiScanned = end < limit || end == lineEnd
        }
    }

    /// The column of `target`, on the cursor's line past the stretch answered inline; nil when
    /// `LineIndex` is to count it.
    private mutating func column(onLineAt target: Int) -> Int? {
        // (An offset clamped into the stretch.)
        if target < fastEnd { return columnBase + target }
        if !asciiScanned {
            scanOn()
            fastEnd = min(asciiEnd + 1, lineEnd)
            if offset < asciiEnd {
                offset = asciiEnd
                column = 1 + asciiEnd - lineStart
            }
            if target < fastEnd { return columnBase + target }
        }
        if target >= offset {
            column += Self.scalars(source, from: offset, to: target, asciiFrom: asciiFrom)
            offset = target
            return column
        }
        if target - asciiEnd <= Self.countLimit {
            return 1 + asciiEnd - lineStart + Self.scalars(source, from: asciiEnd, to: target, asciiFrom: asciiFrom)
        }
        return nil
    }

    /// The 0-based line holding `target` (not before the BOM's end, before the end of the
    /// source): stepped on to from the cursor's line when it is a few lines further on, else
    /// `LineIndex`'s search. (Inlined: a call was handed a copy of the whole cursor.)
    @inline(__always)
    private func lineIndex(of target: Int) -> Int {
        if line > 0, target >= lineStart {
            let current = line &- 1
            var index = current
            let last = min(lineStarts.count &- 1, current &+ Self.lineSteps)
            while index < last, lineStarts[index &+ 1] <= target { index &+= 1 }
            if index == lineStarts.count &- 1 || lineStarts[index &+ 1] > target { return index }
        }
        return LineIndex.lineIndex(of: target, in: lineStarts)
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

    @inline(__always)
    mutating func range(_ bytes: Range<Int>) -> SourceRange {
        range(from: bytes.lowerBound, to: bytes.upperBound)
    }

    @inline(never)
    mutating func range(from start: Int, to end: Int) -> SourceRange {
        let startPosition = answer(start)
        let endPosition = answer(max(start, end))
        return SourceRange(start: startPosition, end: endPosition)
    }
}
