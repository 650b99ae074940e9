import Foundation
import Testing

/// A few end-to-end runs of the built binary: stdout, stderr and the exit code.
///
/// A class so the scratch folders a test made are removed when it ends (each test gets its own
/// instance; suites that use one through `cli` free it with themselves).
@Suite final class EndToEndTests: @unchecked Sendable {
    private var scratches: [URL] = []

    deinit {
        for url in scratches { try? FileManager.default.removeItem(at: url) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `copydesk` binary built beside this test bundle.
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("copydesk").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("copydesk")
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func run(_ arguments: [String], stdin: String? = nil, in folder: URL? = nil, environment: [String: String] = [:])
        throws -> Run
    {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? Self.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        scratches.append(url)
        return url
    }

    /// A scratch folder with `count` copies of the example article in `articles/` (0000.md,
    /// 0001.md, ...) and an `out.json` holding "old".
    func articleCorpus(_ count: Int) throws -> URL {
        let folder = try scratch()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let body = try String(
            contentsOf: Self.root.appendingPathComponent("examples/intermittent-fasting.md"), encoding: .utf8)
        for index in 0..<count {
            try body.write(
                to: articles.appendingPathComponent(String(format: "%04d.md", index)), atomically: false,
                encoding: .utf8)
        }
        try "old".write(to: folder.appendingPathComponent("out.json"), atomically: false, encoding: .utf8)
        return folder
    }

    /// The temporary output files left in `folder`.
    static func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test func lintingTheExamplesPrintsFindingsWithExcerptsAndExitsOne() throws {
        let run = try run(["lint", "--fail-on", "warning", "examples"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("examples/vitamin-d.txt:3:1 warning repetition.repeated-title"))
        #expect(run.stdout.contains("  3 | Vitamin D and Your Immune System\n    | ^~~~"))
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.split(separator: "\n").last?.contains("in 3 files") == true)
    }

    @Test func cleanInputExitsZero() throws {
        let run = try run(["lint", "-", "--stdin-filename", "clean.md"], stdin: "# Fine\n\nNothing to see here.\n")
        #expect(run.status == 0)
        #expect(run.stdout == "no findings in 1 file (5 words)\n")
    }

    @Test func jsonGoesToAnOutputFileAndStdoutStaysEmpty() throws {
        let folder = try scratch()
        let output = folder.appendingPathComponent("report.json").path
        let run = try run(["lint", "--fail-on", "never", "--output", output, "examples"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1)
        #expect((json?["files"] as? [Any])?.count == 3)
    }

    @Test func anUnreadableInputExitsTwoAndTheRestIsStillReported() throws {
        let folder = try scratch()
        try Data("# Fine\n\nNothing.\n".utf8).write(to: folder.appendingPathComponent("ok.md"))
        try Data([0x23, 0x20, 0xC3, 0x28, 0x0A]).write(to: folder.appendingPathComponent("bad.md"))
        let run = try run(["lint", "--format", "json", "."], in: folder)
        #expect(run.status == 2)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((json?["files"] as? [Any])?.count == 1)
        #expect((json?["errors"] as? [Any])?.count == 1)
        #expect(run.stderr.contains("bad.md"))
    }

    @Test func aBadPolicyExitsTwoNamingTheFileAndLine() throws {
        let folder = try scratch()
        let policy = folder.appendingPathComponent("policy.yml")
        try Data("version: 1\nchecks:\n  hedging:\n    severity: loud\n".utf8).write(to: policy)
        let run = try run(["lint", "--policy", policy.path, "examples"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("policy.yml:4:"))
        #expect(run.stderr.contains("checks.hedging.severity"))
        #expect(run.stdout.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["lint"]).status == 2)
        #expect(try run(["lint", "--fail-on", "sometimes", "examples"]).status == 2)
        let input = try run(["lint", "--output", "examples/vitamin-d.txt", "examples/vitamin-d.txt"])
        #expect(input.status == 2)
        #expect(input.stderr.contains("is an input article"))
    }

    @Test func rulesAndPolicyCommandsWork() throws {
        let rules = try run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("repetition.duplicate-heading"))
        let show = try run(["policy", "show", "--policy", "medical"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("version: 1"))
        let version = try run(["--version"])
        #expect(version.stdout == "copydesk 0.1.0\n")
    }

    @Test func docsRulesIsFresh() throws {
        let rules = try run(["rules", "--format", "markdown"])
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(
            rules.stdout == onDisk,
            "docs/rules.md is stale: run `swift run copydesk rules --format markdown > docs/rules.md`")
    }
}
