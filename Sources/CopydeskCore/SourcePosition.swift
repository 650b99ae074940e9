/// A point in an article's source file.
///
/// `line` is 1-based; `column` is 1-based and counted in Unicode scalars within the line;
/// `offset` is the 0-based UTF-8 byte offset from the start of the file, a BOM included.
public struct SourcePosition: Codable, Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// A span of source, `end` exclusive.
public struct SourceRange: Codable, Hashable, Comparable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start.offset, lhs.end.offset) < (rhs.start.offset, rhs.end.offset)
    }

    /// Whether `other` lies inside this range.
    public func contains(_ other: SourceRange) -> Bool {
        start.offset <= other.start.offset && other.end.offset <= end.offset
    }
}
