/// UTF-16 input: with a byte-order mark it is transcoded to UTF-8; without one it is
/// recognised (NUL bytes in every other position) and refused with a clear error.
enum UTF16Transcoding {
    /// `bytes` unchanged, or transcoded to UTF-8 (without the BOM) when they start with a UTF-16 BOM.
    static func utf8(from bytes: [UInt8], path: String) throws(LoadError) -> [UInt8] {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
        } else {
            return bytes
        }
        if bytes.count % 2 != 0 {
            throw LoadError(
                path: path, message: "UTF-16 file has an odd number of bytes (\(bytes.count)); save it as UTF-8")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { output.append($0) }
                unitIndex += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                throw LoadError(
                    path: path,
                    message:
                        "not valid UTF-16 at byte \(2 + unitIndex * 2) (an unpaired surrogate); save the file as UTF-8")
            }
        }
        return output
    }

    /// Whether the bytes look like UTF-16 without a BOM: among the first 512 two-byte units,
    /// at least a quarter have a NUL in the same half and none in the other.
    static func looksLikeUnmarkedUTF16(_ bytes: [UInt8]) -> Bool {
        let pairs = min(bytes.count / 2, 512)
        guard pairs >= 2 else { return false }
        var evenNULs = 0, oddNULs = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNULs += 1 }
            if bytes[2 * pair + 1] == 0 { oddNULs += 1 }
        }
        return (evenNULs * 4 >= pairs && oddNULs == 0) || (oddNULs * 4 >= pairs && evenNULs == 0)
    }
}
