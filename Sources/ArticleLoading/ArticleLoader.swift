import CopydeskCore

/// Stage 1: turns the bytes of a file into an `Article` whose blocks and sentences map back
/// to exact source positions.
///
/// Input is UTF-8 (a leading BOM is kept and counted in offsets). UTF-16 with a byte-order
/// mark is transcoded to UTF-8 first: lines and columns still match the file on disk, byte
/// offsets are those of the UTF-8 text. UTF-16 without a BOM is refused with a clear error.
public struct ArticleLoader: Sendable {
    /// The default for `maxNesting`: far deeper than any real article, far shallower than the stack.
    public static let defaultMaxNesting = 100

    /// Inputs larger than this are refused with a clear error.
    public var maxBytes: Int
    /// Inputs larger than this are refused whatever `maxBytes` says (`maxSupportedBytes`; a
    /// smaller value only in tests).
    var supportedBytes = ArticleLoader.maxSupportedBytes

    /// The largest input copydesk reads, whatever the limit a user sets: an article keeps its
    /// offsets as 32-bit integers (`TextMap.Run`, `Words.Token`), so a file of 2 GiB or more is
    /// refused with a clear error instead.
    public static let maxSupportedBytes = Int(Int32.max)
    /// Markdown nested deeper than this (quotes, lists, inline markup) is refused with a clear error.
    public var maxNesting: Int

    public init(maxBytes: Int = 50_000_000, maxNesting: Int = ArticleLoader.defaultMaxNesting) {
        self.maxBytes = maxBytes
        self.maxNesting = maxNesting
    }

    /// The format a path's extension implies: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else text.
    public static func format(forPath path: String) -> ArticleFormat {
        if let format = asciiFormat(forPath: path) { return format }
        // The last non-empty component (what `split(separator: "/").last` gives), without the array.
        var trimmed = Substring(path)
        while trimmed.last == "/" { trimmed = trimmed.dropLast() }
        let name =
            trimmed.isEmpty
            ? Substring(path)
            : trimmed[(trimmed.lastIndex(of: "/").map(trimmed.index(after:)) ?? trimmed.startIndex)...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .text }
        return format(forExtension: name[name.index(after: dot)...].lowercased())
    }

    /// The format of a lowercased file extension.
    private static func format(forExtension suffix: String) -> ArticleFormat {
        switch suffix {
        case "md", "markdown", "mdown", "mkd": .markdown
        case "html", "htm", "xhtml": .html
        default: .text
        }
    }

    /// `format(forPath:)` on the bytes of an ASCII path (where every byte is a Character);
    /// nil for any other path.
    private static func asciiFormat(forPath path: String) -> ArticleFormat? {
        var path = path
        return path.withUTF8 { bytes -> ArticleFormat? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            guard let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start else { return .text }
            return format(forASCIIExtension: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]))
        }
    }

    /// `format(forExtension:)` of an ASCII extension's bytes, lowercased, without making an array
    /// and a string of them (about 600 instructions a file): up to eight bytes packed into a word,
    /// the first lowest, and compared with the known extensions' words of the same length.
    static func format(forASCIIExtension suffix: UnsafeBufferPointer<UInt8>) -> ArticleFormat {
        guard suffix.count <= 8 else { return .text }
        var word: UInt64 = 0
        for byte in suffix.reversed() { word = word << 8 | UInt64(ASCII.lowercased(byte)) }
        switch (suffix.count, word) {
        // md, markdown, mdown, mkd
        case (2, 0x646D), (8, 0x6E77_6F64_6B72_616D), (5, 0x6E_776F_646D), (3, 0x64_6B6D): return .markdown
        // html, htm, xhtml
        case (4, 0x6C6D_7468), (3, 0x6D_7468), (5, 0x6C_6D74_6878): return .html
        default: return .text
        }
    }

    /// Parse bytes (as read from disk or stdin) into an Article.
    /// `format` nil = detect from the path's extension.
    public func load(path: String, bytes: [UInt8], format: ArticleFormat? = nil) throws(LoadError) -> Article {
        try checkSize(bytes.count, path: path)
        let bytes = try UTF16Transcoding.utf8(from: bytes, path: path)
        // UTF-16 grows by up to half in UTF-8.
        if bytes.count > supportedBytes {
            throw LoadError.tooLarge(path: path, bytes: bytes.count, limit: supportedBytes, raisable: false)
        }
        let asciiFrom = try validate(bytes, path: path)
        let format = format ?? Self.format(forPath: path)
        let lines = LineIndex.loading(bytes, asciiFrom: asciiFrom)
        var draft: ArticleDraft
        switch format {
        case .text: draft = PlainTextParser(source: bytes, lines: lines).parse()
        case .markdown:
            draft = try MarkdownParser(path: path, source: bytes, lines: lines, maxNesting: maxNesting).parse()
        case .html: draft = HTMLParser(source: bytes, lines: lines).parse()
        }
        return draft.assemble(path: path, format: format, source: bytes, lines: lines)
    }

    /// Read the file at `path` (`-` reads standard input) and load it.
    public func load(path: String) throws(LoadError) -> Article {
        let bytes = try fileReader.read(path)
        return try load(path: path, bytes: bytes)
    }

    /// A reader of files up to the limit that applies: the user's, or the supported size when
    /// that is smaller.
    var fileReader: FileReader {
        FileReader(maxBytes: min(maxBytes, supportedBytes), limitIsRaisable: maxBytes < supportedBytes)
    }

    private func checkSize(_ count: Int, path: String) throws(LoadError) {
        if count > min(maxBytes, supportedBytes) {
            throw LoadError.tooLarge(
                path: path, bytes: count, limit: min(maxBytes, supportedBytes), raisable: maxBytes < supportedBytes)
        }
    }

    /// Where the bytes' last stretch of ASCII starts (see `LineIndex.asciiFrom`); throws when
    /// they are no valid UTF-8 without NUL.
    private func validate(_ bytes: [UInt8], path: String) throws(LoadError) -> Int {
        // Valid UTF-8 without a NUL cannot look like UTF-16 either: nothing to report.
        if let asciiFrom = UTF8Validation.asciiTailIfValidWithoutNUL(bytes) { return asciiFrom }
        if UTF16Transcoding.looksLikeUnmarkedUTF16(bytes) {
            throw LoadError(
                path: path, message: "looks like UTF-16 without a byte-order mark; save the file as UTF-8")
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
        return bytes.count
    }
}

