/// Front matter read without Yams when it is plain `key: value` lines, the shape nearly every
/// article has; composing it through Yams costs more than parsing the Markdown after it.
///
/// It only answers for YAML whose meaning is beyond doubt, and then gives exactly what Yams
/// gives: the mapping is valid, and the `title` value's scalar text. Anything else (escapes,
/// anchors, tags, block scalars, continuation lines, nested mappings, tabs, odd characters,
/// duplicate keys, more than 64 keys) gets nil, and Yams reads it, with its error messages. Accepted, line by line:
/// - an empty line, or a comment starting in the first column;
/// - `key:` or `key: value` in the first column, the key letters, digits, `_` and `-`;
/// - after an empty value, block sequence items `- value` all indented alike;
/// - a value that is a one-line plain scalar (not starting with an indicator, no `: `, ending
///   at ` #`), a single- or double-quoted scalar without escapes, or a flow sequence of plain
///   scalars; each may be followed by a comment.
enum PlainFrontMatter {
    /// What the front matter says, when read without Yams.
    struct Reading: Equatable {
        /// The `title` value's text, as `Node.string` gives it (`""` for an empty value);
        /// nil when there is no `title` key or its value is a sequence.
        var title: String?
    }

    /// The reading of `yaml` (the bytes between the fences), or nil when Yams must read it.
    static func read(_ yaml: ArraySlice<UInt8>) -> Reading? {
        guard hasOnlyPlainCharacters(yaml) else { return nil }
        var reading = Reading()
        /// Few enough to compare one by one; longer front matter goes to Yams. Kept as ranges of
        /// `yaml` (room for a few made at once: a front matter of three keys grew the array twice).
        var keys: [Range<Int>] = []
        keys.reserveCapacity(8)
        /// The key whose value was empty (`key:`), so sequence items may follow it.
        var openKey: ArraySlice<UInt8>?
        /// The indent of the items after the open key, once the first is seen.
        var itemIndent: Int?
        var lineStart = yaml.startIndex
        while lineStart < yaml.endIndex {
            let lineEnd = yaml[lineStart...].firstIndex(of: newline) ?? yaml.endIndex
            var line = yaml[lineStart..<lineEnd]
            lineStart = lineEnd == yaml.endIndex ? lineEnd : lineEnd + 1
            if line.last == carriageReturn { line = line.dropLast() }
            guard let first = line.first, first != hash else { continue }
            if first == space || first == dash {
                let indent = line.prefix { $0 == space }.count
                guard let key = openKey, itemIndent ?? indent == indent else { return nil }
                let item = line.dropFirst(indent)
                guard item.first == dash, case .scalar = value(afterIndicator: item.dropFirst(), text: false) else {
                    return nil
                }
                if itemIndent == nil, key.elementsEqual(titleKey) { reading.title = nil }
                itemIndent = indent
                continue
            }
            guard let colon = line.firstIndex(of: colon) else { return nil }
            let key = line[..<colon]
            let isTitle = key.elementsEqual(titleKey)
            guard isKey(key), keys.count < 64, !keys.contains(where: { yaml[$0].elementsEqual(key) }),
                let value = value(afterIndicator: line[(colon + 1)...], text: isTitle)
            else { return nil }
            keys.append(key.startIndex..<key.endIndex)
            if isTitle {
                switch value {
                case .empty: reading.title = ""
                case .scalar(let text): reading.title = text
                case .sequence: reading.title = nil
                }
            }
            openKey = value == .empty ? key : nil
            itemIndent = nil
        }
        return reading
    }

    /// An accepted value: empty (null, or a sequence when items follow), a scalar's text (nil
    /// when it was not asked for), a flow sequence.
    private enum Value: Equatable {
        case empty
        case scalar(String?)
        case sequence
    }

    /// The value after `key:` or an item's `-`, which must be followed by a space or nothing
    /// (`key:value` is one plain scalar); nil when it is not one of the accepted shapes. A
    /// scalar's text is made only when `text` asks for it (the title's): the other values are
    /// only checked.
    private static func value(afterIndicator bytes: ArraySlice<UInt8>, text: Bool) -> Value? {
        if let first = bytes.first, first != space { return nil }
        let rest = bytes.drop { $0 == space }
        guard let first = rest.first, first != hash else { return .empty }
        switch first {
        case doubleQuote, singleQuote: return quoted(rest, text: text).map(Value.scalar)
        case openBracket: return isFlowSequence(rest) ? .sequence : nil
        default: return plain(rest, text: text).map(Value.scalar)
        }
    }

