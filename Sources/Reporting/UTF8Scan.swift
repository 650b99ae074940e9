/// Byte tests that let the escaping functions hand back text that needs no change as it is,
/// without going through it scalar by scalar.
enum UTF8Scan {
    /// Whether a byte of `text`'s UTF-8 passes `test` (given all the bytes and the index).
    static func contains(_ text: String, where test: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices where test(bytes, index) { return true }
            return false
        }
    }

    /// The byte starts a C0 control, DEL, a C1 control (U+0080–U+009F), a bidirectional
    /// override (U+202A–U+202E) or isolate (U+2066–U+2069).
    static func isControlOrBidi(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch bytes[index] {
        case 0x00...0x1F, 0x7F: return true
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] <= 0x9F
        case 0xE2:
            guard index + 2 < bytes.count else { return false }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            return (second == 0x80 && (0xAA...0xAE).contains(third))
                || (second == 0x81 && (0xA6...0xA9).contains(third))
        default: return false
        }
    }

    /// The byte starts U+FFFE or U+FFFF.
    static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
    }
}
