import ArgumentParser
import CopydeskCore
import Foundation
import Pipeline
import Reporting

struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint articles and report findings.",
        discussion: """
            PATH is a file, a folder (searched recursively for .md .markdown .txt .html .htm,
            skipping hidden folders, .git and node_modules), or - for standard input.
            """)

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(
        help:
            "A policy file or built-in name (default, medical, scientific); else .copydesk.yml found upward, else default."
    )
    var policy: String?

    @Option(
        help:
            "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")). Inferred from --output's extension."
    )
    var format: String?

    @Option(name: [.short, .long], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above: error, warning, info, never.")
    var failOn: String = "error"

    @Option(
        name: .customLong("min-severity"),
        help: "Show findings at or above: info, warning, error. Never changes --fail-on.")
    var minSeverity: String = "info"

    @Option(parsing: .upToNextOption, help: "Only these rule ids or categories.")
    var only: [String] = []

    @Option(parsing: .upToNextOption, help: "Not these rule ids or categories.")
    var disable: [String] = []

    @Option(name: .customLong("stdin-filename"), help: "Name (and so format) for standard input.")
    var stdinFilename: String?

    @Option(help: "Files linted at once (default: the number of cores).")
    var jobs: Int = LintCommand.cores

    /// The number of cores, asked once: ArgumentParser makes the command several times at
    /// every start, and each asks for the default again.
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Report only findings not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record every finding of this run in a baseline file.")
    var writeBaseline: String?

    @Option(name: .customLong("changed-since"), help: "Report only findings on lines changed since this git ref.")
    var changedSince: String?

    @Option(
        name: .customLong("max-findings-per-file"), help: "Report at most this many findings per file, then a note.")
    var maxFindingsPerFile: Int = LintRequest.defaultMaxFindingsPerFile

    @Flag(
        name: .customLong("allow-outside-extends"),
        help: "Let the policy extend files outside its folder tree (its repository).")
    var allowOutsideExtends = false

    @Option(help: "Colour: auto, always, never. NO_COLOR turns auto off.")
    var color: String = "auto"

    @Flag(
        name: .customLong("no-cache"),
        help: "Lint every file again instead of reusing results saved in .copydesk-cache/.")
    var noCache = false

    @Option(help: "Lint only part i of n of the inputs (by path), e.g. 2/4; combine the reports with copydesk merge.")
    var shard: String?

    @Option(
        name: .customLong("max-file-size"),
        help: ArgumentHelp(
            "Refuse files larger than this: megabytes (10^6 bytes), or with a unit (200MB, 1.5GB, 800kB, 64MiB). (default: 50)",
            valueName: "size"),
        transform: { text in
            guard let limit = FileSizeLimit(text) else {
                throw ValidationError("expected a size such as 50, 200MB or 1.5GB")
            }
            return limit
        })
    var maxFileSize = FileSizeLimit(bytes: 50_000_000)

    /// The settings as plain values.
    var options: LintOptions {
        LintOptions(
            paths: paths, policy: policy, format: format, output: output, failOn: failOn, minSeverity: minSeverity,
            only: only, disable: disable, stdinFilename: stdinFilename, jobs: jobs, baseline: baseline,
            writeBaseline: writeBaseline, changedSince: changedSince, maxFindingsPerFile: maxFindingsPerFile,
            allowOutsideExtends: allowOutsideExtends, color: color, noCache: noCache, shard: shard,
            maxFileSize: maxFileSize)
    }

    func validate() throws { try options.validate() }

    func run() async throws { try await options.run() }
}