    /// A one-line plain scalar in block context, up to a comment, trailing spaces dropped: its
    /// text if `text`, else `.some(nil)` when it is one. One pass over the bytes, to the comment
    /// or the end: `: ` or a final `:` (which would make a mapping here, refused by Yams) is a
    /// colon followed by a space or by nothing (a comment's `#` follows a space, so a colon
    /// before the comment is followed by a space too). Read in two passes, one for the comment
    /// and one for the colons over the trimmed text, a value cost about 880 instructions.
    static func plain(_ bytes: ArraySlice<UInt8>, text makesText: Bool) -> String?? {
        guard let first = bytes.first, !isIndicator(first) else { return nil }
        let start = bytes.startIndex
        let endIndex = bytes.endIndex
        var end = endIndex
        var index = start + 1
        while index < endIndex {
            let byte = bytes[index]
            if byte == hash, bytes[index - 1] == space {
                end = index
                break
            }
            if byte == colon, index + 1 == endIndex || bytes[index + 1] == space { return nil }
            index += 1
        }
        guard makesText else { return .some(nil) }
        while end > start, bytes[end - 1] == space { end -= 1 }
        return .some(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// A quoted scalar on one line (no backslash escapes; `''` in single quotes), then a comment
    /// or nothing: its text if `text`, else `.some(nil)` when it is one.
    private static func quoted(_ bytes: ArraySlice<UInt8>, text makesText: Bool) -> String?? {
        let quote = bytes[bytes.startIndex]
        var text: [UInt8] = []
        var index = bytes.startIndex + 1
        while true {
            guard index < bytes.endIndex, bytes[index] != backslash || quote == singleQuote else { return nil }
            if bytes[index] == quote {
                guard quote == singleQuote, index + 1 < bytes.endIndex, bytes[index + 1] == singleQuote else { break }
                index += 1
            }
            if makesText { text.append(bytes[index]) }
            index += 1
        }
        guard isBlankOrComment(bytes[(index + 1)...]) else { return nil }
        return .some(makesText ? String(decoding: text, as: UTF8.self) : nil)
    }

    /// `[a, b c]` on one line: plain items without quotes, colons, brackets, braces or `#`;
    /// `[]` or `[ ]` for none; then a comment or nothing.
    private static func isFlowSequence(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let close = bytes.firstIndex(of: closeBracket), isBlankOrComment(bytes[(close + 1)...]) else {
            return false
        }
        let inside = bytes[(bytes.startIndex + 1)..<close]
        if inside.allSatisfy({ $0 == space }) { return true }
        return inside.split(separator: comma, omittingEmptySubsequences: false).allSatisfy { item in
            let item = item.drop { $0 == space }
            guard let first = item.first, !isIndicator(first) else { return false }
            return !item.contains { flowForbidden.contains($0) }
        }
    }

    private static func isBlankOrComment(_ bytes: ArraySlice<UInt8>) -> Bool {
        let rest = bytes.drop { $0 == space }
        return rest.isEmpty || (rest.first == hash && rest.startIndex > bytes.startIndex)
    }

    /// A short plain key: letters, digits, `_` and `-`, not starting with `-`.
    private static func isKey(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, first != dash, bytes.count <= 128 else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), dash:
                true
            default: false
            }
        }
    }

    /// Printable characters that are not YAML line breaks, blanks other than the space, or a BOM:
    /// the input is valid UTF-8 already; a tab, a lone carriage return, C0 and C1 controls,
    /// DEL, U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF send the front matter to Yams. Read on the
    /// bytes in place, printable ASCII and line feeds (nearly every byte) passed without the
    /// switch: on the slice, every byte cost about fourteen instructions.
    static func hasOnlyPlainCharacters(_ yaml: ArraySlice<UInt8>) -> Bool {
        yaml.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte &- 0x20 < 0x5F || byte == newline {
                    index += 1
                    continue
                }
                // The bytes a sequence's lead byte promises (the input is valid UTF-8; short, it
                // goes to Yams).
                switch byte {
                case carriageReturn:
                    guard index + 1 < count, bytes[index + 1] == newline else { return false }
                    index += 1
                case 0xC2:
                    guard index + 1 < count, bytes[index + 1] >= 0xA0 else { return false }  // C1 controls, NEL
                    index += 2
                case 0xC3...0xDF: index += 2
                case 0xE2:
                    guard index + 2 < count else { return false }
                    // U+2028 and U+2029 are line breaks to YAML.
                    guard !(bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) else {
                        return false
                    }
                    index += 3
                case 0xEF:
                    guard index + 2 < count else { return false }
                    let second = bytes[index + 1]
                    let third = bytes[index + 2]
                    guard !(second == 0xBB && third == 0xBF), !(second == 0xBF && third >= 0xBE) else { return false }
                    index += 3
                case 0xE0...0xEF: index += 3
                case 0xF0...0xF4: index += 4
                default: return false
                }
            }
            return true
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let dash = UInt8(ascii: "-")
    private static let hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":")
    private static let comma = UInt8(ascii: ",")
    private static let backslash = UInt8(ascii: "\\")
    private static let singleQuote = UInt8(ascii: "'")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let titleKey = Array("title".utf8)
    /// Characters that cannot start a plain scalar, or start one only in cases not accepted here:
    /// `-?:,[]{}#&*!|>'"%@` and the backtick (a switch: a set of them hashed every byte asked).
    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default: false
        }
    }
    /// Characters not accepted inside a flow sequence's items.
    private static let flowForbidden = Set(":,[]{}#'\"".utf8)
}
