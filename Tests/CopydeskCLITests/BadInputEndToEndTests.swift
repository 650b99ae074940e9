import Foundation
import Testing

/// Hostile and broken inputs through the built binary: each gives a message naming the file
/// (and line and column where it has one), the other inputs are still linted, and the exit
/// code is 2. Nothing hangs, nothing crashes, nothing is left half-written.
@Suite struct BadInputEndToEndTests {
    let cli = EndToEndTests()
    static let fine = "# Fine\n\nNothing to see here.\n"

    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let url = try cli.scratch()
        for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func emptyAndWhitespaceOnlyArticlesAreClean() throws {
        let url = try folder(["empty.md": [], "blank.txt": Array("  \n\t\n\n".utf8)])
        let run = try cli.run(["lint", "empty.md", "blank.txt"], in: url)
        #expect(run.status == 0)
        #expect(run.stdout == "no findings in 2 files (0 words)\n")
    }

    @Test(.timeLimit(.minutes(2))) func brokenArticlesEachGetAMessageAndTheRestIsLinted() throws {
        let url = try folder([
            "good.md": Array(Self.fine.utf8),
            "bad-utf8.md": Array("# T\n\nab ".utf8) + [0xC3, 0x28],
            "nul.md": Array("# T\n\ntext".utf8) + [0x00],
            "wide.md": Array("# Title\n\nSome text.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "quotes.md": Array((String(repeating: "> ", count: 10_000) + "deep\n").utf8),
        ])
        symlink("nowhere.md", url.appendingPathComponent("dangling.md").path)
        symlink("loop-b.md", url.appendingPathComponent("loop-a.md").path)
        symlink("loop-a.md", url.appendingPathComponent("loop-b.md").path)
        #expect(mkfifo(url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let run = try cli.run(["lint", "--format", "json", "."], in: url)
        #expect(run.status == 2)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((json?["files"] as? [[String: Any]])?.map { $0["path"] as? String } == ["./good.md"])
        let lines = run.stderr.split(separator: "\n").map(String.init).sorted()
        #expect(
            lines == [
                "./bad-utf8.md:3:4: error: not valid UTF-8 at byte 8 (line 3, column 4)",
                "./dangling.md: error: dangling symbolic link to 'nowhere.md' (the target does not exist)",
                "./loop-a.md: error: symbolic link loop (too many levels of symbolic links)",
                "./loop-b.md: error: symbolic link loop (too many levels of symbolic links)",
                "./nul.md: error: binary file (NUL byte at offset 9)",
                "./pipe.md: error: is a named pipe (FIFO), not a file; give a regular file",
                "./quotes.md:1:199: error: nesting deeper than 100 levels (quotes, lists or inline markup); flatten it",
                "./wide.md: error: looks like UTF-16 without a byte-order mark; save the file as UTF-8",
            ])
    }

