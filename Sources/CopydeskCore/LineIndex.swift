import Foundation

/// Maps UTF-8 byte offsets of a source file to line and column positions.
///
/// Lines end at `\n`; a `\r` before it belongs to the line break, so CRLF files report the
/// same lines as LF files. Columns count Unicode scalars (UTF-8 lead bytes); a leading BOM
/// counts in offsets but not in columns, so the first character of a file is at column 1.
public struct LineIndex: Sendable {
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    private let bytes: [UInt8]
    /// Bytes of a leading UTF-8 BOM: counted in offsets, not in columns.
    package let bomLength: Int
    /// Unicode scalars before every `checkpointStride`-th byte, so a column on a very long line
    /// (minified HTML, a one-line text) costs at most one stride of counting, not the whole line.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 1_024
    /// Where the file's last stretch of ASCII starts: no byte from here on is 0x80 or above, so
    /// the scalars between two offsets at or after it are their difference (`bytes.count` when
    /// that is not known).
    package let asciiFrom: Int

    public init(_ bytes: [UInt8]) {
        self.init(bytes, asciiFrom: bytes.count)
    }

    /// An index of `bytes` whose bytes from `asciiFrom` on are all ASCII (as the loader's
    /// validation finds it: the end of the last sequence that is not), so columns counted there
    /// need no counting: most of an article lies after its last dash, accent or curly quote.
    public init(_ bytes: [UInt8], asciiFrom: Int) {
        let starts = bytes.withUnsafeBytes { raw in
            raw.baseAddress.map { Self.lineStarts($0, count: raw.count) } ?? [0]
        }
        self.init(bytes, asciiFrom: asciiFrom, lineStarts: starts)
    }

