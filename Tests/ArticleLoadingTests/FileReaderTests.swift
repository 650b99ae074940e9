import Foundation
import Testing

@testable import ArticleLoading

@Suite struct FileReaderTests {
    private func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "copydesk-reader-" + UUID().uuidString + ".txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 200_003])
    func aFileIsReadWhole(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = try write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileReader(maxBytes: 1_000_000).read(path) == bytes)
    }

    #if os(Linux)
        /// A file whose size says 0 (procfs) is read to its real end, not to its size.
        @Test func aFileLongerThanItsSizeIsReadToItsEnd() throws {
            let expected = Array(try Data(contentsOf: URL(fileURLWithPath: "/proc/version")))
            #expect(!expected.isEmpty)
            #expect(try FileReader(maxBytes: 1_000_000).read("/proc/version") == expected)
        }
    #endif

    @Test func aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws {
        let path = try write(Array(repeating: UInt8(ascii: "a"), count: 100))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileReader(maxBytes: 100).read(path).count == 100)
        #expect(
            throws: LoadError(
                path: path, message: "file too large (100 bytes, the limit is 99); split it or raise the limit")
        ) {
            try FileReader(maxBytes: 99).read(path)
        }
    }
}
