import Foundation
import Testing

@testable import Reporting

@Suite struct ReportOutputTests {
    @Test func piecesBiggerThanTheBufferGoOutInOrderAfterWhatIsBuffered() throws {
        let path = NSTemporaryDirectory() + "copydesk-output-" + UUID().uuidString
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer {
            close(descriptor)
            unlink(path)
        }
        let output = ReportOutput(descriptor: descriptor, name: "out", capacity: 8)
        var flushes = 0
        output.beforeFlush = { flushes += 1 }
        try output.write(Array("abc".utf8))
        #expect(flushes == 0)
        try output.write(Array(repeating: UInt8(ascii: "-"), count: 20))
        #expect(flushes == 1)
        try output.write("xyz")
        try output.flush()
        #expect(flushes == 2)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == "abc" + String(repeating: "-", count: 20) + "xyz")
    }
}
