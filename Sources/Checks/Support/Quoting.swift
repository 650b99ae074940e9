/// Short quotations of article text for finding messages.
enum Quoting {
    /// The text on one line, whitespace collapsed, cut at a word boundary near `limit` characters.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        asciiExcerpt(text, limit: limit) ?? unicodeExcerpt(text, limit: limit)
    }

    /// `excerpt` of any text, by characters.
    static func unicodeExcerpt(_ text: String, limit: Int) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        var cut = collapsed.prefix(limit)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, last.isPunctuation || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }

    /// `excerpt` of a text whose first `limit + 1` characters (whitespace collapsed) are ASCII,
    /// on its bytes (nil for any other text). Every ASCII character is one byte (a CR LF pair,
    /// the one two-byte character, is whitespace and collapses), and the whitespace characters
    /// are tab, LF, VT, FF, CR and space.
    ///
    /// The reading stops at the `limit + 1`th character, which is not whitespace: the excerpt is
    /// made of the `limit` before it, and that it exists says the text is longer than `limit`.
    /// Whatever follows cannot change those: a character's bounds depend only on the scalars
    /// next to it, and nothing after an ASCII character but a combining one joins it, which
    /// would change only that last character, not end it. So a long item with a word of another
    /// script near its end is not read whole twice.
    static func asciiExcerpt(_ text: String, limit: Int) -> String? {
        // The bytes read in place when the string keeps them contiguously (a native string
        // does): iterating the UTF-8 view cost a dozen instructions a byte.
        text.utf8.withContiguousStorageIfAvailable { asciiExcerpt(of: $0, limit: limit) }
            ?? Array(text.utf8).withUnsafeBufferPointer { asciiExcerpt(of: $0, limit: limit) }
    }

    /// `asciiExcerpt` of a text's UTF-8 bytes: the text collapsed into room on the stack, then
    /// the excerpt written into its string at once (an array of the collapsed bytes, a string
    /// made of them and another with the ellipsis appended were three allocations a message).
    private static func asciiExcerpt(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
        let room = max(0, limit) + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { collapsed -> String? in
            guard let out = collapsed.baseAddress else { return nil }
            var count = 0
            var gap = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) {
                    gap = true
                    continue
                }
                // A space before this byte when the text had a gap and room is left for both.
                if gap, count > 0 {
                    out[count] = UInt8(ascii: " ")
                    count += 1
                    if count > limit { break }
                }
                gap = false
                out[count] = byte
                count += 1
                if count > limit { break }
            }
            guard count > limit else {
                return String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self)
            }
            var cut = max(0, limit)
            if let space = UnsafeBufferPointer(start: out, count: cut).lastIndex(of: UInt8(ascii: " ")) { cut = space }
            while cut > 0, isASCIIPunctuationOrWhitespace(out[cut - 1]) { cut -= 1 }
            return String(unsafeUninitializedCapacity: cut + 3) { excerpt in
                excerpt.baseAddress!.update(from: out, count: cut)
                // "…", U+2026.
                excerpt[cut] = 0xE2
                excerpt[cut + 1] = 0x80
                excerpt[cut + 2] = 0xA6
                return cut + 3
            }
        }
    }

    /// `Character(Unicode.Scalar(byte)).isPunctuation || .isWhitespace` for an ASCII byte:
    /// the general categories P* (`!"#%&'()*,-./:;?@[\]_{}`) and the whitespace (tab to CR,
    /// space). `$+<=>^`|~` are symbols (S*), not punctuation.
    static func isASCIIPunctuationOrWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, UInt8(ascii: " "): true
        case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: ","),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"),
            UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            true
        default: false
        }
    }
}
