import Testing

@testable import CopydeskCore

/// `LineIndex` reads eight bytes at a time: its lines and columns are those of reading byte by byte.
@Suite struct LineIndexWordTests {
    @Test func lineStartsAndColumnsMatchAByteByByteReading() {
        var text = ""
        var state: UInt64 = 0x9E37_79B9
        let pieces = ["a", "bc ", "\n", "\r\n", "é", "—", "😀", "word ", "\n\n"]
        for _ in 0..<1_500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(state >> 33) % pieces.count]
        }
        text += String(repeating: "long line é ", count: 400)  // past two checkpoint strides
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        let starts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        #expect(index.lineStarts == starts)
        for offset in stride(from: 0, to: bytes.count, by: 7) {
            let line = starts.lastIndex { $0 <= offset }!
            let column = 1 + bytes[starts[line]..<offset].filter { $0 & 0xC0 != 0x80 }.count
            #expect(index.position(ofOffset: offset) == SourcePosition(line: line + 1, column: column, offset: offset))
        }
    }

    @Test func shortAndEmptyInputs() {
        #expect(LineIndex([]).lineStarts == [0])
        #expect(LineIndex(Array("\n".utf8)).lineStarts == [0, 1])
        #expect(LineIndex(Array("1234567\n".utf8)).lineStarts == [0, 8])
        #expect(LineIndex(Array("12345678\n9".utf8)).lineStarts == [0, 9])
        #expect(LineIndex(Array("\n\n\n\n\n\n\n\n\n".utf8)).lineStarts == Array(0...9))
    }
}
