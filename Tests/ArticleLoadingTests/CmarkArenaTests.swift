import CmarkArena
import CopydeskCore
import Dispatch
import Foundation
import Testing

@testable import ArticleLoading

/// cmark-gfm parses in a per-thread arena (`CmarkArena`) up to `MarkdownParser.arenaLimit`:
/// the drafts are those of a parse with malloc, on any number of threads at once.
@Suite struct CmarkArenaTests {
    private static let documents: [String] = [
        """
        ---
        title: Front matter
        ---
        # Heading with *emphasis* and `code`

        A paragraph with a [link](https://example.org "title"), a bare https://example.com/autolink,
        ~~struck~~ text, an entity &amp; &#x2014; and a footnote[^1]. Caf\u{E9} \u{1F600}.

        > A quote with a list:
        > - [x] done
        > - [ ] open, with **strong** text

        | Column | Other |
        |--------|-------|
        | cell   | 12 %  |

        ```swift
        let code = "kept verbatim"
        ```

        <div><p>HTML <sup>2</sup> block</p></div>

        1. First
           1. Nested
        2. Second

        [^1]: The footnote, https://doi.org/10.1000/1.
        """,
        String(repeating: "A long paragraph that makes cmark grow its buffers again and again. ", count: 3_000),
        (1...400).map { "- item \($0) with [ref \($0)](#r\($0)) and *more* text" }.joined(separator: "\n"),
        // Footnotes and reference links used before and after their definitions, in and out of containers.
        """
        Text[^a] and [ref][r], then more[^b].

        [^a]: First note, citing [ref][r].

        > Quoted[^b] text.

        - item[^a]

        [r]: https://example.org/r

        [^b]: Second note[^a].

        Last paragraph[^b] after [r].
        """,
        "",
    ]

    private static func draft(_ text: String, arenaLimit: Int) throws -> String {
        let source = Array(text.utf8)
        var parser = MarkdownParser(path: "a.md", source: source, lines: LineIndex(source))
        parser.arenaLimit = arenaLimit
        return String(describing: try parser.parse())
    }

    @Test(arguments: documents.indices)
    func theArenaParsesWhatMallocParses(index: Int) throws {
        let document = Self.documents[index]
        #expect(try Self.draft(document, arenaLimit: .max) == Self.draft(document, arenaLimit: 0))
        #expect(copydesk_arena_used() == 0)
    }

