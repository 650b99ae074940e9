import Foundation
import Testing

/// When copydesk itself crashes (a trap in a check), the user learns which article it was
/// linting and that it is copydesk's bug, and `--output` keeps its old file with no temporary
/// file beside it. `COPYDESK_TEST_CRASH_ON` makes linting one file trap, as a bug would.
@Suite struct CrashMessageTests {
    let e2e = EndToEndTests()

    struct Crash {
        var reason: Process.TerminationReason
        var status: Int32
        var stderr: String
    }

    func corpus(_ count: Int) throws -> URL { try e2e.articleCorpus(count) }

    func run(_ arguments: [String], in folder: URL, crashingOn name: String) throws -> Crash {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // No runtime backtrace after the message: the test reads the message, quickly.
        process.environment = ProcessInfo.processInfo.environment.merging([
            "COPYDESK_TEST_CRASH_ON": name, "SWIFT_BACKTRACE": "enable=no",
        ]) { $1 }
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Crash(
            reason: process.terminationReason, status: process.terminationStatus,
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func leftovers(_ folder: URL) throws -> [String] { try EndToEndTests.leftovers(folder) }

    @Test(arguments: ["1", "2", "4"])
    func aCrashNamesTheArticleBeingLintedAndLeavesTheOldOutput(jobs: String) throws {
        let folder = try corpus(24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let crash = try run(
            ["lint", "--no-cache", "--jobs", jobs, "--format", "json", "-o", "out.json", "articles"], in: folder,
            crashingOn: "0017.md")
        // Ended by the signal, as without the guard, so a CI job fails.
        #expect(crash.reason == .uncaughtSignal)
        #expect([SIGILL, SIGTRAP].contains(crash.status))
        // The file the crashing thread was linting, alone, even with other files in flight.
        let lines = crash.stderr.split(separator: "\n").filter { $0.hasPrefix("copydesk: ") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("copydesk: internal error: SIG") == true)
        #expect(lines.first?.hasSuffix(" while linting articles/0017.md") == true)
        #expect(lines.last?.contains("this is a bug in copydesk") == true)
        #expect(lines.last?.hasSuffix("Please report it with that file.") == true)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "old")
        #expect(try leftovers(folder) == [])
    }

    @Test func withoutTheTriggerTheSameRunSucceeds() throws {
        let folder = try corpus(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let crash = try run(
            ["lint", "--no-cache", "--fail-on", "never", "-o", "out.json", "articles"], in: folder,
            crashingOn: "no-such-file.md")
        #expect(crash.reason == .exit)
        #expect(crash.status == 0)
        #expect(!crash.stderr.contains("internal error"))
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) != "old")
    }
}
