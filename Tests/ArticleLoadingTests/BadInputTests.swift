import ArticleLoading
import Foundation
import Testing

@Suite struct BadInputTests {
    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "copydesk-bad-input-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func binaryFileNamesTheNULByte() {
        let bytes: [UInt8] = Array("Title\n\nText".utf8) + [0x00, 0x01]
        #expect(throws: LoadError(path: "img.txt", message: "binary file (NUL byte at offset 11)")) {
            try ArticleLoader().load(path: "img.txt", bytes: bytes)
        }
    }

    @Test func invalidUTF8NamesByteLineAndColumn() {
        let bytes: [UInt8] = Array("Title\n\nCafé ok ".utf8) + [0xC3, 0x28] + Array(" rest".utf8)
        #expect(
            throws: LoadError(
                path: "bad.md", message: "not valid UTF-8 at byte 16 (line 3, column 9)", line: 3, column: 9)
        ) {
            try ArticleLoader().load(path: "bad.md", bytes: bytes)
        }
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func malformedSequencesAreRefused(_ sequence: [UInt8]) {
        #expect(
            throws: LoadError(
                path: "x.txt", message: "not valid UTF-8 at byte 2 (line 1, column 3)", line: 1, column: 3)
        ) {
            try ArticleLoader().load(path: "x.txt", bytes: Array("ab".utf8) + sequence)
        }
    }

    @Test func utf16WithABOMIsDecoded() throws {
        let article = try ArticleLoader().load(path: "u.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00])
        #expect(article.source == Array("Aé".utf8))
        #expect(article.title == "Aé")
    }

    @Test func utf16WithAnOddLengthIsRefused() {
        #expect(
            throws: LoadError(path: "u.txt", message: "UTF-16 file has an odd number of bytes (5); save it as UTF-8")
        ) {
            try ArticleLoader().load(path: "u.txt", bytes: [0xFE, 0xFF, 0x00, 0x41, 0x00])
        }
    }

    @Test func tooLargeIsRefused() {
        #expect(
            throws: LoadError(
                path: "big.txt", message: "file too large (11 bytes, the limit is 10); split it or raise the limit")
        ) {
            try ArticleLoader(maxBytes: 10).load(path: "big.txt", bytes: Array("hello world".utf8))
        }
    }

    @Test func missingFile() {
        #expect(throws: LoadError(path: "/nonexistent/copydesk/missing.md", message: "no such file")) {
            try ArticleLoader().load(path: "/nonexistent/copydesk/missing.md")
        }
    }

    @Test func directoryAsAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: LoadError(path: folder, message: "is a directory")) {
            try ArticleLoader().load(path: folder)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root can read anything"))
    func unreadableFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/secret.md"
        FileManager.default.createFile(
            atPath: path, contents: Data("# Secret\n".utf8), attributes: [.posixPermissions: 0o000])
        #expect(throws: LoadError(path: path, message: "permission denied")) {
            try ArticleLoader().load(path: path)
        }
    }

    @Test func binaryFileOnDisk() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/photo.md"
        FileManager.default.createFile(
            atPath: path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))
        #expect(throws: LoadError(path: path, message: "binary file (NUL byte at offset 8)")) {
            try ArticleLoader().load(path: path)
        }
    }

    @Test func errorDescriptionNamesThePosition() {
        #expect(LoadError(path: "a.md", message: "m", line: 2, column: 3).description == "a.md:2:3: m")
        #expect(LoadError(path: "a.md", message: "no such file").description == "a.md: no such file")
    }
}