    @Test func threadsParseInTheirOwnArenas() throws {
        let expected = try Self.documents.map { try Self.draft($0, arenaLimit: 0) }
        let rounds = 24
        let results = Results(count: rounds)
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            let index = round % Self.documents.count
            results.set(round, (try? Self.draft(Self.documents[index], arenaLimit: .max)) == expected[index])
        }
        #expect(results.all == Array(repeating: true, count: rounds))
    }

    /// cmark-gfm turns the extensions' special characters (`~`, `|`, autolinks' `:` and `w`) on
    /// in a table shared by the whole process while it parses inlines and table rows, and off
    /// again after: a parse on another thread then missed strikethrough, autolinks or cells at
    /// random. `MarkdownParser` turns them on once for good.
    @Test func parsesOnManyThreadsSeeEveryExtension() throws {
        let table = "| a | b |\n|---|---|\n" + String(repeating: "| x ~~y~~ | www.example.com |\n", count: 200)
        let prose = String(repeating: "Text ~~struck~~ and https://example.org here.\n\n", count: 200)
        let documents = [table, prose]
        let expected = try documents.map { try Self.draft($0, arenaLimit: 0) }
        #expect(!expected[1].contains("~~"))
        let rounds = 400
        let results = Results(count: rounds)
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            let index = round % documents.count
            results.set(round, (try? Self.draft(documents[index], arenaLimit: .max)) == expected[index])
        }
        #expect(results.all.filter { !$0 }.count == 0)
    }

    @Test func allocatorKeepsContentsAndGivesBackTheLatest() throws {
        let allocator = try #require(copydesk_arena_begin()).pointee
        defer { copydesk_arena_end() }
        let first = try #require(allocator.calloc(3, 10)).assumingMemoryBound(to: UInt8.self)
        #expect((0..<30).allSatisfy { first[$0] == 0 })
        #expect(copydesk_arena_used() == 48)  // 16-byte header + 30 bytes rounded to 32
        for offset in 0..<30 { first[offset] = UInt8(offset) }
        // The latest allocation grows in place.
        let grown = try #require(allocator.realloc(first, 60)).assumingMemoryBound(to: UInt8.self)
        #expect(grown == first)
        #expect(copydesk_arena_used() == 80)
        let second = try #require(allocator.calloc(1, 8)).assumingMemoryBound(to: UInt8.self)
        // An earlier one moves, with its bytes.
        let moved = try #require(allocator.realloc(grown, 100)).assumingMemoryBound(to: UInt8.self)
        #expect(moved != grown)
        #expect((0..<30).allSatisfy { moved[$0] == UInt8($0) })
        allocator.free(second)  // not the latest: nothing to give back
        let used = copydesk_arena_used()
        allocator.free(moved)  // the latest: given back
        #expect(copydesk_arena_used() == used - 128)
        // Larger than a chunk: a chunk of its own.
        let large = try #require(allocator.calloc(1, 1 << 20)).assumingMemoryBound(to: UInt8.self)
        #expect(large[(1 << 20) - 1] == 0)
        copydesk_arena_end()
        #expect(copydesk_arena_used() == 0)
    }

    /// `calloc` zeroes ahead of the allocations, not each one: bytes written before (given back
    /// by `free` or a shrinking `realloc`, or in the chunk kept from the previous parse) must
    /// still come back zero.
    /// A thread keeps one chunk between parses; it is freed when the thread ends, not lost.
    @Test func aThreadsSpareChunkIsFreedWhenTheThreadEnds() throws {
        let before = copydesk_arena_spares_freed()
        var thread = pthread_t()
        let made = pthread_create(
            &thread, nil,
            { _ in
                if let allocator = copydesk_arena_begin()?.pointee {
                    _ = allocator.calloc(1, 64)
                    copydesk_arena_end()  // keeps the chunk as this thread's spare
                }
                return nil
            }, nil)
        try #require(made == 0)
        pthread_join(thread, nil)
        #expect(copydesk_arena_spares_freed() > before)
    }

    @Test func callocGivesZeroesWhereBytesWereWritten() throws {
        func fill(_ pointer: UnsafeMutableRawPointer?, _ count: Int) throws {
            let bytes = try #require(pointer).assumingMemoryBound(to: UInt8.self)
            for offset in 0..<count { bytes[offset] = 0xA5 }
        }
        func isZero(_ pointer: UnsafeMutableRawPointer?, _ count: Int) throws -> Bool {
            let bytes = try #require(pointer).assumingMemoryBound(to: UInt8.self)
            return (0..<count).allSatisfy { bytes[$0] == 0 }
        }
        for _ in 0..<3 {
            // The second and third rounds reuse the chunk the first one wrote all over.
            let allocator = try #require(copydesk_arena_begin()).pointee
            for size in [1, 15, 16, 17, 100, 2_047, 2_048, 2_049, 5_000] {
                let buffer = allocator.realloc(nil, size)
                try fill(buffer, size)
                allocator.free(buffer)  // the latest: its written bytes are taken again below
                let node = allocator.calloc(1, size + 24)
                #expect(try isZero(node, size + 24))
                try fill(node, size + 24)
                // Grown, then shrunk: the bytes it gave back were written.
                let grown = allocator.realloc(allocator.calloc(1, 8), 3 * size)
                try fill(grown, 3 * size)
                _ = allocator.realloc(grown, 1)
                #expect(try isZero(allocator.calloc(2, size), 2 * size))
            }
            // Fill the rest of the chunk and beyond: every byte handed out is zero.
            for _ in 0..<200 {
                let node = allocator.calloc(7, 301)
                #expect(try isZero(node, 7 * 301))
                try fill(node, 7 * 301)
            }
            copydesk_arena_end()
        }
    }
}

/// Per-round answers written from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool]

    init(count: Int) { values = Array(repeating: false, count: count) }

    func set(_ index: Int, _ value: Bool) { lock.withLock { values[index] = value } }

    var all: [Bool] { lock.withLock { values } }
}
