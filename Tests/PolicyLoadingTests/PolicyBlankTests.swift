import Foundation
import Testing

@testable import PolicyLoading

/// `PolicyReader.isBlank` answers as `trimmingCharacters(in: .whitespaces).isEmpty` does.
@Suite struct PolicyBlankTests {
    @Test func isBlankIsTheTrimmedReading() {
        let pieces = [
            "", " ", "\t", "\n", "\r", "\u{A0}", "\u{2003}", "\u{3000}", "a", "Z", "~", "!", "\u{7F}", "\u{0}",
            "\u{301}", "é", "e\u{301}", "\u{1F600}", "x y", "\u{200B}", "\u{85}", "\u{1680}",
        ]
        var random = UInt64(23)
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        var blanks = 0
        var compared = 0
        for _ in 0..<5_000 {
            let value = (0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined()
            let plain = value.trimmingCharacters(in: .whitespaces).isEmpty
            #expect(PolicyReader.isBlank(value) == plain, "\(Array(value.unicodeScalars))")
            if plain { blanks += 1 }
            compared += 1
        }
        for byte in UInt8(0)...UInt8(0x7F) {
            let value = String(decoding: [byte, 0x61], as: UTF8.self)
            #expect(PolicyReader.isBlank(value) == value.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        #expect(compared == 5_000)
        #expect(blanks > 300)
    }
}
