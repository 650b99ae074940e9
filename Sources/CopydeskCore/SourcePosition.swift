/// A point in an article's source file.
///
/// `line` is 1-based; `column` is 1-based and counted in Unicode scalars within the line;
/// `offset` is the 0-based UTF-8 byte offset from the start of the file, a BOM included.
///
/// Kept as three 32-bit integers (12 bytes, not 24; a `SourceRange` 24, not 48): every block,
/// sentence, link, finding and claim of an article carries a range, and no file copydesk reads
/// is 2 GiB long (`ArticleLoader.maxSupportedBytes`), so no line, column or offset reaches 2^31.
public struct SourcePosition: Codable, Hashable, Comparable, Sendable {
    @Int32Storage public var line: Int
    @Int32Storage public var column: Int
    @Int32Storage public var offset: Int

    /// Each value must be below 2^31.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }

    enum CodingKeys: String, CodingKey {
        case line, column, offset
    }

    /// Decodes what `encode(to:)` writes; a number that does not fit 32 bits is refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = Int(try container.decode(Int32.self, forKey: .line))
        column = Int(try container.decode(Int32.self, forKey: .column))
        offset = Int(try container.decode(Int32.self, forKey: .offset))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(offset, forKey: .offset)
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
