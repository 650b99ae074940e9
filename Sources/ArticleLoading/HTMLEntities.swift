@preconcurrency import CLibXML2

/// Entities written without their final `;`, which HTML parsers still decode (`&copy 2024`).
enum HTMLEntities {
    /// The end of a `;`-less entity at `start` that decodes to the scalar at `literal[text]`, if there is one.
    static func looseEntityEnd(in source: [UInt8], at start: Int, limit: Int, decodingTo literal: [UInt8], at text: Int)
        -> Int?
    {
        guard let scalar = SentenceSegmenter.decodeScalar(literal, at: text), scalar != "&" else { return nil }
        var index = start + 1
        guard index < limit else { return nil }
        if source[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < limit, source[index] == UInt8(ascii: "x") || source[index] == UInt8(ascii: "X") {
                hex = true
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < limit, index - digitsStart < 8, let digit = Self.digit(source[index], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart, value == scalar.value else { return nil }
            return index < limit && source[index] == UInt8(ascii: ";") ? index + 1 : index
        }
        var end = index
        while end < limit, end - index < 32, SourceAligner.isAlphanumeric(source[end]) { end += 1 }
        // The longest known name that is a prefix of the letters: `&copy2024` is `©2024`.
        var length = end - index
        while length >= 2 {
            let name = Array(source[index..<(index + length)]) + [0]
            if let entity = htmlEntityLookup(name), entity.pointee.value == scalar.value { return index + length }
            length -= 1
        }
        return nil
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
