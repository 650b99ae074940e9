import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bracketed citation markers in text: `[1]`, `[1,2]`, `[3–5]`, and (for segmentation) `[^note]`.
enum NumberedMarkers {
    /// The byte range of a marker starting at `index`, if one does.
    static func marker(in bytes: [UInt8], at index: Int, allowFootnote: Bool) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { marker(in: $0, at: index, allowFootnote: allowFootnote) }
    }

    /// `marker(in:at:allowFootnote:)` of bytes read in place.
    static func marker(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, allowFootnote: Bool) -> Range<Int>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        var end = index + 1
        if allowFootnote, end < bytes.count, bytes[end] == UInt8(ascii: "^") {
            end += 1
            let labelStart = end
            while end < bytes.count, bytes[end] != UInt8(ascii: "]"), !SentenceSegmenter.isSpace(bytes[end]),
                bytes[end] != UInt8(ascii: "[")
            {
                end += 1
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]"), end > labelStart else { return nil }
            return index..<(end + 1)
        }
        var digits = 0
        while end < bytes.count {
            let byte = bytes[end]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
                end += 1
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") {
                end += 1
            } else if byte == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x93 {
                end += 3  // en dash
            } else {
                break
            }
        }
        guard digits > 0, digits <= 12, end < bytes.count, bytes[end] == UInt8(ascii: "]"),
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 1])
        else { return nil }
        return index..<(end + 1)
    }

    /// Every bracketed marker left in `text`: `[1]`-style (numbered) and literal `[^label]`
    /// (footnote references Markdown could not resolve, or footnotes in plain text and HTML).
    /// The label is the inside without spaces (and without `^`).
    static func find(in text: String) -> [(label: String, style: CitationMarker.Style, range: Range<Int>)] {
        find(inUTF8: Array(text.utf8))
    }

    /// The first `[` at or after `index`, found with `memchr` (most text has none).
    static func nextBracket(in bytes: [UInt8], from index: Int) -> Int? {
        bytes.withUnsafeBufferPointer { nextBracket(in: $0, from: index) }
    }

    /// `nextBracket(in:from:)` of bytes read in place.
    static func nextBracket(in buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < buffer.count, let base = buffer.baseAddress else { return nil }
        let start = base + index
        guard let found = memchr(start, Int32(UInt8(ascii: "[")), buffer.count - index) else { return nil }
        return index + (UnsafeRawPointer(found) - UnsafeRawPointer(start))
    }

    /// `find(in:)` on the text's UTF-8 bytes.
    static func find(inUTF8 bytes: [UInt8]) -> [(label: String, style: CitationMarker.Style, range: Range<Int>)] {
        bytes.withUnsafeBufferPointer { find(inUTF8: $0) }
    }

    /// `find(inUTF8:)` of bytes read in place (a block's text, not copied out of its string first).
    static func find(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>
    ) -> [(label: String, style: CitationMarker.Style, range: Range<Int>)] {
        var found: [(label: String, style: CitationMarker.Style, range: Range<Int>)] = []
        var index = 0
        while let open = nextBracket(in: bytes, from: index) {
            if let range = marker(in: bytes, at: open, allowFootnote: true) {
                let footnote = bytes[range.lowerBound + 1] == UInt8(ascii: "^")
                let inside = bytes[(range.lowerBound + (footnote ? 2 : 1))..<(range.upperBound - 1)].filter {
                    $0 != UInt8(ascii: " ")
                }
                found.append((String(decoding: inside, as: UTF8.self), footnote ? .footnote : .numbered, range))
                index = range.upperBound
            } else {
                index = open + 1
            }
        }
        return found
    }
}
