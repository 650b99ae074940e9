/// Substring search on UTF-8 bytes where its answer is provably Foundation's.
///
/// Foundation's `range(of:)` and `contains` compare by canonical equivalence, through
/// `NSString`, which costs far more than a byte search. For ASCII text canonical equivalence
/// is byte equality, so these searches answer at once there and leave the rest to Foundation.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = 0
        while start + needle.count <= haystack.count {
            guard let found = haystack[start...(haystack.count - needle.count)].firstIndex(of: first) else {
                return nil
            }
            if haystack[found..<(found + needle.count)].elementsEqual(needle) { return found }
            start = found + 1
        }
        return nil
    }

    /// Whether `haystack` contains the ASCII letters and punctuation of `needle` as Foundation's
    /// `contains` tells, or nil when only Foundation can tell: no character but these ASCII ones is
    /// canonically equivalent to them, so no byte match means no match; a byte match between
    /// ASCII neighbours cannot split a composed character, so it is one.
    static func contains(ascii needle: [UInt8], in haystack: [UInt8]) -> Bool? {
        guard let offset = firstOffset(of: needle, in: haystack) else { return false }
        let end = offset + needle.count
        let asciiBefore = offset == 0 || haystack[offset - 1] < 0x80
        let asciiAfter = end == haystack.count || haystack[end] < 0x80
        return asciiBefore && asciiAfter ? true : nil
    }

    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}
