import Foundation
import Testing

@testable import ArticleLoading

@Suite struct FileReaderTests {
    private func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "copydesk-reader-" + UUID().uuidString + ".txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(
        arguments: [
            0, 1, 1_456, FileReader.firstRead - 1, FileReader.firstRead, FileReader.firstRead + 1,
            2 * FileReader.firstRead, 65_535, 65_536, 65_537, 200_003,
        ])
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

    /// Past the first read's room the size comes from `fstat`, so the limit is told with it,
    /// as it is for a file that ends inside the room.
    @Test(arguments: [100, FileReader.firstRead, FileReader.firstRead + 1, 3 * FileReader.firstRead])
    func aFileOverTheLimitIsRefusedWithItsSize(size: Int) throws {
        let path = try write(Array(repeating: UInt8(ascii: "a"), count: size))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileReader(maxBytes: size).read(path).count == size)
        #expect(
            throws: LoadError(
                path: path,
                message: "file too large (\(size) bytes, the limit is \(size - 1)); split it or raise the limit")
        ) {
            try FileReader(maxBytes: size - 1).read(path)
        }
    }

    /// What is not a regular file is refused by kind, whether it reads as empty (a named pipe
    /// with no writer, /dev/null), fails to read (a folder) or reads without end (/dev/zero).
    @Test func whatIsNotARegularFileIsRefusedByKind() throws {
        let folder = NSTemporaryDirectory() + "copydesk-reader-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reader = FileReader(maxBytes: 1_000_000)
        #expect(throws: LoadError(path: folder, message: "is a directory")) { try reader.read(folder) }
        let pipe = folder + "/pipe.md"
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: LoadError(path: pipe, message: "is a named pipe (FIFO), not a file; give a regular file")) {
            try reader.read(pipe)
        }
        for device in ["/dev/null", "/dev/zero"] {
            #expect(throws: LoadError(path: device, message: "is a device, not a file; give a regular file")) {
                try reader.read(device)
            }
        }
    }

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
