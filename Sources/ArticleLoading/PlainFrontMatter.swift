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
    ///
    /// Read on the bytes in place, by offsets: on the slice, every `drop`, `prefix`, `firstIndex`
    /// and sub-slice retained and released the source array and checked its bounds, about 5,200
    /// instructions for a front matter of three short lines.
    static func read(_ yaml: ArraySlice<UInt8>) -> Reading? {
        yaml.withUnsafeBufferPointer { read(in: $0) }
    }

    private static func read(in bytes: UnsafeBufferPointer<UInt8>) -> Reading? {
        guard hasOnlyPlainCharacters(in: bytes) else { return nil }
        /// Few enough to compare one by one; longer front matter goes to Yams. Kept as ranges of
        /// `bytes`, on the stack.
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: maxKeys) { keys in
            var keyCount = 0
            var reading = Reading()
            /// The key whose value was empty (`key:`), so sequence items may follow it.
            var openKey: Range<Int>?
            /// The indent of the items after the open key, once the first is seen.
            var itemIndent: Int?
            let count = bytes.count
            var lineStart = 0
            while lineStart < count {
                var lineEnd = lineStart
                while lineEnd < count, bytes[lineEnd] != newline { lineEnd += 1 }
                let start = lineStart
                lineStart = lineEnd == count ? lineEnd : lineEnd + 1
                var end = lineEnd
                if end > start, bytes[end - 1] == carriageReturn { end -= 1 }
                guard end > start, bytes[start] != hash else { continue }
                let first = bytes[start]
                if first == space || first == dash {
                    var item = start
                    while item < end, bytes[item] == space { item += 1 }
                    let indent = item - start
                    guard let key = openKey, itemIndent ?? indent == indent else { return nil }
                    guard item < end, bytes[item] == dash,
                        case .scalar = value(bytes, afterIndicator: item + 1, end: end, text: false)
                    else {
                        return nil
                    }
                    if itemIndent == nil, isTitleKey(bytes, key) { reading.title = nil }
                    itemIndent = indent
                    continue
                }
                var colon = start
                while colon < end, bytes[colon] != Self.colon { colon += 1 }
                guard colon < end else { return nil }
                let key = start..<colon
                let isTitle = isTitleKey(bytes, key)
                guard isKey(bytes, key), keyCount < maxKeys,
                    !keys[..<keyCount].contains(where: { equal(bytes, $0, key) }),
                    let value = value(bytes, afterIndicator: colon + 1, end: end, text: isTitle)
                else { return nil }
                keys.initializeElement(at: keyCount, to: key)
                keyCount += 1
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
    }

    /// The most keys read without Yams.
    private static let maxKeys = 64

    /// An accepted value: empty (null, or a sequence when items follow), a scalar's text (nil
    /// when it was not asked for), a flow sequence.
    private enum Value: Equatable {
        case empty
        case scalar(String?)
        case sequence
    }

    /// The value in `bytes[start..<end]` after `key:` or an item's `-`, which must be followed by
    /// a space or nothing (`key:value` is one plain scalar); nil when it is not one of the
    /// accepted shapes. A scalar's text is made only when `text` asks for it (the title's): the
    /// other values are only checked.
    private static func value(
        _ bytes: UnsafeBufferPointer<UInt8>, afterIndicator start: Int, end: Int, text: Bool
    ) -> Value? {
        if start < end, bytes[start] != space { return nil }
        var rest = start
        while rest < end, bytes[rest] == space { rest += 1 }
        guard rest < end, bytes[rest] != hash else { return .empty }
        switch bytes[rest] {
        case doubleQuote, singleQuote: return quoted(bytes, from: rest, end: end, text: text).map(Value.scalar)
        case openBracket: return isFlowSequence(bytes, from: rest, end: end) ? .sequence : nil
        default: return plain(bytes, from: rest, end: end, text: text).map(Value.scalar)
        }
    }

    /// A one-line plain scalar in block context, up to a comment, trailing spaces dropped: its
    /// text if `text`, else `.some(nil)` when it is one (`plain(_:from:end:text:)` on a slice).
    static func plain(_ bytes: ArraySlice<UInt8>, text makesText: Bool) -> String?? {
        bytes.withUnsafeBufferPointer { plain($0, from: 0, end: $0.count, text: makesText) }
    }

    /// A one-line plain scalar in `bytes[start..<endIndex]`, up to a comment, trailing spaces
    /// dropped: its text if `text`, else `.some(nil)` when it is one. One pass over the bytes,
    /// to the comment or the end: `: ` or a final `:` (which would make a mapping here, refused
    /// by Yams) is a colon followed by a space or by nothing (a comment's `#` follows a space, so
    /// a colon before the comment is followed by a space too). Read in two passes, one for the
    /// comment and one for the colons over the trimmed text, a value cost about 880 instructions.
    private static func plain(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end endIndex: Int, text makesText: Bool
    ) -> String?? {
        guard start < endIndex, !isIndicator(bytes[start]) else { return nil }
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
        return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    /// A quoted scalar on one line (no backslash escapes; `''` in single quotes), then a comment
    /// or nothing: its text if `text`, else `.some(nil)` when it is one.
    private static func quoted(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, text makesText: Bool
    ) -> String?? {
        let quote = bytes[start]
        var text: [UInt8] = []
        var index = start + 1
        while true {
            guard index < end, bytes[index] != backslash || quote == singleQuote else { return nil }
            if bytes[index] == quote {
                guard quote == singleQuote, index + 1 < end, bytes[index + 1] == singleQuote else { break }
                index += 1
            }
            if makesText { text.append(bytes[index]) }
            index += 1
        }
        guard isBlankOrComment(bytes, from: index + 1, end: end) else { return nil }
        return .some(makesText ? String(decoding: text, as: UTF8.self) : nil)
    }

    /// `[a, b c]` on one line: plain items without quotes, colons, brackets, braces or `#`;
    /// `[]` or `[ ]` for none; then a comment or nothing.
    private static func isFlowSequence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Bool {
        var close = start
        while close < end, bytes[close] != closeBracket { close += 1 }
        guard close < end, isBlankOrComment(bytes, from: close + 1, end: end) else { return false }
        var index = start + 1
        while index < close, bytes[index] == space { index += 1 }
        if index == close { return true }
        // Item by item, split at every comma (an empty item refused).
        var item = start + 1
        while true {
            var itemEnd = item
            while itemEnd < close, bytes[itemEnd] != comma { itemEnd += 1 }
            var first = item
            while first < itemEnd, bytes[first] == space { first += 1 }
            guard first < itemEnd, !isIndicator(bytes[first]) else { return false }
            for index in first..<itemEnd where isFlowForbidden(bytes[index]) { return false }
            guard itemEnd < close else { return true }
            item = itemEnd + 1
        }
    }

    /// Spaces, then nothing or a comment after at least one space, in `bytes[start..<end]`.
    private static func isBlankOrComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Bool {
        var rest = start
        while rest < end, bytes[rest] == space { rest += 1 }
        return rest >= end || (bytes[rest] == hash && rest > start)
    }

    /// A short plain key: letters, digits, `_` and `-`, not starting with `-`.
    private static func isKey(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Bool {
        guard !key.isEmpty, bytes[key.lowerBound] != dash, key.count <= 128 else { return false }
        for index in key {
            switch bytes[index] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), dash:
                continue
            default: return false
            }
        }
        return true
    }

    /// Whether `key` is `title`.
    private static func isTitleKey(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Bool {
        key.count == 5 && bytes[key.lowerBound] == UInt8(ascii: "t") && bytes[key.lowerBound + 1] == UInt8(ascii: "i")
            && bytes[key.lowerBound + 2] == UInt8(ascii: "t") && bytes[key.lowerBound + 3] == UInt8(ascii: "l")
            && bytes[key.lowerBound + 4] == UInt8(ascii: "e")
    }

    /// Whether two ranges of `bytes` hold the same bytes.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for offset in 0..<lhs.count where bytes[lhs.lowerBound + offset] != bytes[rhs.lowerBound + offset] {
            return false
        }
        return true
    }

    /// Printable characters that are not YAML line breaks, blanks other than the space, or a BOM:
    /// the input is valid UTF-8 already; a tab, a lone carriage return, C0 and C1 controls,
    /// DEL, U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF send the front matter to Yams. Read on the
    /// bytes in place, printable ASCII and line feeds (nearly every byte) passed without the
    /// switch: on the slice, every byte cost about fourteen instructions.
    static func hasOnlyPlainCharacters(_ yaml: ArraySlice<UInt8>) -> Bool {
        yaml.withUnsafeBufferPointer { hasOnlyPlainCharacters(in: $0) }
    }

    /// `hasOnlyPlainCharacters` of bytes read in place.
    private static func hasOnlyPlainCharacters(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
    /// Characters not accepted inside a flow sequence's items: `:,[]{}#'"`.
    private static func isFlowForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            true
        default: false
        }
    }
}
