import CopydeskCore
import Foundation

/// One report from several saved JSON reports, for CI jobs that lint shards of a repository.
public struct ReportMerger: Sendable {
    public init() {}

    /// Decodes a saved report; errors name the file.
    public func load(path: String) throws(PipelineError) -> Report {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError("\(path): cannot read the report")
        }
        do {
            let report = try JSONDecoder().decode(Report.self, from: data)
            guard report.schemaVersion == 1 else {
                throw PipelineError(
                    "\(path): report schemaVersion \(report.schemaVersion) is not supported; expected 1")
            }
            return report
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError("\(path): not a copydesk JSON report (\(error.localizedDescription))")
        }
    }

    /// Files and errors of every report, sorted; a file in two reports keeps its last copy.
    /// The summary is counted again; the run failed when any report failed.
    public func merge(_ reports: [Report]) -> Report {
        var files: [String: FileReport] = [:]
        var errors: [InputError] = []
        for report in reports {
            for file in report.files { files[file.path] = file }
            errors += report.errors
        }
        let sorted = files.values.sorted { $0.path < $1.path }
        var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) })
        var byCategory = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0.rawValue, 0) })
        for finding in sorted.flatMap(\.findings) {
            bySeverity[finding.severity.rawValue, default: 0] += 1
            byCategory[finding.category.rawValue, default: 0] += 1
        }
        let first = reports.first
        let summary = Report.Summary(
            files: sorted.count, words: sorted.reduce(0) { $0 + $1.words },
            findings: sorted.reduce(0) { $0 + $1.findings.count }, failed: reports.contains { $0.summary.failed },
            failOn: first?.summary.failOn ?? "error", bySeverity: bySeverity, byCategory: byCategory)
        return Report(
            tool: .init(version: Pipeline.version),
            policy: first?.policy ?? .init(name: "default", source: "builtin:default"), summary: summary, files: sorted,
            errors: errors.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) })
    }
}
