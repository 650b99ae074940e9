import Foundation
import Testing

@testable import ArticleLoading

/// Offsets within an article are 32-bit integers, so an input of 2 GiB or more is refused,
/// whatever `--max-file-size` says, with an error that names the file and cannot be mistaken
/// for the user's own limit. The supported size is lowered here so the tests need no 2 GiB file.
@Suite struct SupportedSizeTests {
    @Test func theSupportedSizeIsTheLargestThirtyTwoBitOffset() {
        #expect(ArticleLoader.maxSupportedBytes == 2_147_483_647)
    }

    @Test func bytesOverTheSupportedSizeAreRefusedWhateverTheLimit() throws {
        var loader = ArticleLoader(maxBytes: Int.max)
        loader.supportedBytes = 10
        #expect(
            throws: LoadError(
                path: "huge.md",
                message: "file too large (11 bytes, copydesk reads at most 10 bytes a file); split it")
        ) {
            try loader.load(path: "huge.md", bytes: Array("hello world".utf8))
        }
        #expect(try loader.load(path: "ok.md", bytes: Array("hello worl".utf8)).source.count == 10)
    }

    /// The user's limit, when it is the smaller, is still the one the message names.
    @Test func aSmallerUserLimitKeepsItsOwnMessage() {
        var loader = ArticleLoader(maxBytes: 5)
        loader.supportedBytes = 10
        #expect(
            throws: LoadError(
                path: "big.md", message: "file too large (11 bytes, the limit is 5); split it or raise the limit")
        ) {
            try loader.load(path: "big.md", bytes: Array("hello world".utf8))
        }
    }

    /// UTF-16 grows in UTF-8: the transcoded text is checked against the supported size too.
    @Test func utf16ThatGrowsPastTheSupportedSizeIsRefused() {
        var loader = ArticleLoader(maxBytes: Int.max)
        loader.supportedBytes = 10
        // BOM and four CJK characters: 10 bytes of UTF-16, 12 of UTF-8.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x2D, 0x4E, 0x87, 0x65, 0x2D, 0x4E, 0x87, 0x65]
        #expect(
            throws: LoadError(
                path: "wide.txt",
                message: "file too large (12 bytes, copydesk reads at most 10 bytes a file); split it")
        ) {
            try loader.load(path: "wide.txt", bytes: bytes)
        }
    }

    @Test func aFileOverTheSupportedSizeIsRefusedBeforeItIsRead() throws {
        let path = NSTemporaryDirectory() + "copydesk-supported-" + UUID().uuidString + ".md"
        try Data(repeating: UInt8(ascii: "a"), count: 11).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var loader = ArticleLoader(maxBytes: 1_000_000)
        loader.supportedBytes = 10
        let refused = LoadError(
            path: path, message: "file too large (11 bytes, copydesk reads at most 10 bytes a file); split it")
        #expect(throws: refused) { try loader.load(path: path) }
        #expect(throws: refused) { try loader.read(path: path) }
        #expect(
            refused.description
                == "\(path): file too large (11 bytes, copydesk reads at most 10 bytes a file); split it")
    }
}
