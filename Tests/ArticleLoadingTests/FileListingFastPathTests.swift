import Foundation
import TestSupport
import Testing

@testable import ArticleLoading

/// A folder's entries read in one pass of `readdir` (`FileDiscovery.entries(of:)`) are the ones
/// the two readings give, `FileManager.contentsOfDirectory` sorted and `EntryTypes`; paths are
/// ordered by their bytes compared in place as by `utf8.lexicographicallyPrecedes`.
@Suite struct FileListingFastPathTests {
    /// The entries as the walk read them before: the listing, sorted, each with its type.
    private func twoReadings(_ folder: String) throws -> [String] {
        let types = FileDiscovery.EntryTypes(of: folder)
        return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
            "\($0) \(types[$0].map { "\($0)" } ?? "-")"
        }
    }

    @Test func onePassListsWhatTheTwoReadingsList() throws {
        let names = [
            "a.md", "B.md", "b.md", "caf\u{E9}.md", "cafe\u{301}x.md", "\u{1F600}.txt", ".hidden", "node_modules",
            "z z.html",
            "a-c.md", "a", "a.b.c", "-", "x.MD", "\u{5D0}.md", "long" + String(repeating: "n", count: 200) + ".md",
        ]
        var generator = SplitMix(seed: 0xF11E)
        for round in 0..<40 {
            let root = NSTemporaryDirectory() + "copydesk-listing-\(round)-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: root) }
            var made: [String] = []
            for name in names where generator.next(3) != 0 {
                let path = root + "/" + name
                switch generator.next(4) {
                case 0: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                case 1 where !made.isEmpty:
                    try FileManager.default.createSymbolicLink(
                        atPath: path, withDestinationPath: made[generator.next(made.count)])
                case 2: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: root + "/missing")
                default: FileManager.default.createFile(atPath: path, contents: Data("x\n".utf8))
                }
                made.append(path)
            }
            let onePass = try #require(FileDiscovery.entries(of: root))
            #expect(onePass.map { "\($0.name) \($0.type.map { "\($0)" } ?? "-")" } == (try twoReadings(root)))
        }
    }

    /// Names equal as Swift strings (`é` and `e` with an accent) are left to the two readings.
    @Test func namesEqualAsStringsAreLeftToTheTwoReadings() throws {
        let root = NSTemporaryDirectory() + "copydesk-listing-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/caf\u{E9}.md", contents: Data())
        FileManager.default.createFile(atPath: root + "/cafe\u{301}.md", contents: Data())
        #expect(FileDiscovery.entries(of: root) == nil)
        #expect(FileDiscovery.entries(of: root + "/missing") == nil)
    }

    @Test func bytesPrecedeAsTheirUTF8Does() {
        let pieces = ["a", "b", "/", "-", ".", "\u{E9}", "e\u{301}", "\u{1F600}", "A", "z", "0"]
        var generator = SplitMix(seed: 0x50A7)
        var texts = [""]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<generator.next(24) { text += pieces[generator.next(pieces.count)] }
            texts.append(text)
        }
        for lhs in texts.prefix(120) {
            for rhs in texts {
                #expect(FileDiscovery.bytesPrecede(lhs, rhs) == lhs.utf8.lexicographicallyPrecedes(rhs.utf8))
            }
        }
    }
}