    @Test func utf16WithABOMIsLinted() throws {
        let text = "# Title\n\nIt could potentially help.\n"
        let url = try folder([
            "wide.md": [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        ])
        let run = try cli.run(["lint", "--fail-on", "never", "wide.md"], in: url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("wide.md:3:4 warning hedging.stacked-hedge"))
    }

    /// A long single line with no sentence end: the segmenter cuts it into pieces of at most
    /// 2,000 bytes, so cost stays linear (a 50 MB line takes ~3 minutes in a release build:
    /// docs/reliability.md; 400 KB keeps this test quick in a debug build), and a finding at
    /// its far end has the right column.
    @Test(.timeLimit(.minutes(5))) func aLongSingleLineIsLinted() throws {
        let line =
            String(repeating: "the garden path runs by the river, ", count: 400_000 / 35) + "it could potentially help"
        let url = try folder(["long.txt": Array((line + "\n").utf8)])
        let run = try cli.run(["lint", "--fail-on", "never", "--format", "json", "long.txt"], in: url)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let file = (report?["files"] as? [[String: Any]])?.first
        let findings = file?["findings"] as? [[String: Any]] ?? []
        let hedge = findings.first { $0["rule"] as? String == "hedging.stacked-hedge" }
        let start = (hedge?["range"] as? [String: Any])?["start"] as? [String: Any]
        #expect(start?["line"] as? Int == 1)
        #expect(start?["column"] as? Int == line.utf8.count - "could potentially help".utf8.count + 1)
        #expect((file?["title"] as? String) == nil)
    }

    @Test func articleSizeLimitIsConfigurable() throws {
        let url = try folder(["big.txt": Array(repeating: 0x61, count: 1_000_100)])
        let run = try cli.run(["lint", "--max-file-size", "1", "big.txt"], in: url)
        #expect(run.status == 2)
        #expect(
            run.stdout.contains(
                "big.txt: error file too large (1000100 bytes, the limit is 1000000); split it or raise the limit"))
        for size in ["1MB", "1000kB", "0.001 GB"] {
            let withUnit = try cli.run(["lint", "--max-file-size", size, "big.txt"], in: url)
            #expect(withUnit.status == 2)
            #expect(withUnit.stdout.contains("big.txt: error file too large (1000100 bytes, the limit is 1000000)"))
        }
        let raised = try cli.run(["lint", "--fail-on", "never", "--max-file-size", "2MB", "big.txt"], in: url)
        #expect(raised.status == 0)
        let wrong = try cli.run(["lint", "--max-file-size", "200X", "big.txt"], in: url)
        #expect(wrong.status == 2)
        #expect(
            wrong.stderr.contains(
                "'200X' is invalid for '--max-file-size <size>': expected a size such as 50, 200MB or 1.5GB"))
    }

    @Test func findingsPerFileAreCapped() throws {
        let text = "# Notes\n\n" + String(repeating: "It could potentially help. ", count: 30) + "\n"
        let url = try folder(["many.md": Array(text.utf8)])
        let run = try cli.run(["lint", "--fail-on", "never", "--max-findings-per-file", "3", "many.md"], in: url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("info style.findings-capped"))
        #expect(
            run.stdout.contains(
                "not reported (the limit is 3 per file); fix these first or raise --max-findings-per-file"))
    }

    @Test func terminalOutputStripsEscapesFromArticles() throws {
        let text = "# Title\n\nIt could potentially help. \u{1B}[2J\u{1B}]0;pwned\u{07}Yes.\n"
        let url = try folder(["escape.md": Array(text.utf8)])
        let run = try cli.run(["lint", "--fail-on", "never", "--color", "always", "escape.md"], in: url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("hedging."))
        #expect(!run.stdout.contains("\u{1B}[2J"))
        #expect(!run.stdout.contains("\u{1B}]0;"))
        #expect(!run.stdout.contains("\u{07}"))
    }

    @Test func aFolderWhereAFileIsExpected() throws {
        let url = try folder(["good.md": Array(Self.fine.utf8)])
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let output = try cli.run(["lint", "--output", "out", "good.md"], in: url)
        #expect(output.status == 2)
        #expect(output.stderr.contains("out: is a folder; give a file name for --output"))
        let policy = try cli.run(["lint", "--policy", "out", "good.md"], in: url)
        #expect(policy.status == 2)
        #expect(policy.stderr.contains("out"))
    }

    @Test func outputRefusesToOverwriteAnInputEvenThroughALink() throws {
        let url = try folder(["good.md": Array(Self.fine.utf8)])
        symlink("good.md", url.appendingPathComponent("alias.md").path)
        let run = try cli.run(["lint", "--output", "alias.md", "good.md"], in: url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--output alias.md is an input article (good.md); choose another file"))
        #expect(try Data(contentsOf: url.appendingPathComponent("good.md")) == Data(Self.fine.utf8))
    }

    @Test(.timeLimit(.minutes(1))) func anInterruptedRunLeavesTheOldOutputAndNoTemporaryFile() throws {
        let url = try folder(["report.json": Array("old".utf8)])
        for (signal, status) in [(SIGTERM, Int32(143)), (SIGINT, Int32(130))] {
            let process = Process()
            process.executableURL = EndToEndTests.binary
            process.arguments = ["lint", "--output", "report.json", "-"]
            process.currentDirectoryURL = url
            let input = Pipe()
            process.standardInput = input  // never closed: the run waits on stdin until the signal
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 3)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == status)
            #expect(try String(contentsOf: url.appendingPathComponent("report.json"), encoding: .utf8) == "old")
            #expect(try FileManager.default.contentsOfDirectory(atPath: url.path) == ["report.json"])
        }
    }
}
