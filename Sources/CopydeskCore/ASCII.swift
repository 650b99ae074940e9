/// ASCII letter case on UTF-8 bytes, written once for every stage. Public, not `package`: an
/// `@inlinable` `package` function was called, not inlined, from the other modules (a call per
/// byte in the fingerprint and reference loops, +4.8 M instructions on the bench files).
public enum ASCII {
    /// `byte` lowercased when it is an ASCII capital, as `Words.tokens` lowercases; every other
    /// byte (UTF-8 lead and continuation bytes too) unchanged.
    @inlinable @inline(__always)
    public static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// The eight ASCII bytes of `chunk` (any byte order) with the letters `A` to `Z` lowercased,
    /// as `lowercased(_:)` does each. Each sum stays within its byte (ASCII bytes are below
    /// 0x80): `v + (0x80 - low)` has its high bit set when `v >= low`, so a byte from `A` to `Z`
    /// has it set by the first sum and not by the second.
    @inlinable @inline(__always)
    public static func lowercased(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = chunk &+ ones &* (0x80 - 0x41)
        let pastZ = chunk &+ ones &* (0x80 - 0x5B)
        return chunk | (atLeastA & ~pastZ & (ones &* 0x80)) >> 2
    }
}
