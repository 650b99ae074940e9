import CopydeskCore

/// Assembles the sorted report: files by path, findings by line, column, rule; the summary
/// counts what is shown, while `failed` looks at every finding (a display level never
/// changes the exit code).
struct ReportBuilder: Sendable {
    var policy: Policy
    var failOn: Severity?
    var minSeverity: Severity
    var baseline: Baseline?

    /// The report, and a baseline of every finding the run produced.
    func build(files: [FileReport], errors: [InputError]) -> (report: Report, baseline: Baseline) {
        var failed = false
        var shown: [FileReport] = []
        var accepted = baseline?.counts ?? [:]
        var all: [(path: String, finding: Finding)] = []
        for var file in files {
            all += file.findings.map { (file.path, $0) }
            if baseline != nil {
                file.findings.removeAll { finding in
                    guard let count = accepted[finding.fingerprint], count > 0 else { return false }
                    accepted[finding.fingerprint] = count - 1
                    return true
                }
            }
            if let failOn, file.findings.contains(where: { $0.severity >= failOn }) { failed = true }
            file.findings = file.findings.filter { $0.severity >= minSeverity }.sorted(by: Finding.reportOrder)
            shown.append(file)
        }
        shown.sort { $0.path < $1.path }
        var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) })
        var byCategory = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0.rawValue, 0) })
        for finding in shown.flatMap(\.findings) {
            bySeverity[finding.severity.rawValue, default: 0] += 1
            byCategory[finding.category.rawValue, default: 0] += 1
        }
        let summary = Report.Summary(
            files: shown.count, words: shown.reduce(0) { $0 + $1.words },
            findings: shown.reduce(0) { $0 + $1.findings.count }, failed: failed,
            failOn: failOn?.rawValue ?? "never", bySeverity: bySeverity, byCategory: byCategory)
        let report = Report(
            tool: .init(version: Pipeline.version), policy: .init(name: policy.name, source: policy.source),
            summary: summary, files: shown, errors: errors.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) })
        all.sort { ($0.path, $0.finding.range.start.offset, $0.finding.rule) < ($1.path, $1.finding.range.start.offset, $1.finding.rule) }
        return (report, Baseline(findings: all))
    }
}
