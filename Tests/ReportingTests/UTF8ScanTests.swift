import Testing

@testable import Reporting

/// The byte tests the escaping fast paths use must flag exactly the scalars `XMLWriter` does not
/// allow as they are: a scalar they miss would be written unescaped.
@Suite struct UTF8ScanTests {
    @Test func theByteTestsFlagExactlyTheScalarsXMLDoesNotAllow() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x2_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Between other characters, so a test reading past its first byte sees real neighbours.
            let text = "a" + String(Character(scalar)) + "b"
            let flagged = UTF8Scan.contains(text) {
                UTF8Scan.isControlOrBidi($0, $1) || UTF8Scan.isNonCharacter($0, $1)
            }
            if flagged == XMLWriter.isAllowed(scalar) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }
}
