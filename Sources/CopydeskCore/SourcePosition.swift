/// A point in an article's source file.
///
/// `line` is 1-based; `column` is 1-based and counted in Unicode scalars within the line;
/// `offset` is the 0-based UTF-8 byte offset from the start of the file, a BOM included.
///
/// Kept as three 32-bit integers (12 bytes, not 24; a `SourceRange` 24, not 48): every block,
/// sentence, link, finding and claim of an article carries a range, and no file copydesk reads
/// is 2 GiB long (`ArticleLoader.maxSupportedBytes`), so no line, column or offset reaches 2^31.
public struct SourcePosition: Codable, Hashable, Comparable, Sendable {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(newValue) }
    }
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(newValue) }
    }

    /// Each value must be below 2^31.
    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(line)
        storedColumn = Int32(column)
        storedOffset = Int32(offset)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.storedOffset < rhs.storedOffset
    }

    enum CodingKeys: String, CodingKey {
        case line, column, offset
    }

    /// Decodes what `encode(to:)` writes; a number that does not fit 32 bits is refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storedLine = try container.decode(Int32.self, forKey: .line)
        storedColumn = try container.decode(Int32.self, forKey: .column)
        storedOffset = try container.decode(Int32.self, forKey: .offset)
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
