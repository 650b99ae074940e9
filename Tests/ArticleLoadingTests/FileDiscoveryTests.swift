import ArticleLoading
import Foundation
import Testing

@Suite struct FileDiscoveryTests {
    /// A folder tree: articles in several formats, hidden and vendor folders, files to ignore.
    private func makeTree() throws -> String {
        let root = NSTemporaryDirectory() + "copydesk-discovery-" + UUID().uuidString
        let files = [
            "b.md", "a.txt", "c.HTML", "notes.markdown", "page.htm", "image.png", "script.js", "sub/z.md",
            "sub/deeper/y.txt",
            ".hidden/skip.md", ".git/skip.md", "node_modules/pkg/readme.md", "sub/.draft.md",
        ]
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data("x\n".utf8))
        }
        return root
    }

    @Test func walksFoldersRecursivelyInSortedOrderSkippingHiddenAndVendorFolders() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = FileDiscovery().discover([root])
        #expect(result.errors.isEmpty)
        #expect(
            result.files.map { String($0.dropFirst(root.count + 1)) } == [
                "a.txt", "b.md", "c.HTML", "notes.markdown", "page.htm", "sub/deeper/y.txt", "sub/z.md",
            ])
    }

    @Test func filesAreTakenAsGivenAndDuplicatesRemoved() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = FileDiscovery().discover([
            root + "/script.js", root + "/sub", root + "/sub/z.md", root + "/./sub/z.md", "-",
        ])
        #expect(result.files == ["-", root + "/script.js", root + "/sub/deeper/y.txt", root + "/sub/z.md"])
    }

    @Test func missingPathsComeBackAsErrors() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = FileDiscovery().discover([root + "/b.md", "/nonexistent/copydesk.md"])
        #expect(result.files == [root + "/b.md"])
        #expect(result.errors == [LoadError(path: "/nonexistent/copydesk.md", message: "no such file")])
    }

    @Test func loaderDetectsFormatFromTheExtension() {
        #expect(ArticleLoader.format(forPath: "a/b.md") == .markdown)
        #expect(ArticleLoader.format(forPath: "b.MARKDOWN") == .markdown)
        #expect(ArticleLoader.format(forPath: "x/page.htm") == .html)
        #expect(ArticleLoader.format(forPath: "x/page.html") == .html)
        #expect(ArticleLoader.format(forPath: "notes.txt") == .text)
        #expect(ArticleLoader.format(forPath: "README") == .text)
        #expect(ArticleLoader.format(forPath: "dir.md/file") == .text)
    }
}
