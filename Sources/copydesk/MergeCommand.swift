import ArgumentParser
import CopydeskCore
import Foundation
import Pipeline
import Reporting

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge saved JSON reports (one per CI shard) into one report.",
        discussion: "Exits 1 when any merged report failed its gate, 2 when a report cannot be read.")

    @Argument(help: "Saved JSON reports (copydesk lint --format json).")
    var reports: [String] = []

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?

    @Option(name: [.short, .long], help: "Write the merged report here (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if reports.isEmpty { throw ValidationError("give at least one JSON report to merge") }
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError(
                "--format \(format): expected one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let output, let input = reports.first(where: { OutputFile.sameFile($0, output) }) {
            throw ValidationError("--output \(output) is an input report (\(input)); choose another file")
        }
    }

    func run() async throws {
        let merger = ReportMerger()
        var loaded: [CopydeskCore.Report] = []
        var failedToRead = false
        for path in reports {
            do {
                loaded.append(try merger.load(path: path))
            } catch {
                Console.err("copydesk: error: \(error.description)")
                failedToRead = true
            }
        }
        let merged = merger.merge(loaded)
        let chosen =
            format.flatMap(OutputFormat.init(rawValue:)) ?? output.flatMap(OutputFormat.inferred(fromPath:)) ?? .json
        let rendered = try chosen.reporter(
            rules: Pipeline().descriptions, environment: ProcessInfo.processInfo.environment
        ).render(merged)
        if let output {
            do {
                try OutputFile.write(rendered, to: output)
            } catch {
                Console.err("copydesk: error: \(error.description)")
                throw ExitCode(2)
            }
        } else {
            Console.out(rendered)
        }
        if failedToRead { throw ExitCode(2) }
        if merged.summary.failed { throw ExitCode(1) }
    }
}
