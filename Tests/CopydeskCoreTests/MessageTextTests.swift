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

    /// `String(concatenating:_:_:number:)` against `"\(before)\(text)\(after)\(number)"`, for
    /// numbers of every length, zero, negatives and the extremes.
    @Test(arguments: ["", "Results", "naïve café’s ÉLAN 🧪", String(repeating: "long heading ", count: 20)])
    func aPhraseAndANumberAreTheInterpolation(_ text: String) {
        var numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, -1, -9, -10, -100]
        numbers += [Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        var seed: UInt64 = 5
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            numbers.append(Int(truncatingIfNeeded: seed) >> Int(seed % 64))
        }
        for number in numbers {
            let made = String(concatenating: "heading repeats '", text, "' from line ", number: number)
            #expect(made == "heading repeats '\(text)' from line \(number)")
            #expect(made.utf8.count == "heading repeats '\(text)' from line \(number)".utf8.count)
            #expect(String(concatenating: "", text, "", number: number) == "\(text)\(number)")
            #expect(String(concatenating: "line ", "", "", number: number) == "line \(number)")
        }
    }
}
