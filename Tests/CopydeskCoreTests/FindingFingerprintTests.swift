import Foundation
import Testing

@testable import CopydeskCore

/// A finding's fingerprint held as a value (`setFingerprint(hash:)`, or sixteen lowercase hex
/// digits set as text) reads, compares, hashes and encodes as the string it stands for.
@Suite struct FindingFingerprintTests {
    private func finding(fingerprint: String = "") -> Finding {
        let start = SourcePosition(line: 3, column: 1, offset: 40)
        return Finding(
            rule: "hedging.stacked-hedge", category: .hedging, severity: .warning, message: "message", match: "match",
            range: SourceRange(start: start, end: start), fingerprint: fingerprint)
    }

    static let values: [UInt64] = [0, 1, 0xF, 0x10, 0xDEAD_BEEF, UInt64.max, 0x0123_4567_89AB_CDEF, 1 << 63]

    /// Texts that are not sixteen lowercase hex digits, and some that are.
    static let texts = [
        "", "0", "0123456789abcde", "0123456789abcdef", "0123456789ABCDEF", "0123456789abcdef0", "0123456789abcdeg",
        "ffffffffffffffff", "0000000000000000", "g000000000000000", "000000000000000/", "00000000000000:0",
        "é00000000000000", "000000000000000é", "deadbeef-2", "x", " 123456789abcdef", "123456789abcdef ",
    ]

    @Test func aValueReadsAsItsPaddedHex() {
        for value in Self.values {
            var finding = finding()
            finding.setFingerprint(hash: value)
            #expect(finding.fingerprint == value.paddedHex)
            #expect(finding.fingerprintHash == value)
            var written = self.finding()
            written.fingerprint = value.paddedHex
            #expect(written == finding)
            #expect(written.hashValue == finding.hashValue)
            #expect(written.fingerprintHash == value)
        }
    }

    /// Every text reads back as set; only sixteen lowercase hex digits are held as a value.
    @Test func aTextReadsAsSet() {
        for text in Self.texts {
            let finding = finding(fingerprint: text)
            #expect(finding.fingerprint == text)
            let isHex = text.utf8.count == 16 && text.utf8.allSatisfy { "0123456789abcdef".utf8.contains($0) }
            #expect((finding.fingerprintHash != nil) == isHex, "\(text)")
            if let hash = finding.fingerprintHash { #expect(hash.paddedHex == text) }
        }
    }

    /// Two findings are equal, and hash alike, when their fingerprints' texts are: as they were
    /// when the text was stored (hashed as the text, whatever its form).
    @Test func comparedAndHashedAsTheText() {
        let texts = Self.texts + Self.values.map(\.paddedHex)
        for left in texts {
            for right in texts {
                let lhs = finding(fingerprint: left)
                let rhs = finding(fingerprint: right)
                #expect((lhs == rhs) == (left == right), "\(left) \(right)")
                if left == right { #expect(lhs.hashValue == rhs.hashValue) }
            }
            var hasher = Hasher()
            hasher.combine(left)
            var stored = Hasher()
            finding(fingerprint: left).storedFingerprint.hash(into: &stored)
            #expect(hasher.finalize() == stored.finalize())
        }
    }

    /// Encoded and decoded as the text.
    @Test func codedAsTheText() throws {
        for text in Self.texts + Self.values.map(\.paddedHex) {
            let finding = finding(fingerprint: text)
            let data = try JSONEncoder().encode(finding)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect(object?["fingerprint"] as? String == text)
            let decoded = try JSONDecoder().decode(Finding.self, from: data)
            #expect(decoded == finding)
            #expect(decoded.fingerprint == text)
        }
    }

    /// The digits worked out a word at a time (`writeHex`) against the table's
    /// (`paddedHex`): every nibble at every place over fillers of every nibble, and 100,000
    /// generated values.
    @Test func writeHexOfEveryNibbleAtEveryPlaceIsThePaddedHex() {
        func written(_ value: UInt64) -> String {
            String(unsafeUninitializedCapacity: 16) { out in
                Finding.writeHex(value, to: out.baseAddress!)
                return 16
            }
        }
        for filler in UInt64(0)...15 {
            let fill = filler &* 0x1111_1111_1111_1111
            for place in UInt64(0)..<16 {
                for nibble in UInt64(0)...15 {
                    let value = fill & ~(0xF << (4 * place)) | nibble << (4 * place)
                    #expect(written(value) == value.paddedHex)
                }
            }
        }
        var state: UInt64 = 6
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = state ^ (state >> 29)
            #expect(written(value) == value.paddedHex)
        }
    }

    @Test func writeHexIsThePaddedHex() {
        var generator = SystemRandomNumberGenerator()
        for value in Self.values + (0..<200).map({ _ in generator.next() }) {
            let text = String(unsafeUninitializedCapacity: 16) { out in
                Finding.writeHex(value, to: out.baseAddress!)
                return 16
            }
            #expect(text == value.paddedHex)
        }
    }
}
