import CmarkArena
import CopydeskCore

extension LineIndex {
    /// `LineIndex(bytes, asciiFrom:)`, its line starts found thirty-two bytes at a time
    /// (`copydesk_line_starts`): `LineIndex.lineStarts` calls `memchr` for every line, about
    /// fifty instructions a line of tens of bytes with its loop. Room is made for a line every
    /// 32 bytes, and made again at the count found when the lines are shorter.
    static func loading(_ bytes: [UInt8], asciiFrom: Int) -> LineIndex {
        LineIndex(bytes, asciiFrom: asciiFrom, lineStarts: lineStarts(of: bytes))
    }

    /// `LineIndex.lineStarts` of `bytes`, found in C, written in temporary memory (on the stack
    /// when small) and made an array once.
    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { bytes in
            var room = bytes.count / 32 + 16
            while true {
                let starts = withUnsafeTemporaryAllocation(of: Int.self, capacity: room) { starts -> [Int]? in
                    let total = copydesk_line_starts(bytes.baseAddress, bytes.count, starts.baseAddress, room)
                    guard total <= room else {
                        room = total
                        return nil
                    }
                    return Array(UnsafeBufferPointer(rebasing: starts[..<total]))
                }
                if let starts { return starts }
            }
        }
    }
}
