import CopydeskCore
import Foundation
import Testing

@testable import Pipeline

@Suite struct CacheTests {
    func lint(_ folder: TemporaryFolder, configure: (inout LintRequest) -> Void = { _ in }) throws -> LintOutcome {
        var request = LintRequest(paths: [folder.path + "/articles"], workingDirectory: folder.path)
        request.cacheDirectory = ".copydesk-cache"
        configure(&request)
        return try Pipeline().lint(request)
    }

    func entries(_ folder: TemporaryFolder) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/.copydesk-cache")) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Rewrites every entry's title, so a later run shows whether it read the cache.
    func mark(_ folder: TemporaryFolder, title: String) throws {
        for name in entries(folder) {
            let url = URL(fileURLWithPath: folder.path + "/.copydesk-cache/" + name)
            var entry = try JSONDecoder().decode(FileCache.Entry.self, from: Data(contentsOf: url))
            entry.report.title = title
            try JSONEncoder().encode(entry).write(to: url)
        }
    }

    @Test func aSecondRunReadsTheCacheAndGivesTheSameReport() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.md", PipelineTests.article)
        try folder.write("articles/b.txt", "Sleep\n\nMelatonin could potentially cure insomnia.\n")
        let fresh = try lint(folder) { $0.cacheDirectory = nil }
        #expect(entries(folder).isEmpty)

        let first = try lint(folder)
        #expect(entries(folder).count == 2)
        let second = try lint(folder)
        #expect(first.report.files == fresh.report.files)
        #expect(second.report.files == fresh.report.files)
        #expect(second.report.files.flatMap(\.findings).count == fresh.report.files.flatMap(\.findings).count)
        #expect(second.report.files[0].excerpts == fresh.report.files[0].excerpts)
        #expect(!second.report.files[0].excerpts.isEmpty)

        try mark(folder, title: "from the cache")
        #expect(try lint(folder).report.files.map(\.title) == ["from the cache", "from the cache"])
        #expect(try lint(folder) { $0.cacheDirectory = nil }.report.files.map(\.title) == ["Cold Plunges", "Sleep"])
    }

    @Test func editingAFileLintsOnlyThatFileAgain() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.md", PipelineTests.article)
        try folder.write("articles/b.md", "# Fasting\n\nFasting may help.\n")
        _ = try lint(folder)
        try mark(folder, title: "from the cache")
        try folder.write("articles/b.md", "# Fasting, edited\n\nFasting may help.\n")
        let titles = try lint(folder).report.files.map(\.title)
        #expect(titles == ["from the cache", "Fasting, edited"])
        #expect(entries(folder).count == 2)
    }

    @Test func anotherPolicyOrRuleSelectionMisses() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.md", PipelineTests.article)
        _ = try lint(folder)
        try mark(folder, title: "from the cache")
        #expect(try lint(folder) { $0.policyPath = "medical" }.report.files.map(\.title) == ["Cold Plunges"])
        #expect(try lint(folder) { $0.disable = ["hedging"] }.report.files.map(\.title) == ["Cold Plunges"])
        let disabled = try lint(folder) { $0.disable = ["hedging"] }.report.files[0].findings
        #expect(!disabled.contains { $0.category == .hedging })
        try folder.write(".copydesk.yml", "version: 1\nchecks:\n  hedging: {severity: error}\n")
        #expect(try lint(folder).report.files.map(\.title) == ["Cold Plunges"])
        #expect(entries(folder).count == 4)
        try FileManager.default.removeItem(atPath: folder.path + "/.copydesk.yml")
        #expect(try lint(folder).report.files.map(\.title) == ["from the cache"])
    }

    @Test func aTornOrForeignEntryIsIgnored() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.md", PipelineTests.article)
        let fresh = try lint(folder)
        for name in entries(folder) {
            try Data("{\"runKey\":".utf8).write(to: URL(fileURLWithPath: folder.path + "/.copydesk-cache/" + name))
        }
        #expect(try lint(folder).report.files == fresh.report.files)
    }

    @Test func concurrentRunsShareTheCacheSafely() throws {
        let folder = try TemporaryFolder()
        for index in 0..<12 { try folder.write("articles/\(index).md", PipelineTests.article) }
        let fresh = try lint(folder) { $0.cacheDirectory = nil }
        let folderPath = folder.path
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            var request = LintRequest(paths: [folderPath + "/articles"], workingDirectory: folderPath, jobs: 2)
            request.cacheDirectory = ".copydesk-cache"
            results.add((try? Pipeline().lint(request))?.report.files ?? [])
        }
        #expect(results.all.count == 4)
        #expect(results.all.allSatisfy { $0 == fresh.report.files })
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/.copydesk-cache")
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(entries(folder).count == 12)
    }

    @Test func standardInputIsNeverCached() throws {
        let folder = try TemporaryFolder()
        var request = LintRequest(
            paths: ["-"], workingDirectory: folder.path, stdin: Array("# A\n\nIt may help.\n".utf8))
        request.cacheDirectory = ".copydesk-cache"
        _ = try Pipeline().lint(request)
        #expect(entries(folder).isEmpty)
    }

    @Test func theContentHashIsStableAndSeesEveryByte() {
        #expect(ContentHash.hex(of: []) == ContentHash.hex(of: []))
        // Pinned (an independent port of the algorithm gives the same): cache keys and shards stay put.
        #expect(ContentHash.hex(of: Array("abc".utf8)) == "d20de7fe607f72ceaa65d13b5051531e")
        let text = Array("Cold plunges could potentially help you sleep.".utf8)
        var seen = Set([ContentHash.hex(of: text)])
        for index in text.indices {
            var changed = text
            changed[index] ^= 1
            seen.insert(ContentHash.hex(of: changed))
        }
        #expect(seen.count == text.count + 1)
        #expect(ContentHash.hex(of: [0]) != ContentHash.hex(of: [0, 0]))
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [[FileReport]] = []
        func add(_ files: [FileReport]) {
            lock.lock()
            all.append(files)
            lock.unlock()
        }
    }
}

