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
}
