import Foundation

/// Substring search on UTF-8 bytes: plain byte sequences, and searches whose answer is provably
/// Foundation's.
///
/// Foundation's `range(of:)` and `contains` compare by canonical equivalence, through
/// `NSString`, which costs far more than a byte search. For ASCII text canonical equivalence
/// is byte equality, so these searches answer at once there and leave the rest to Foundation.
package enum ByteSearch {
    /// Whether `bytes[range]` holds exactly `other` (one `memcmp`, not a generic element loop).
    package static func equal(_ bytes: [UInt8], _ range: Range<Int>, _ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { equal(bytes, range, $0) }
    }

    /// Whether `bytes[range]` holds exactly a sentence's bytes `other` (one `memcmp`).
    package static func equal(_ bytes: [UInt8], _ range: Range<Int>, _ other: SentenceBytes) -> Bool {
        other.withUnsafeBufferPointer { equal(bytes, range, $0) }
    }

    /// Whether `bytes[range]` holds exactly `other` (one `memcmp`).
    private static func equal(_ bytes: [UInt8], _ range: Range<Int>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the bytes")
        guard range.count == other.count else { return false }
        guard let otherBase = other.baseAddress, !other.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { bytes in
            memcmp(bytes.baseAddress! + range.lowerBound, otherBase, other.count) == 0
        }
    }

    /// Whether `bytes` hold `byte` anywhere (one `memchr`).
    package static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { contains(byte, in: $0) }
    }

    /// Whether a sentence's bytes hold `byte` anywhere (one `memchr`).
    package static func contains(_ byte: UInt8, in bytes: SentenceBytes) -> Bool {
        bytes.withUnsafeBufferPointer { contains(byte, in: $0) }
    }

    /// Whether `buffer` holds `byte` anywhere (one `memchr`).
    @inline(__always)
    package static func contains(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false
    }

    /// The offset of the first occurrence of `needle` in `bytes[from..<to]`, or nil (also for
    /// an empty needle).
    package static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard !needle.isEmpty, to - from >= needle.count else { return nil }
        let first = needle[0]
        var index = from
        let last = to - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// The byte offset of the first occurrence of `needle` in `haystack`, or nil.
    package static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        find(needle, in: haystack, from: 0, to: haystack.count)
    }

    /// Whether `haystack` contains the ASCII letters and punctuation of `needle` as Foundation's
    /// `contains` tells, or nil when only Foundation can tell: no character but these ASCII ones is
    /// canonically equivalent to them, so no byte match means no match; a byte match between
    /// ASCII neighbours cannot split a composed character, so it is one.
    package static func contains(ascii needle: [UInt8], in haystack: [UInt8]) -> Bool? {
        guard let offset = firstOffset(of: needle, in: haystack) else { return false }
        let end = offset + needle.count
        let asciiBefore = offset == 0 || haystack[offset - 1] < 0x80
        let asciiAfter = end == haystack.count || haystack[end] < 0x80
        return asciiBefore && asciiAfter ? true : nil
    }

    package static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isASCII)
    }

    /// Whether every byte is below 0x80: the bytes or-ed together, a loop the compiler vectorizes.
    package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }
}
