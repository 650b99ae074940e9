import CrashGuard
import Foundation
import Testing

/// `copydesk_replace_file`, which moves a finished output over its path: whatever the path named
/// before (nothing, a regular file, a link, a file with a second name), the path ends up naming
/// the new file, the temporary name is gone, and nothing else in the folder changes; where it
/// cannot (a folder in the way, no temporary file), it fails and leaves both as they were.
@Suite struct ReplaceFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("replace-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ text: String, _ name: String) throws {
        try text.write(toFile: path(name), atomically: false, encoding: .utf8)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    func inode(_ name: String) -> UInt64? {
        var info = stat()
        return lstat(path(name), &info) == 0 ? UInt64(info.st_ino) : nil
    }

    func isLink(_ name: String) -> Bool {
        var info = stat()
        return lstat(path(name), &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    @Test func intoAnEmptyPlace() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("new", ".out.tmp")
        #expect(copydesk_replace_file(path(".out.tmp"), path("out.json")) == 0)
        #expect(try read("out.json") == "new")
        #expect(try names() == ["out.json"])
    }

    @Test func overARegularFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Large enough that the filesystem holds the new file's data in memory when it is moved.
        let big = String(repeating: "new report line\n", count: 1 << 16)
        try write("old", "out.json")
        try write(big, ".out.tmp")
        let fresh = inode(".out.tmp")
        #expect(copydesk_replace_file(path(".out.tmp"), path("out.json")) == 0)
        #expect(try read("out.json") == big)
        #expect(inode("out.json") == fresh)
        #expect(try names() == ["out.json"])
    }

    @Test func overALinkReplacesTheLinkNotWhatItNames() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("kept", "elsewhere.json")
        try FileManager.default.createSymbolicLink(
            atPath: path("out.json"), withDestinationPath: path("elsewhere.json"))
        try write("new", ".out.tmp")
        #expect(copydesk_replace_file(path(".out.tmp"), path("out.json")) == 0)
        #expect(!isLink("out.json"))
        #expect(try read("out.json") == "new")
        #expect(try read("elsewhere.json") == "kept")
        #expect(try names() == ["elsewhere.json", "out.json"])
    }

    @Test func overAFileWithASecondNameLeavesThatNameTheOldFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("old", "out.json")
        try FileManager.default.linkItem(atPath: path("out.json"), toPath: path("second.json"))
        try write("new", ".out.tmp")
        #expect(copydesk_replace_file(path(".out.tmp"), path("out.json")) == 0)
        #expect(try read("out.json") == "new")
        #expect(try read("second.json") == "old")
        #expect(try names() == ["out.json", "second.json"])
    }

    @Test func aFolderInTheWayFailsAndLeavesBoth() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: path("out.json"), withIntermediateDirectories: false)
        try write("inside", "out.json/a.txt")
        try write("new", ".out.tmp")
        #expect(copydesk_replace_file(path(".out.tmp"), path("out.json")) == -1)
        #expect(try read("out.json/a.txt") == "inside")
        #expect(try read(".out.tmp") == "new")
        #expect(try names() == [".out.tmp", "out.json"])
    }

    @Test func noTemporaryFileFailsAndLeavesThePath() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("old", "out.json")
        #expect(copydesk_replace_file(path(".out.tmp"), path("out.json")) == -1)
        #expect(errno == ENOENT)
        #expect(try read("out.json") == "old")
        #expect(try names() == ["out.json"])
    }
}
