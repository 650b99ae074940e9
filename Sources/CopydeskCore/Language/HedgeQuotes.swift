/// Spans of quoted speech in a text: between straight double quotes, or “ and ”.
enum HedgeQuotes {
    /// Byte ranges inside quotation marks, the marks included. An unclosed quote quotes nothing.
    /// `bytes` are indexed from 0 (an array or a buffer, not a slice).
    static func spans<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [Range<Int>] where Bytes.Index == Int {
        var spans: [Range<Int>] = []
        var straightOpen: Int?
        var curlyOpen: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if let open = straightOpen {
                    spans.append(open..<(index + 1))
                    straightOpen = nil
                } else {
                    straightOpen = index
                }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                // “ E2 80 9C opens, ” E2 80 9D closes.
                if bytes[index + 2] == 0x9C, curlyOpen == nil {
                    curlyOpen = index
                } else if bytes[index + 2] == 0x9D, let open = curlyOpen {
                    spans.append(open..<(index + 3))
                    curlyOpen = nil
                }
                index += 3
                continue
            }
            index += 1
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    static func contains(_ spans: [Range<Int>], _ offset: Int) -> Bool {
        spans.contains { $0.contains(offset) }
    }
}