/// The settings of `copydesk lint`, as plain values: `LintCommand` (ArgumentParser's) fills them
/// in, and so does `init(plainArguments:)` for the usual command lines, without ArgumentParser.
struct LintOptions: Equatable {
    var paths: [String] = []
    var policy: String?
    var format: String?
    var output: String?
    var failOn = "error"
    var minSeverity = "info"
    var only: [String] = []
    var disable: [String] = []
    var stdinFilename: String?
    var jobs = LintCommand.cores
    var baseline: String?
    var writeBaseline: String?
    var changedSince: String?
    var maxFindingsPerFile = LintRequest.defaultMaxFindingsPerFile
    var allowOutsideExtends = false
    var color = "auto"
    var noCache = false
    var shard: String?
    var maxFileSize = FileSizeLimit(bytes: 50_000_000)

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to lint, or - for standard input") }
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError(
                "--format \(format): expected one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if failOn != "never", Severity(rawValue: failOn) == nil {
            throw ValidationError("--fail-on \(failOn): expected one of error, warning, info, never")
        }
        if Severity(rawValue: minSeverity) == nil {
            throw ValidationError("--min-severity \(minSeverity): expected one of error, warning, info")
        }
        if ColorMode(rawValue: color) == nil {
            throw ValidationError("--color \(color): expected one of auto, always, never")
        }
        if jobs < 1 { throw ValidationError("--jobs \(jobs): expected 1 or more") }
        if maxFindingsPerFile < 1 {
            throw ValidationError("--max-findings-per-file \(maxFindingsPerFile): expected 1 or more")
        }
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.description) }
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("- (standard input) can be given once") }
        for (flag, file) in [("--output", output), ("--write-baseline", writeBaseline)] {
            if let file, let input = paths.first(where: { $0 != "-" && OutputFile.sameFile($0, file) }) {
                throw ValidationError("\(flag) \(file) is an input article (\(input)); choose another file")
            }
        }
    }

    func run() async throws {
        var request = LintRequest(
            paths: paths, policyPath: policy, workingDirectory: FileManager.default.currentDirectoryPath,
            stdin: paths.contains("-") ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil,
            stdinFilename: stdinFilename, failOn: Severity(rawValue: failOn),
            minSeverity: Severity(rawValue: minSeverity) ?? .info, only: only, disable: disable, jobs: jobs)

        let progress = ProgressLine.makeIfTerminal()
        request.baselinePath = baseline
        request.changedSince = changedSince
        request.cacheDirectory = noCache ? nil : ".copydesk-cache"
        request.shard = try shard.map { text throws(PipelineError) in try Shard(parsing: text) }
        request.maxFileBytes = maxFileSize.bytes
        request.maxFindingsPerFile = maxFindingsPerFile
        request.allowOutsideExtends = allowOutsideExtends
        if let progress { request.progress = { progress.update($0, $1) } }
        request.recordsBaseline = writeBaseline != nil

        // The report is written as the files come, in path order; --output only at the end, whole.
        let chosen =
            format.flatMap(OutputFormat.init(rawValue:)) ?? output.flatMap(OutputFormat.inferred(fromPath:)) ?? .text
        let colored = chosen == .text && output == nil && Console.wantsColor(ColorMode(rawValue: color) ?? .auto)
        // Only the text and HTML reports show the source line of each finding.
        request.keepsExcerpts = chosen == .text || chosen == .html
        let destination: ReportDestination
        let baselineFile: OutputFile.Pending?
        do {
            destination = try ReportDestination(path: output, progress: progress)
            baselineFile = try writeBaseline.map { path throws(OutputFile.Failure) in try OutputFile.Pending(path: path)
            }
        } catch {
            Console.err("copydesk: error: \(error.description)")
            throw ExitCode(2)
        }
        var stream = chosen.stream(
            to: destination.output, rules: Pipeline().descriptions, color: colored,
            environment: ProcessInfo.processInfo.environment)
        let outcome: LintOutcome
        do {
            outcome = try Pipeline().lint(request) { file throws(PipelineError) in
                do { try stream.write(file) } catch { throw PipelineError(error.message) }
            }
            progress?.finish()
        } catch {
            progress?.finish()
            destination.discard()
            baselineFile?.discard()
            Console.err(error.commandLine)
            throw ExitCode(2)
        }
        for warning in outcome.warnings { Console.err(warning) }
        if let baselineFile {
            do {
                try baselineFile.output.write(try outcome.baseline.encoded())
                try baselineFile.commit()
            } catch {
                destination.discard()
                baselineFile.discard()
                Console.err("copydesk: error: \(error.message)")
                throw ExitCode(2)
            }
        }
        do {
            try stream.finish(outcome.report)
            try destination.commit()
        } catch {
            destination.discard()
            Console.err("copydesk: error: \(error.message)")
            throw ExitCode(2)
        }
        if chosen != .text || output != nil {
            // Machine formats keep stdout clean; input errors still reach the reader.
            for error in outcome.report.errors { Console.err("\(error.location): error: \(error.message)") }
        }
        if outcome.hadInputErrors { throw ExitCode(2) }
        if outcome.report.summary.failed { throw ExitCode(1) }
    }
}