/// Strict UTF-8 validation on bytes (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// Whether `bytes` are valid UTF-8 (`firstInvalidOffset(in:)` is nil) and hold no NUL byte;
    /// ASCII is checked 32 or eight bytes at a time.
    static func isValidWithoutNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { isValidWithoutNUL($0) }
    }

    static func isValidWithoutNUL(_ raw: UnsafeRawBufferPointer) -> Bool {
        validWithoutNUL(raw, tracking: false) != nil
    }

    /// Where the last stretch of ASCII of `bytes` starts (the end of the last multi-byte
    /// sequence, 0 when there is none) when they are valid UTF-8 without NUL
    /// (`isValidWithoutNUL`), or nil.
    static func asciiTailIfValidWithoutNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { validWithoutNUL($0, tracking: true) }
    }

    /// nil when `raw` is not valid UTF-8 without NUL; else, `tracking`, the end of its last
    /// multi-byte sequence (0 when there is none), or 0. The tracking is done only where a
    /// block of 32 bytes is not all ASCII, as the sequences are stepped over one by one.
    @inline(__always)
    private static func validWithoutNUL(_ raw: UnsafeRawBufferPointer, tracking: Bool) -> Int? {
        let count = raw.count
        var asciiFrom = 0
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index < count {
            // Most of a file is ASCII: 32 bytes at a time while they are ASCII without NUL (the
            // zero-byte test says exactly whether a word holds one), and the bytes of a block
            // that is not, eight at a time or one by one below.
            if index &+ 32 <= count {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
                let third = raw.loadUnaligned(fromByteOffset: index &+ 16, as: UInt64.self)
                let fourth = raw.loadUnaligned(fromByteOffset: index &+ 24, as: UInt64.self)
                let zeros =
                    ((first &- ones) & ~first) | ((second &- ones) & ~second) | ((third &- ones) & ~third)
                    | ((fourth &- ones) & ~fourth)
                if (first | second | third | fourth | zeros) & highBits == 0 {
                    index &+= 32
                    continue
                }
            }
            let blockEnd = min(count, index + 32)
            while index < blockEnd {
                guard let next = step(raw, at: index) else { return nil }
                // A step ends with a byte 0x80 or above only past a multi-byte sequence.
                if tracking, raw[next - 1] >= 0x80 { asciiFrom = next }
                index = next
            }
        }
        return asciiFrom
    }

    /// Where the checking of `isValidWithoutNUL` goes on after `index`: past the ASCII bytes
    /// without NUL among the eight there, or past the valid sequence at `index`; nil when that
    /// is NUL or invalid.
    @inline(__always)
    private static func step(_ raw: UnsafeRawBufferPointer, at start: Int) -> Int? {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = start
        if index + 8 <= raw.count {
            // The first byte lowest, on any platform.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // The high bit of every byte that is not ASCII, and of the lowest zero byte (the
            // zero-byte test is exact for the lowest one); none: eight ASCII characters other
            // than NUL.
            let stops = (word & highBits) | ((word &- ones) & ~word & highBits)
            if stops == 0 { return index + 8 }
            // Step over the ASCII bytes before the first stop at once.
            index += stops.trailingZeroBitCount / 8
        }
        let lead = raw[index]
        if lead == 0 { return nil }
        if lead < 0x80 { return index + 1 }
        guard let length = sequenceLength(raw, at: index) else { return nil }
        return index + length
    }

    /// The length of the valid multi-byte sequence starting at `index`, or nil.
    private static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count, bytes[index + 1] >= lower, bytes[index + 1] <= upper else { return nil }
        for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return nil }
        return length
    }

    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index < raw.count {
                if raw[index] < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(raw, at: index) else { return index }
                index += length
            }
            return nil
        }
    }
}
