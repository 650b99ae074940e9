import CopydeskCore

/// Stage 1: turns the bytes of a file into an `Article` whose blocks and sentences map back
/// to exact source positions.
///
/// Input must be UTF-8 (a leading BOM is kept and counted in offsets). UTF-16 files are
/// refused with `UTF-16 is not supported; save the file as UTF-8` rather than transcoded,
/// because transcoding would make every reported offset disagree with the file on disk.
public struct ArticleLoader: Sendable {
    /// Inputs larger than this are refused with a clear error.
    public var maxBytes: Int

    public init(maxBytes: Int = 50_000_000) {
        self.maxBytes = maxBytes
    }

    /// The format a path's extension implies: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else text.
    public static func format(forPath path: String) -> ArticleFormat {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .text }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }

    /// Parse bytes (as read from disk or stdin) into an Article.
    /// `format` nil = detect from the path's extension.
    public func load(path: String, bytes: [UInt8], format: ArticleFormat? = nil) throws(LoadError) -> Article {
        try validate(bytes, path: path)
        let format = format ?? Self.format(forPath: path)
        let lines = LineIndex(bytes)
        var draft: ArticleDraft
        switch format {
        case .text: draft = PlainTextParser(source: bytes, lines: lines).parse()
        case .markdown: draft = try MarkdownParser(path: path, source: bytes, lines: lines).parse()
        case .html: draft = HTMLParser(source: bytes, lines: lines).parse()
        }
        return draft.assemble(path: path, format: format, source: bytes, lines: lines)
    }

    /// Read the file at `path` (`-` reads standard input) and load it.
    public func load(path: String) throws(LoadError) -> Article {
        let bytes = try FileReader(maxBytes: maxBytes).read(path)
        return try load(path: path, bytes: bytes)
    }

    private func validate(_ bytes: [UInt8], path: String) throws(LoadError) {
        if bytes.count > maxBytes {
            throw LoadError(
                path: path,
                message: "file too large (\(bytes.count) bytes, the limit is \(maxBytes)); split it or raise the limit")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw LoadError(path: path, message: "UTF-16 is not supported; save the file as UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw LoadError(path: path, message: "binary file (NUL byte at offset \(nul))")
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            let position = LineIndex(bytes).position(ofOffset: bad)
            throw LoadError(
                path: path,
                message: "not valid UTF-8 at byte \(bad) (line \(position.line), column \(position.column))",
                line: position.line, column: position.column)
        }
    }
}

/// Strict UTF-8 validation on bytes (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return index }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
