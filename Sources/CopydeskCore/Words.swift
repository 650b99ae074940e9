import Foundation

/// Word counting and normalisation on UTF-8 bytes (the hot path avoids `Character`).
public enum Words {
    /// Words: maximal runs of letters, digits, apostrophes and hyphens between other bytes.
    public static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let wordByte = isWordByte(byte)
            if wordByte && !inWord { count += 1 }
            inWord = wordByte
        }
        return count
    }

    /// ASCII letters and digits, and every non-ASCII byte (letters of other scripts).
    @inline(__always)
    public static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
            true
        default: false
        }
    }

    /// Lowercased words with their byte ranges in `text`. Apostrophes inside words are kept
    /// (`it's`), so are inner hyphens and decimal points (`cure-all`, `1.28`).
    public static func tokens(in text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count {
                if isWordByte(bytes[index]) {
                    index += 1
                } else if isJoiner(bytes, at: index) {
                    index += joinerLength(bytes, at: index)
                } else {
                    break
                }
            }
            let slice = bytes[start..<index]
            tokens.append(Token(text: String(decoding: slice, as: UTF8.self).lowercased(), range: start..<index))
        }
        return tokens
    }

    private static func isJoiner(_ bytes: [UInt8], at index: Int) -> Bool {
        let length = joinerLength(bytes, at: index)
        guard length > 0, index + length < bytes.count, isWordByte(bytes[index + length]) else { return false }
        return true
    }

    /// `'`, `-`, `.` between digits, and `’` (E2 80 99) join words.
    private static func joinerLength(_ bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "'"), UInt8(ascii: "-"): return 1
        case UInt8(ascii: "."), UInt8(ascii: ","):
            let digitBefore = index > 0 && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index - 1])
            let digitAfter = index + 1 < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 1])
            return digitBefore && digitAfter ? 1 : 0
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99: return 3
        default: return 0
        }
    }

    /// A word and its byte range in the text it came from.
    public struct Token: Sendable, Hashable {
        public var text: String
        public var range: Range<Int>

        public init(text: String, range: Range<Int>) {
            self.text = text
            self.range = range
        }
    }

    /// Text folded for comparison: lowercased words joined by single spaces, punctuation dropped.
    public static func normalized(_ text: String) -> String {
        tokens(in: text).map { $0.text.replacingApostrophes() }.joined(separator: " ")
    }
}

extension String {
    fileprivate func replacingApostrophes() -> String {
        contains("’") ? replacingOccurrences(of: "’", with: "'") : self
    }
}
