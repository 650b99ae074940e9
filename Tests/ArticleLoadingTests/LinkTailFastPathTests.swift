import Testing

@testable import ArticleLoading

/// The end of a link destination found sixteen bytes at a time against the byte loop it replaced.
@Suite struct LinkTailFastPathTests {
    /// `InlineBuilder.closingParenthesis(in:from:limit:)` as it read every byte.
    static func slowClosingParenthesis(_ source: [UInt8], from open: Int, limit: Int) -> Int? {
        var depth = 0
        var index = open
        var quote: UInt8?
        var angle = false
        while index < limit {
            let byte = source[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if angle {
                if byte == UInt8(ascii: ">") { angle = false }
            } else {
                switch byte {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case UInt8(ascii: "<") where source[index - 1] == UInt8(ascii: "(") || source[index - 1] == 0x20:
                    angle = true
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if source[index - 1] == 0x20 || source[index - 1] == 0x0A { quote = byte }
                default: break
                }
            }
            index += 1
        }
        return nil
    }

    static func check(_ source: [UInt8]) {
        for limit in Set([source.count, max(1, source.count - 1), min(source.count, 9), min(source.count, 17)]) {
            let fast = source.withUnsafeBufferPointer {
                InlineBuilder.closingParenthesis(in: $0, from: 0, limit: limit)
            }
            #expect(fast == slowClosingParenthesis(source, from: 0, limit: limit), "\(source) limit \(limit)")
        }
    }

    /// Every byte value at every place of destinations with nested parentheses, `<…>`, titles
    /// and escapes, each standing at several offsets from a sixteen-byte boundary.
    @Test func everyByteAtEveryPlace() {
        let templates = [
            "(https://example.org/a_(b)/c?d=1&e=%20 \"ti)tle\") tail", "(<a b)c> 'x)y' (z)) rest",
            "(abcdefghijklmnopqrstuvwxyz\\)0123456789)", "(a\n\"q\" <b>)", "(ab\\\\)cd)",
        ]
        for template in templates {
            for pad in [0, 3, 7, 12] {
                let base = Array(("(" + String(repeating: "p", count: pad)).utf8) + Array(template.utf8.dropFirst())
                for position in 1..<base.count {
                    for byte in 0...255 {
                        var source = base
                        source[position] = UInt8(byte)
                        Self.check(source)
                    }
                }
            }
        }
    }

    @Test func randomDestinations() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("a(()<>\\\"' \n#%&".utf8) + [0x80, 0xFF, 0xA9]
        for length in 1...40 {
            for _ in 0..<200 {
                Self.check([UInt8(ascii: "(")] + (1..<length).map { _ in alphabet.randomElement(using: &generator)! })
            }
        }
    }
}
