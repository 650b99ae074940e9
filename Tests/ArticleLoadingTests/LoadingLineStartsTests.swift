import CopydeskCore
import TestSupport
import Testing

@testable import ArticleLoading

/// The loader's line starts, found sixteen bytes at a time in C (`LineIndex.loading`), are
/// `LineIndex`'s own, on generated texts of every kind of line length (lines shorter than the
/// 32 bytes the array first has room for each make it again).
@Suite struct LoadingLineStartsTests {
    @Test func lineStartsFoundInCAreLineIndexs() {
        let pieces = ["a", "word ", "\n", "\n\n", "\r\n", "é", "\u{1F600}", String(repeating: "x", count: 40), "\t"]
        var random = SplitMix(seed: 0x11E5)
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            let count = random.next(4) == 0 ? random.next(400) : random.next(40)
            for _ in 0..<count { bytes += Array(pieces[random.next(pieces.count)].utf8) }
            let asciiFrom = random.next(bytes.count + 1)
            let index = LineIndex.loading(bytes, asciiFrom: asciiFrom)
            let plain = LineIndex(bytes, asciiFrom: asciiFrom)
            #expect(index.lineStarts == plain.lineStarts, "\(bytes)")
            #expect(index.asciiFrom == plain.asciiFrom)
            for offset in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 7)) {
                #expect(index.position(ofOffset: offset) == plain.position(ofOffset: offset))
            }
        }
        #expect(LineIndex.lineStarts(of: []) == [0])
        #expect(LineIndex.lineStarts(of: Array(String(repeating: "\n", count: 100).utf8)) == Array(0...100))
    }
}