    /// `init(_:asciiFrom:)` of bytes whose line starts were found already: `lineStarts` must be
    /// `LineIndex.lineStarts` of them (the loader finds them thirty-two bytes at a time, in C).
    package init(_ bytes: [UInt8], asciiFrom: Int, lineStarts starts: [Int]) {
        self.bytes = bytes
        self.asciiFrom = max(0, min(asciiFrom, bytes.count))
        var checkpoints: [Int] = []
        // A file of two strides or fewer has none: `position(ofOffset:)` counts a column from a
        // checkpoint only more than two strides after its line's start (and `scalars(before:)`
        // counts from the start without one), so they would never be read; made, they cost an
        // allocation and a pass over every byte of every short article.
        let hasCheckpoints = bytes.count > 2 * Self.checkpointStride
        if hasCheckpoints { checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1) }
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            guard hasCheckpoints, count > 0 else { return }
            // A checkpoint at the start of every stride: the scalars before it.
            var scalars = 0
            var strideStart = 0
            while strideStart < count {
                checkpoints.append(scalars)
                let strideEnd = min(count, strideStart + Self.checkpointStride)
                scalars += strideEnd - strideStart - Self.continuations(raw, from: strideStart, to: strideEnd)
                strideStart = strideEnd
            }
        }
        lineStarts = starts
        scalarCheckpoints = checkpoints
        bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The offsets where lines start in the `count` bytes at `base`: 0, and the offset after
    /// every line feed. One `memchr` a line, which steps over the bytes between far faster than
    /// a loop here (lines are tens of bytes); each start is written in memory of its own, grown
    /// by doubling, and the array made once at the end: appended to an array, each cost a
    /// uniqueness check and a capacity check (a call and some thirty instructions a line).
    static func lineStarts(_ base: UnsafeRawPointer, count: Int) -> [Int] {
        var capacity = count / 40 + 16
        var starts = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        defer { starts.deallocate() }
        starts[0] = 0
        var found = 1
        var next = 0
        while next < count, let lineFeed = memchr(base + next, 0x0A, count - next) {
            next = UnsafeRawPointer(lineFeed) - base + 1
            if found == capacity {
                let grown = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: starts, count: found)
                starts.deallocate()
                starts = grown
                capacity *= 2
            }
            starts[found] = next
            found += 1
        }
        return Array(UnsafeBufferPointer(start: starts, count: found))
    }

    /// UTF-8 continuation bytes (10xxxxxx) in `raw[start..<end]`, a stride at most: counted
    /// per byte lane of each word (a lane takes at most one a word, and a stride is 128 words,
    /// so no lane overflows), four words at a time, and not at all in words that are all ASCII
    /// (most words of most files).
    @inline(__always)
    private static func continuations(_ raw: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func lanes(_ word: UInt64) -> UInt64 { (word >> 7) & ~(word >> 6) & ones }
        var counts: UInt64 = 0
        var index = start
        while index &+ 32 <= end {
            let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
            let third = raw.loadUnaligned(fromByteOffset: index &+ 16, as: UInt64.self)
            let fourth = raw.loadUnaligned(fromByteOffset: index &+ 24, as: UInt64.self)
            if (first | second | third | fourth) & highs != 0 {
                counts &+= lanes(first) &+ lanes(second) &+ lanes(third) &+ lanes(fourth)
            }
            index &+= 32
        }
        while index &+ 8 <= end {
            counts &+= lanes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index &+= 8
        }
        var count = laneSum(counts)
        while index < end {
            if raw[index] & 0xC0 == 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The sum of the eight byte lanes of `lanes`.
    @inline(__always)
    static func laneSum(_ lanes: UInt64) -> Int {
        // Pairs of lanes into 16-bit lanes (each at most 510), then the four of those (at most
        // 2,040) summed into the top 16 bits by one multiplication.
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// Unicode scalars (UTF-8 lead bytes) in `bytes[0..<offset]`.
    private func scalars(before offset: Int) -> Int {
        // The end of a file whose length is a whole number of strides has no checkpoint of its
        // own: it is counted on from the last one.
        let checkpoint = min(offset / Self.checkpointStride, scalarCheckpoints.count - 1)
        guard checkpoint >= 0 else { return Self.scalarCount(bytes, from: 0, to: offset) }
        return scalarCheckpoints[checkpoint]
            + Self.scalarCount(bytes, from: checkpoint * Self.checkpointStride, to: offset)
    }

    /// The scalars between two offsets: their difference from `asciiFrom` on, counted before it.
    @inline(__always)
    private func scalars(from start: Int, to end: Int) -> Int {
        start >= asciiFrom ? end - start : Self.scalarCount(bytes, from: start, to: end)
    }

    /// Unicode scalars (bytes that are no UTF-8 continuation byte) in `bytes[start..<end]`,
    /// counted eight bytes at a time.
    package static func scalarCount(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let ones: UInt64 = 0x0101_0101_0101_0101
            var count = 0
            var index = start
            while index + 8 <= end {
                // Continuation bytes counted per byte lane, at most 255 words before the lanes
                // are summed (a lane takes at most one a word).
                let wordsEnd = min(end, index + 8 * 255)
                var continuations: UInt64 = 0
                var words = 0
                while index + 8 <= wordsEnd {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                    continuations &+= (word >> 7) & ~(word >> 6) & ones
                    words += 1
                    index += 8
                }
                count += 8 * words - laneSum(continuations)
            }
            while index < end {
                if raw[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    public var byteCount: Int { bytes.count }
    public var lineCount: Int { lineStarts.count }

    /// The 0-based line index holding `offset`.
    public func lineIndex(ofOffset offset: Int) -> Int {
        Self.lineIndex(of: offset, in: lineStarts)
    }

    /// The last of `starts` (line starts, ascending, the first 0) at or before `offset`: the
    /// search `lineIndex(ofOffset:)` makes, for a caller that holds the starts without the index
    /// (`PositionCursor`: calling the method handed it a copy of the whole index).
    public static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The position of a byte offset, clamped to the file.
    public func position(ofOffset rawOffset: Int) -> SourcePosition {
        let offset = max(0, min(rawOffset, bytes.count))
        let line = lineIndex(ofOffset: offset)
        let start = line == 0 ? min(bomLength, offset) : lineStarts[line]
        var column = 1
        if start < asciiFrom && offset - start > 2 * Self.checkpointStride {
            column += scalars(before: offset) - scalars(before: start)
        } else {
            column += scalars(from: start, to: offset)
        }
        return SourcePosition(line: line + 1, column: column, offset: offset)
    }

    /// The range between two byte offsets.
    ///
    /// An end on the start's line (most ranges: a match, a sentence of a paragraph) has its
    /// column counted on from the start's: the scalars before it on the line are the start's,
    /// and those between the two (as `scalars(before:)` counts them past a long stretch too).
    /// Not in the first line's BOM, whose bytes count in no column.
    public func range(from start: Int, to end: Int) -> SourceRange {
        let startPosition = position(ofOffset: start)
        let endOffset = max(0, min(max(start, end), bytes.count))
        let line = startPosition.line - 1
        let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
        guard endOffset < lineEnd, line > 0 || startPosition.offset >= bomLength,
            endOffset - startPosition.offset <= 2 * Self.checkpointStride
        else {
            return SourceRange(start: startPosition, end: position(ofOffset: endOffset))
        }
        let column = startPosition.column + scalars(from: startPosition.offset, to: endOffset)
        let endPosition = SourcePosition(line: startPosition.line, column: column, offset: endOffset)
        return SourceRange(start: startPosition, end: endPosition)
    }

    /// The byte offset of a 1-based line and a 1-based *byte* column, as cmark-gfm reports them.
    public func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        return min(bytes.count, lineStarts[line - 1] + max(0, byteColumn - 1))
    }

    /// The text of a 1-based line without its line break.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The byte range of a 1-based line without its line break (empty outside the file).
    package func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }
}
