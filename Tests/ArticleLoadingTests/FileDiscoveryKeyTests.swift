import CopydeskCore
import Foundation
import TestSupport
import Testing

@testable import ArticleLoading

@Suite struct FileDiscoveryKeyTests {
    static let paths = [
        "a.md", "docs/a.md", "./docs/a.md", "docs//a.md", "docs/./a.md", "docs/sub/../a.md", "../x/a.md", "docs/a.md/",
        "/tmp/docs/a.md", "/tmp/../tmp/a.md", "//tmp/a.md", "/", "/a.md", ".", "..", "~/a.md", "~", "a~.md",
        "a%20b.md", "a b.md", "a#b?.md", "Café.md", "Cafe\u{301}.md", "/\u{301}x.md", "x/\u{301}/y.md", ".hidden.md",
        "docs/.hidden/a.md", "docs/..a.md", "docs/a..md", "docs/...", "-", "--", "a:b.md", "a\\b.md",
        "/a/./b", "/a//b", "a/..", "/...", "/a/...", "/.a/b", "a/.", "/a/b/", "...", ".../x",
    ]

    @Test(arguments: paths)
    func theKeyIsTheStandardizedFileURLPath(path: String) {
        let folder = FileManager.default.currentDirectoryPath
        let expected = path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
        #expect(FileDiscovery.key(path, currentFolder: folder) == expected)
    }

    @Test func aRelativePathGoesAfterTheCurrentFolder() {
        #expect(FileDiscovery.key("docs/a.md", currentFolder: "/work/site") == "/work/site/docs/a.md")
        #expect(FileDiscovery.key("docs/a.md", currentFolder: "/") == "/docs/a.md")
        #expect(FileDiscovery.key("/abs/a.md", currentFolder: "/work/site") == "/abs/a.md")
    }

    @Test(
        arguments: paths + ["a.MD", "x/b.html/", "///", "x.md//", ".md", "x/.md", "a.b/c", "a/b.Markdown", "/p.xhtml"])
    func theFormatComesFromTheLastNonEmptyComponent(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let expected: ArticleFormat
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            switch name[name.index(after: dot)...].lowercased() {
            case "md", "markdown", "mdown", "mkd": expected = .markdown
            case "html", "htm", "xhtml": expected = .html
            default: expected = .text
            }
        } else {
            expected = .text
        }
        #expect(ArticleLoader.format(forPath: path) == expected)
    }

    /// 20,000 generated extensions (the known ones and their neighbours: letters of theirs in
    /// either case, one too many or too few, a NUL, a dot, a byte past `Z`, longer than eight):
    /// the packed comparison of an ASCII path's extension against the lowercased string's switch.
    @Test func theASCIIExtensionIsTheStringReading() {
        let known = ["md", "markdown", "mdown", "mkd", "html", "htm", "xhtml"]
        let letters = Array("mdarkownhtlxMDARKOWNHTLX.\0[`@z".utf8)
        var random = SplitMix(seed: 0xF0_3A7)
        for round in 0..<20_000 {
            var suffix = Array(known[random.next(known.count)].utf8)
            switch round % 5 {
            case 0: break
            case 1: suffix[random.next(suffix.count)] = letters[random.next(letters.count)]
            case 2: suffix.insert(letters[random.next(letters.count)], at: random.next(suffix.count + 1))
            case 3: suffix.removeLast()
            default: suffix = (0..<random.next(11)).map { _ in letters[random.next(letters.count)] }
            }
            if round % 7 == 0 { suffix = suffix.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 } }
            let name = String(decoding: suffix, as: UTF8.self)
            let expected: ArticleFormat
            switch name.lowercased() {
            case "md", "markdown", "mdown", "mkd": expected = .markdown
            case "html", "htm", "xhtml": expected = .html
            default: expected = .text
            }
            let packed = suffix.withUnsafeBufferPointer { ArticleLoader.format(forASCIIExtension: $0) }
            #expect(packed == expected, "\(name)")
            if !suffix.contains(UInt8(ascii: ".")), !suffix.contains(UInt8(ascii: "/")) {
                #expect(ArticleLoader.format(forPath: "dir/file." + name) == expected, "\(name)")
            }
        }
    }

    @Test func entryTypesAgreeWithStat() throws {
        let root = NSTemporaryDirectory() + "copydesk-entries-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/folder", withIntermediateDirectories: true)
        for name in ["file.md", "caf\u{E9}.md", "cafe\u{301}.md", "plain.txt"] {
            manager.createFile(atPath: root + "/" + name, contents: Data("x".utf8))
        }
        try manager.createDirectory(atPath: root + "/Cafe\u{301}", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: root + "/link.md", withDestinationPath: "file.md")
        try manager.createSymbolicLink(atPath: root + "/linked", withDestinationPath: "folder")
        try manager.createSymbolicLink(atPath: root + "/broken.md", withDestinationPath: "missing.md")
        defer { try? manager.removeItem(atPath: root) }
        let types = FileDiscovery.EntryTypes(of: root)
        #expect(types["file.md"] == .file)
        #expect(types["folder"] == .folder)
        #expect(types["Cafe\u{301}"] == .folder)
        #expect(types["Caf\u{E9}"] == nil)
        // Two names equal as Swift strings are left to stat; so are links.
        #expect(types["caf\u{E9}.md"] == nil)
        #expect(types["cafe\u{301}.md"] == nil)
        #expect(types["link.md"] == nil)
        #expect(types["linked"] == nil)
        #expect(types["broken.md"] == nil)
        for name in try manager.contentsOfDirectory(atPath: root) {
            guard let type = types[name] else { continue }
            var isDirectory: ObjCBool = false
            #expect(manager.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory))
            #expect(isDirectory.boolValue == (type == .folder), "\(name)")
        }
    }
}

/// `hasFolderExtension` reads ASCII names as bytes: the answer is the Character reading's.
@Suite struct FolderExtensionTests {
    static func characterReading(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return FileDiscovery.folderExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    @Test(arguments: [
        "a.md", "A.MD", "notes.Markdown", "x.txt", "page.HTM", "page.html", "a.mdx", "md", ".md", "a.", "a.b.md",
        "a.md.bak", "README", "a.TxT", "é.md", "a.mar\u{212A}down", "a.\u{301}md", "a.m\u{301}d", "a.htm\u{20}",
    ])
    func readsAsTheCharacterWay(_ name: String) {
        #expect(FileDiscovery.hasFolderExtension(name) == Self.characterReading(name))
    }

    @Test func kelvinSignLowercasesToK() {
        #expect(FileDiscovery.hasFolderExtension("a.mar\u{212A}down"))
        #expect(FileDiscovery.hasFolderExtension("A.MARKDOWN"))
        #expect(!FileDiscovery.hasFolderExtension("a.mdown"))
    }
}
