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

extension LoadError {
    /// An input of `bytes` bytes (nil: more than `limit`, its size not known, as from a pipe)
    /// over `limit`: the user's limit, which can be raised, or (`raisable` false) the most
    /// copydesk reads (`ArticleLoader.maxSupportedBytes`), which cannot.
    static func tooLarge(path: String, bytes: Int?, limit: Int, raisable: Bool = true) -> LoadError {
        let size = bytes.map { "\($0) bytes" } ?? "more than \(limit) bytes"
        guard raisable else {
            return LoadError(
                path: path, message: "file too large (\(size), copydesk reads at most \(limit) bytes a file); split it")
        }
        let limitText = bytes == nil ? "" : ", the limit is \(limit)"
        return LoadError(path: path, message: "file too large (\(size)\(limitText)); split it or raise the limit")
    }
}
