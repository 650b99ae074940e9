import Foundation
import Testing

/// `--output` is whole or absent: an interrupted or failed run leaves the old file and no
/// temporary file; standard output gets the same bytes as the file.
@Suite struct StreamingOutputTests {
    let e2e = EndToEndTests()

    func corpus(_ count: Int) throws -> URL { try e2e.articleCorpus(count) }

    func leftovers(_ folder: URL) throws -> [String] { try EndToEndTests.leftovers(folder) }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalMidRunLeavesTheOldOutputAndNoTemporaryFile(_ signal: Int32, _ status: Int32) throws {
        let folder = try corpus(400)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["lint", "--no-cache", "--jobs", "1", "-o", "out.json", "articles"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The temporary file exists from the start of the run; wait for it, then a little more.
        let deadline = Date().addingTimeInterval(30)
        while try leftovers(folder).isEmpty, Date() < deadline, process.isRunning { usleep(20_000) }
        #expect(try leftovers(folder).count == 1)
        usleep(300_000)
        #expect(process.isRunning)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "old")
        #expect(try leftovers(folder) == [])
    }

    @Test func aFailedRunLeavesTheOldOutputAndNoTemporaryFile() throws {
        let folder = try corpus(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try e2e.run(
            ["lint", "--no-cache", "-o", "out.json", "--write-baseline", "missing/baseline.json", "articles"],
            in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("missing/baseline.json: folder"))
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "old")
        #expect(try leftovers(folder) == [])
        let policy = try e2e.run(
            ["lint", "--no-cache", "-o", "out.json", "--only", "no.such-rule", "articles"], in: folder)
        #expect(policy.status == 2)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "old")
        #expect(try leftovers(folder) == [])
    }

    @Test func theReportAndTheBaselineAreBothWrittenWhole() throws {
        let folder = try corpus(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try e2e.run(
            ["lint", "--no-cache", "-o", "out.json", "--write-baseline", "baseline.json", "articles"], in: folder)
        #expect(run.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out.json")))
        let summary = (report as? [String: Any])?["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 3)
        let baseline = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("baseline.json")))
        let entries = (baseline as? [String: Any])?["findings"] as? [Any]
        #expect(entries?.count == (summary?["findings"] as? Int))
        #expect(try leftovers(folder) == [])
    }

    /// A named pipe (or `/dev/null`, `/dev/stdout`, a shell's `>(…)`) is written straight
    /// through: a temporary file renamed over it would put a file where the pipe was (and, run as
    /// root with `-o /dev/null`, replace `/dev/null` itself). Through a link too.
    @Test(arguments: ["pipe", "link"])
    func aNamedPipeGetsTheReportAndStaysAPipe(_ name: String) throws {
        let folder = try corpus(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        if name == "link" {
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("link").path, withDestinationPath: "pipe")
        }
        // The reader opens the pipe for reading as copydesk opens it for writing, then reads to its end.
        let received = Received()
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: pipe)
            received.set((try? handle?.readToEnd()) ?? Data())
        }
        reader.start()
        let run = try e2e.run(["lint", "--no-cache", "--format", "json", "-o", name, "articles"], in: folder)
        let deadline = Date().addingTimeInterval(30)
        while received.get() == nil, Date() < deadline { usleep(10_000) }
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        let report = try JSONSerialization.jsonObject(with: try #require(received.get()))
        let summary = (report as? [String: Any])?["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 3)
        var info = stat()
        #expect(lstat(pipe, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try leftovers(folder) == [])
    }

    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data? { lock.withLock { data } }
    }

    @Test func aWriteErrorOnStandardOutputExitsTwoSayingSo() throws {
        let folder = try corpus(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["lint", "--no-cache", "--format", "json", "articles"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "copydesk: error: standard output: cannot write: No space left on device\n")
    }

    @Test(arguments: ["json", "text", "github", "sarif", "junit", "gitlab", "markdown", "html"])
    func standardOutputAndTheOutputFileGetTheSameBytes(_ format: String) throws {
        let folder = try corpus(5)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Bad byte: \u{FF}".write(
            to: folder.appendingPathComponent("articles/bad.md"), atomically: false, encoding: .isoLatin1)
        let out = try e2e.run(["lint", "--no-cache", "--color", "never", "--format", format, "articles"], in: folder)
        let file = try e2e.run(["lint", "--no-cache", "--format", format, "-o", "report.out", "articles"], in: folder)
        #expect(out.status == 2)
        #expect(file.status == 2)
        #expect(file.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.out"), encoding: .utf8) == out.stdout)
        #expect(out.stdout.contains("articles/0004.md"))
    }
}
