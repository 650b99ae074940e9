/// An input that could not be loaded: the path as given, what went wrong, and where.
///
/// Messages are lowercase without a trailing period, e.g. `no such file`,
/// `binary file (NUL byte at offset 12)`, `not valid UTF-8 at byte 1234 (line 3, column 7)`.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// 1-based line of the problem, when it has one.
    public var line: Int?
    /// 1-based column (Unicode scalars) of the problem, when it has one.
    public var column: Int?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `path:line:column: message`, or `path: message` without a position.
    public var description: String {
        if let line, let column { return "\(path):\(line):\(column): \(message)" }
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