@Suite struct ShardTests {
    @Test func everyPathFallsInExactlyOneShard() throws {
        let paths = (0..<200).map { "articles/\($0 / 10)/article-\($0).md" }
        for count in [1, 2, 3, 7] {
            let shards = try (1...count).map { try Shard(index: $0, count: count) }
            for path in paths { #expect(shards.filter { $0.admits(path) }.count == 1) }
            if count > 1 {
                // Roughly even: no shard is empty or holds more than twice its share.
                for shard in shards {
                    let share = paths.filter(shard.admits).count
                    #expect(share > 0 && share < 2 * paths.count / count)
                }
            }
        }
    }

    @Test func aPathKeepsItsShardWhateverElseIsLinted() throws {
        // Pinned: CI jobs of different runs must agree on where a path goes.
        let names = ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md"]
        #expect(names.filter(try Shard(parsing: "1/3").admits) == ["d.md"])
        #expect(names.filter(try Shard(parsing: "2/3").admits) == ["b.md", "c.md", "e.md", "f.md"])
        #expect(names.filter(try Shard(parsing: "3/3").admits) == ["a.md"])
        #expect(try Shard(parsing: "1/1").admits("anything.md"))
        #expect(try Shard(parsing: "1/2").admits("-"))
        #expect(!(try Shard(parsing: "2/2").admits("-")))
    }

    @Test func badShardsSayWhatToWrite() {
        #expect(throws: PipelineError("--shard 3/2: expected i/n with 1 <= i <= n")) { try Shard(parsing: "3/2") }
        #expect(throws: PipelineError("--shard 0/2: expected i/n with 1 <= i <= n")) { try Shard(parsing: "0/2") }
        #expect(throws: PipelineError("--shard 1/0: expected i/n with 1 <= i <= n")) { try Shard(parsing: "1/0") }
        #expect(throws: PipelineError("--shard two: expected i/n, such as 1/4")) { try Shard(parsing: "two") }
        #expect(throws: PipelineError("--shard 1/2/3: expected i/n, such as 1/4")) { try Shard(parsing: "1/2/3") }
    }

    @Test func shardedRunsMergeIntoTheWholeRun() throws {
        let folder = try TemporaryFolder()
        for index in 0..<9 { try folder.write("articles/\(index).md", PipelineTests.article) }
        let whole = try Pipeline().lint(LintRequest(paths: [folder.path], workingDirectory: folder.path)).report
        var parts: [Report] = []
        for index in 1...3 {
            var request = LintRequest(paths: [folder.path], workingDirectory: folder.path)
            request.shard = try Shard(index: index, count: 3)
            parts.append(try Pipeline().lint(request).report)
        }
        #expect(parts.map(\.files.count).reduce(0, +) == 9)
        #expect(Set(parts.flatMap { $0.files.map(\.path) }).count == 9)
        let merged = ReportMerger().merge(parts)
        #expect(merged.files.map(\.path) == whole.files.map(\.path))
        #expect(merged.summary == whole.summary)
    }
}
