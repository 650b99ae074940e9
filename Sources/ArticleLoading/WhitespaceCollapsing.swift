import CmarkArena

/// `ArticleDraft.collapsed` on UTF-8 bytes, for text where that gives the same result as
/// splitting on Characters: every space and no-break space stands between scalars that cannot
/// join it into a bigger Character (ASCII, Latin-1 letters, dashes, quotes, an ellipsis, another
/// no-break space). A combining mark after a space, say, makes one Character that is no
/// separator; such text gets nil and goes the Character way. Tabs, `\n` and `\r` are control
/// characters, always Characters of their own, except `\r\n`, which is one and no separator.
enum WhitespaceCollapsing {
    static func collapsed(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                let isSeparator: Bool
                switch byte {
                case space:
                    guard isSafeNeighbour(before: index, in: bytes), isSafeNeighbour(after: index + 1, in: bytes) else {
                        return nil
                    }
                    isSeparator = true
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                    guard isSafeNeighbour(before: index, in: bytes), isSafeNeighbour(after: index + 2, in: bytes) else {
                        return nil
                    }
                    length = 2
                    isSeparator = true
                case tab: isSeparator = true
                case carriageReturn: isSeparator = !(index + 1 < bytes.count && bytes[index + 1] == newline)
                case newline: isSeparator = !(index > 0 && bytes[index - 1] == carriageReturn)
                default: isSeparator = false
                }
                if isSeparator {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(space) }
                    pendingSpace = false
                    output.append(byte)
                }
                if length == 2 { index += 1 }
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether collapsing leaves the text as it is: no tab, line break or no-break space, no
    /// space at either end, no two spaces in a row. Then every space that is a separator
    /// Character stands alone between two non-empty pieces, and joining them gives the text back.
    static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isCollapsed($0) }
    }

    /// `isCollapsed(_:)` on bytes, sixteen at a time in C (`copydesk_is_collapsed`, SSE2; a byte
    /// loop elsewhere): the texts asked are headings, titles and reference entries, and a Swift
    /// loop eight bytes at a time cost about five instructions a byte.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        copydesk_is_collapsed(bytes.baseAddress, bytes.count) != 0
    }

    /// Whether the scalar ending just before `index` (or the start of the text) cannot join a
    /// following space into one Character (it is no prepended mark).
    private static func isSafeNeighbour(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return true }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isSafe(bytes, start: start, end: index)
    }

    /// Whether the scalar starting at `index` (or the end of the text) cannot join a space
    /// before it into one Character (it is no combining mark, joiner or spacing mark).
    private static func isSafeNeighbour(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return true }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return isSafe(bytes, start: index, end: end)
    }

    /// ASCII, Latin-1 letters and signs (U+00A0–U+00FF), or one of `–—‘’‚“”„…`.
    private static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        switch end - start {
        case 1: return bytes[start] < 0x80
        case 2: return bytes[start] == 0xC2 || bytes[start] == 0xC3
        case 3:
            guard bytes[start] == 0xE2, bytes[start + 1] == 0x80 else { return false }
            switch bytes[start + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9A, 0x9C, 0x9D, 0x9E, 0xA6: return true
            default: return false
            }
        default: return false
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
