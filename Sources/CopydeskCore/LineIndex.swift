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
    private let bomLength: Int

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
        bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public var byteCount: Int { bytes.count }
    public var lineCount: Int { lineStarts.count }

    /// The 0-based line index holding `offset`.
    public func lineIndex(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The position of a byte offset, clamped to the file.
    public func position(ofOffset rawOffset: Int) -> SourcePosition {
        let offset = max(0, min(rawOffset, bytes.count))
        let line = lineIndex(ofOffset: offset)
        var column = 1
        var index = line == 0 ? min(bomLength, offset) : lineStarts[line]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: line + 1, column: column, offset: offset)
    }

    /// The range between two byte offsets.
    public func range(from start: Int, to end: Int) -> SourceRange {
        let startPosition = position(ofOffset: start)
        let endPosition = position(ofOffset: max(start, end))
        return SourceRange(start: startPosition, end: endPosition)
    }

    /// The byte offset of a 1-based line and a 1-based *byte* column, as cmark-gfm reports them.
    public func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        return min(bytes.count, lineStarts[line - 1] + max(0, byteColumn - 1))
    }

    /// The text of a 1-based line without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
