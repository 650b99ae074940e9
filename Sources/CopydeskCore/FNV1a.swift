/// 64-bit FNV-1a over UTF-8, fed piece by piece: the same value in every run and on every
/// platform (Swift's `Hasher` is seeded per process), for finding fingerprints, Code Quality
/// fingerprints and the repetition checks' word hashes.
package struct FNV1a: Sendable {
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let prime: UInt64 = 0x100_0000_01b3

    package private(set) var value = offsetBasis

    package init() {}

    @inline(__always)
    package mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    package mutating func add(_ text: String) {
        // In place when the string's bytes lie contiguously (a native string's do), without
        // the copy of the string that `withUTF8` needs.
        if text.utf8.withContiguousStorageIfAvailable({ add($0) }) != nil { return }
        var text = text
        text.withUTF8 { add($0) }
    }

    package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var value = value
        for byte in bytes { value = (value ^ UInt64(byte)) &* Self.prime }
        self.value = value
    }

    /// The hash of a whole text.
    package static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text)
        return hash.value
    }

    /// The hash of a whole text as 16 lowercase hex digits.
    package static func hex(of text: String) -> String {
        hash(text).paddedHex
    }
}

extension UInt64 {
    /// The value as 16 lowercase hex digits.
    package var paddedHex: String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                buffer[index] = hexDigits[Int((self >> (60 - 4 * UInt64(index))) & 0xF)]
            }
            return 16
        }
    }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
