import CrashGuard
import Foundation
import Testing

@testable import Pipeline

/// The crash guard's list of files being linted (what its crash message names). Other suites
/// lint meanwhile, so each test looks only at its own paths (a unique folder). The tests run one
/// at a time: the guard's 64 slots are shared by the process, and `moreFilesThanSlotsAreLintedUnnamed`
/// takes every one, so a test beside it found its own file unnamed (4 runs of this suite in 30).
@Suite(.serialized) struct CrashMarkTests {
    /// The marked paths under `folder`.
    func marked(under folder: String) -> [String] {
        var buffer = [CChar](repeating: 0, count: 1 << 17)
        let count = copydesk_crash_guard_marked(&buffer, Int32(buffer.count))
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let paths = count == 0 ? [] : text.components(separatedBy: ", ")
        #expect(paths.count == Int(count))
        return paths.filter { $0.hasPrefix(folder) || $0.hasPrefix("...") && $0.contains(folder) }
    }

    let folder = "crash-mark-\(UUID().uuidString)/"

    @Test func aFileIsMarkedWhileItIsLintedAndNotAfter() {
        let first = CrashMark(folder + "a.md")
        let second = CrashMark(folder + "b b.md")
        #expect(Set(marked(under: folder)) == [folder + "a.md", folder + "b b.md"])
        first.end()
        #expect(marked(under: folder) == [folder + "b b.md"])
        second.end()
        #expect(marked(under: folder) == [])
    }

    @Test func aLongPathKeepsItsEnd() {
        let path = String(repeating: "folder/", count: 300) + folder + "article.md"
        let mark = CrashMark(path)
        defer { mark.end() }
        #expect(mark.slot >= 0)
        let shown = marked(under: folder)
        #expect(shown.count == 1)
        #expect(shown.first?.hasPrefix("...") == true)
        #expect(shown.first?.hasSuffix("/" + folder + "article.md") == true)
        #expect(shown.first?.utf8.count == 1023)
    }

    @Test func marksFromManyThreadsAreAllUndone() async {
        let folder = folder
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let mark = CrashMark(folder + "\(index).md")
                    mark.end()
                }
            }
        }
        #expect(marked(under: folder) == [])
    }

    @Test func moreFilesThanSlotsAreLintedUnnamed() {
        let marks = (0..<100).map { CrashMark(folder + "\($0).md") }
        let named = marks.indices.filter { marks[$0].slot >= 0 }.map { folder + "\($0).md" }
        #expect(named.count <= 64)
        #expect(marks.count - named.count >= 36)
        #expect(Set(marked(under: folder)) == Set(named))
        for mark in marks { mark.end() }
        #expect(marked(under: folder) == [])
    }
}
