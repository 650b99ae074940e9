import TestSupport
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

    /// A file of two checkpoint strides or fewer has no checkpoints: 600 generated files of
    /// 0 to 2,200 bytes (one long line or many, multi-byte scalars, a BOM, CRLF), every position
    /// and ranges on and across lines, against a byte-by-byte reading.
    @Test func positionsWithoutCheckpointsMatchAByteByByteReading() {
        var random = SplitMix(seed: 0x11E_1DE7)
        let pieces = [
            "a", "word ", "\n", "\r\n", "\u{E9}", "\u{2014}", "\u{1F600}", String(repeating: "x", count: 300),
        ]
        for round in 0..<600 {
            let length = round % 3 == 0 ? 2_040 + random.next(16) : random.next(2_200)
            var bytes: [UInt8] = round % 5 == 0 ? [0xEF, 0xBB, 0xBF] : []
            while bytes.count < length {
                let piece = round % 4 == 0 ? (random.next(2) == 0 ? "\u{E9}" : "y") : pieces[random.next(pieces.count)]
                bytes += Array(piece.utf8)
            }
            let index = LineIndex(bytes)
            let bom = round % 5 == 0 ? 3 : 0
            // Every offset's position, read byte by byte in one pass.
            var table: [SourcePosition] = []
            var line = 1
            var column = 1
            for offset in 0...bytes.count {
                table.append(SourcePosition(line: line, column: offset < bom ? 1 : column, offset: offset))
                guard offset >= bom, offset < bytes.count else { continue }
                if bytes[offset] == 0x0A {
                    line += 1
                    column = 1
                } else if bytes[offset] & 0xC0 != 0x80 {
                    column += 1
                }
            }
            func position(_ raw: Int) -> SourcePosition { table[max(0, min(raw, bytes.count))] }
            for offset in -1...(bytes.count + 1) {
                #expect(index.position(ofOffset: offset) == position(offset), "\(round) \(offset)")
            }
            for _ in 0..<50 {
                let start = random.next(bytes.count + 2) - 1
                let end = start + random.next(400)
                let expected = SourceRange(start: position(start), end: position(max(start, end)))
                #expect(index.range(from: start, to: end) == expected, "\(round) \(start) \(end)")
            }
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
