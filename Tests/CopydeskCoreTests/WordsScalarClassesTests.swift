import Testing

@testable import CopydeskCore

/// `Words.ScalarClasses` answers as the Unicode properties it keeps for each thread.
@Suite struct WordsScalarClassesTests {
    /// Every scalar below U+10000 that is not ASCII, asked twice (the first answer worked out and
    /// kept, the second found in the table), and some above it (never kept), answers as its
    /// properties do.
    @Test func answersAsThePropertiesDo() {
        var values = Array(UInt32(0x80)..<0xD800) + Array(UInt32(0xE000)..<0x10000)
        values += [0x10400, 0x1D7CE, 0x1F44D, 0x1F600, 0x20000, 0xE0100, 0x10FFFF]
        var mismatches: [UInt32] = []
        for _ in 0..<2 {
            for value in values {
                let scalar = Unicode.Scalar(value)!
                if Words.ScalarClasses.isWordScalar(scalar) != Words.ScalarClasses.hasWordProperties(scalar) {
                    mismatches.append(value)
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
    }
}
