import Testing

@testable import CopydeskCore

/// `String(concatenating:_:_:)` against the interpolation it replaces in finding messages.
@Suite struct MessageTextTests {
    @Test(arguments: [
        "", "x", "miracle", "cure for obesity", "naïve café’s ÉLAN 🧪", String(repeating: "long phrase ", count: 40),
        String(decoding: [0x61, 0xC3, 0x62], as: UTF8.self), "\u{0}\n\"\\",
    ])
    func aPhraseBetweenTwoLiteralsIsTheInterpolation(_ phrase: String) {
        let bridged = String(phrase.utf8.map { Character(Unicode.Scalar($0 < 0x80 ? $0 : 0x3F)) })
        for text in [phrase, bridged, String(phrase.prefix(3)), phrase + phrase] {
            #expect(String(concatenating: "cure claim '", text, "': say so") == "cure claim '\(text)': say so")
            #expect(String(concatenating: "'", text, "'") == "'\(text)'")
            #expect(String(concatenating: "", text, "") == text)
            #expect(String(concatenating: "é ", text, " 🧪") == "é \(text) 🧪")
            #expect(String(concatenating: "'", text, "'").utf8.count == text.utf8.count + 2)
        }
    }
}
