/// Spans of quoted speech in a text: between straight double quotes, or “ and ”.
enum HedgeQuotes {
    /// Byte ranges inside quotation marks, the marks included. An unclosed quote quotes nothing.
    /// `bytes` are indexed from 0 (an array or a buffer, not a slice).
    ///
    /// Bytes in memory of their own (every caller's) are read eight at a time past those that
    /// can be no mark (`spans(inBuffer:)`); others are copied into an array first.
    static func spans<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [Range<Int>] where Bytes.Index == Int {
        bytes.withContiguousStorageIfAvailable { spans(inBuffer: $0) }
            ?? Array(bytes).withUnsafeBufferPointer { spans(inBuffer: $0) }
    }

    /// The quoted spans of bytes in memory of their own: eight bytes that hold neither `"`
    /// nor `0xE2` (the first byte of “ and ”) are passed over with one test, the others read
    /// one at a time (a quote pairs with the next; an unclosed one quotes nothing). Most texts
    /// the detector asks about hold no quote at all (about eight instructions a byte were spent
    /// finding that).
    static func spans(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        let count = bytes.count
        var spans: [Range<Int>] = []
        var straightOpen: Int?
        var curlyOpen: Int?
        var index = 0
        while index < count {
            while index &+ 8 <= count {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if mayHoldMark(chunk) { break }
                index &+= 8
            }
            guard index < count else { break }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                if let open = straightOpen {
                    spans.append(open..<(index + 1))
                    straightOpen = nil
                } else {
                    straightOpen = index
                }
            } else if byte == 0xE2, index + 2 < count, base[index + 1] == 0x80 {
                // “ E2 80 9C opens, ” E2 80 9D closes.
                if base[index + 2] == 0x9C, curlyOpen == nil {
                    curlyOpen = index
                } else if base[index + 2] == 0x9D, let open = curlyOpen {
                    spans.append(open..<(index + 3))
                    curlyOpen = nil
                }
                index += 3
                continue
            }
            index += 1
        }
        return spans.count < 2 ? spans : spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether one of the eight bytes of `chunk` is `"` or `0xE2`: a byte of `chunk` equal to
    /// the one looked for is a zero byte of their XOR, and `(x - 0x01…) & ~x & 0x80…` is
    /// nonzero exactly when `x` has a zero byte.
    @inline(__always)
    private static func mayHoldMark(_ chunk: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let straight = chunk ^ (ones &* 0x22)
        let curly = chunk ^ (ones &* 0xE2)
        return ((straight &- ones) & ~straight | (curly &- ones) & ~curly) & highs != 0
    }

    static func contains(_ spans: [Range<Int>], _ offset: Int) -> Bool {
        spans.contains { $0.contains(offset) }
    }
}
