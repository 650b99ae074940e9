import CopydeskCore
import Foundation
import Testing

@testable import ArticleLoading

@Suite struct FileDiscoveryKeyTests {
    static let paths = [
        "a.md", "docs/a.md", "./docs/a.md", "docs//a.md", "docs/./a.md", "docs/sub/../a.md", "../x/a.md", "docs/a.md/",
        "/tmp/docs/a.md", "/tmp/../tmp/a.md", "//tmp/a.md", "/", "/a.md", ".", "..", "~/a.md", "~", "a~.md",
        "a%20b.md", "a b.md", "a#b?.md", "Café.md", "Cafe\u{301}.md", "/\u{301}x.md", "x/\u{301}/y.md", ".hidden.md",
        "docs/.hidden/a.md", "docs/..a.md", "docs/a..md", "docs/...", "-", "--", "a:b.md", "a\\b.md",
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
}
