import ArgumentParser
import CopydeskCore
import Foundation
import Pipeline
import Reporting

struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List every check-worthy claim: its kind, strength, citation and hedge status.",
        discussion: "JSON output has the shape of the lint report, with each file's `claims` and no findings.")

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(help: "A policy file or built-in name; else .copydesk.yml found upward, else default.")
    var policy: String?

    @Option(help: "text or json.")
    var format: String = "text"

    @Option(name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("stdin-filename"), help: "Name (and so format) for standard input.")
    var stdinFilename: String?

    @Option(help: "Files read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder, or - for standard input") }
        if !["text", "json"].contains(format) {
            throw ValidationError("--format \(format): expected one of text, json")
        }
        if jobs < 1 { throw ValidationError("--jobs \(jobs): expected 1 or more") }
    }

    func run() async throws {
        var request = LintRequest(
            paths: paths, policyPath: policy, workingDirectory: FileManager.default.currentDirectoryPath,
            stdin: paths.contains("-") ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil,
            stdinFilename: stdinFilename, failOn: nil, jobs: jobs)
        request.recordsBaseline = false
        // The ledger shows no source lines.
        request.keepsExcerpts = false
        let destination: ReportDestination
        do {
            destination = try ReportDestination(path: output, progress: nil)
        } catch {
            Console.err("copydesk: error: \(error.description)")
            throw ExitCode(2)
        }
        // The ledger only: findings are dropped as each file comes.
        var stream: any ReportStream =
            format == "json"
            ? JSONReportStream(output: destination.output)
            : CollectingReportStream(
                output: destination.output, render: ClaimsTable().render, compact: { $0.dropping(excerpts: true) })
        let outcome: LintOutcome
        do {
            outcome = try Pipeline().lint(request) { file throws(PipelineError) in
                do { try stream.write(file.dropping(findings: true)) } catch { throw PipelineError(error.message) }
            }
        } catch {
            destination.discard()
            Console.err(error.commandLine)
            throw ExitCode(2)
        }
        for warning in outcome.warnings { Console.err(warning) }
        var report = outcome.report
        report.summary.findings = 0
        report.summary.bySeverity = report.summary.bySeverity.mapValues { _ in 0 }
        report.summary.byCategory = report.summary.byCategory.mapValues { _ in 0 }
        do {
            try stream.finish(report)
            try destination.commit()
        } catch {
            destination.discard()
            Console.err("copydesk: error: \(error.message)")
            throw ExitCode(2)
        }
        if format == "json" || output != nil {
            for error in report.errors { Console.err("\(error.location): error: \(error.message)") }
        }
        if outcome.hadInputErrors { throw ExitCode(2) }
    }
}
