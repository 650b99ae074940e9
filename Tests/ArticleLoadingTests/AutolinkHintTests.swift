import CmarkArena
import Testing

/// `copydesk_autolink_hint` steps over sixteen-byte blocks that hold nothing it looks for: its
/// bits are those of reading every byte once its pre-test passes, on texts of every length with
/// matches anywhere (at block edges too).
@Suite struct AutolinkHintTests {
    /// The hint as it was read before blocks were stepped over: a text of 17 bytes or more whose
    /// bytes before the last hold no `@`, `/`, `[`, `]` or `ww`, and whose last byte is no
    /// bracket, has none; otherwise what every byte starts.
    private func expectedHint(_ bytes: [UInt8]) -> Int32 {
        if bytes.count >= 17 {
            let head = bytes.dropLast()
            let passes =
                head.contains { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") || $0 == 0x5B || $0 == 0x5D }
                || zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "w") && $1 == UInt8(ascii: "w") }
                || bytes.last == 0x5B || bytes.last == 0x5D
            if !passes { return 0 }
        }
        return plainHint(bytes)
    }

    /// What every byte starts.
    private func plainHint(_ bytes: [UInt8]) -> Int32 {
        var found: Int32 = 0
        for index in bytes.indices {
            let rest = bytes[index...]
            if rest.starts(with: Array("@".utf8)) { found |= 1 }
            if bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "]") { found |= 4 }
            // A `://` or `www.` counts when a byte follows it (cmark's rules need one).
            if index + 3 < bytes.count, rest.starts(with: Array("://".utf8)) || rest.starts(with: Array("www.".utf8)) {
                found |= 2
            }
        }
        return found
    }

    @Test func blocksSteppedOverGiveTheBytewiseHint() {
        let pieces = ["a", "b", " ", "w", "ww", "www.", ".", ":", "/", "://", "@", "[", "]", "x", "\u{E9}", "aaaaaaaa"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        for _ in 0..<20_000 {
            // Mostly filler, so that whole blocks hold nothing and are stepped over.
            let length = next() % 90
            var bytes: [UInt8] = []
            while bytes.count < length {
                bytes += Array((next() % 6 == 0 ? pieces[next() % pieces.count] : "abcdefgh").utf8)
            }
            let expected = expectedHint(bytes)
            let hint = bytes.withUnsafeBufferPointer { copydesk_autolink_hint($0.baseAddress, $0.count) }
            #expect(hint == expected, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }
}
