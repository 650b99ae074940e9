import CopydeskCore

/// Assembles the sorted report one file at a time: files arrive by path, each file's findings
/// are put in line, column, rule order; the summary counts what is shown, while `failed` looks
/// at every finding (a display level never changes the exit code). Holds counts, not files.
struct ReportBuilder: Sendable {
    var policy: Policy
    var failOn: Severity?
    var minSeverity: Severity
    var baseline: Baseline?
    /// Whether to keep a baseline entry for every finding (for `--write-baseline`).
    var recordsBaseline: Bool

    private var accepted: [String: Int]
    private var failed = false
    private var files = 0
    private var words = 0
    private var findings = 0
    /// Counts in the order of `Severity.allCases` and `Category.allCases`.
    private var bySeverity = [Int](repeating: 0, count: Severity.allCases.count)
    private var byCategory = [Int](repeating: 0, count: Category.allCases.count)
    private var entries: [Baseline.Entry] = []

    init(policy: Policy, failOn: Severity?, minSeverity: Severity, baseline: Baseline?, recordsBaseline: Bool = true) {
        self.policy = policy
        self.failOn = failOn
        self.minSeverity = minSeverity
        self.baseline = baseline
        self.recordsBaseline = recordsBaseline
        accepted = baseline?.counts ?? [:]
    }

    /// The file as the report shows it; call in report (path) order. Taken as it is handed
    /// over and handed back the same way (`consume`: a copy retained the file's arrays and
    /// strings, and released them).
    mutating func add(_ file: consuming FileReport) -> FileReport {
        if recordsBaseline {
            let all = file.findings.sorted { ($0.range.start.offset, $0.rule) < ($1.range.start.offset, $1.rule) }
            entries += all.map { Baseline.Entry(path: file.path, finding: $0) }
        }
        if baseline != nil {
            file.findings.removeFindings { finding in
                guard let count = accepted[finding.pointee.fingerprint], count > 0 else { return false }
                accepted[finding.pointee.fingerprint] = count - 1
                return true
            }
        }
        if let failOn, file.findings.contains(where: { $0.severity >= failOn }) { failed = true }
        if file.findings.contains(where: { $0.severity < minSeverity }) {
            file.findings.removeFindings { $0.pointee.severity < minSeverity }
        }
        // The stages hand over findings in report order, each stage's own: sorting does work
        // only where their lists interleave.
        file.findings.sortInReportOrder()
        files += 1
        words += file.words
        findings += file.findings.count
        // Counted into the stored counts through their buffers, each value's place by a switch
        // in `allCases` order (`caseIndex`): each `+=` on the arrays tested their uniqueness,
        // and `allCases.firstIndex(of:)` compared the value with each case before it.
        file.findings.withUnsafeBufferPointer { findings in
            bySeverity.withUnsafeMutableBufferPointer { severities in
                byCategory.withUnsafeMutableBufferPointer { categories in
                    for index in findings.indices {
                        severities[findings[index].severity.caseIndex] &+= 1
                        categories[findings[index].category.caseIndex] &+= 1
                    }
                }
            }
        }
        return consume file
    }

    /// The report of every file added so far (without the files themselves), and a baseline of
    /// every finding they had when `recordsBaseline` is on (else an empty one).
    func finish(errors: [InputError]) -> (report: Report, baseline: Baseline) {
        let summary = Report.Summary(
            files: files, words: words, findings: findings, failed: failed, failOn: failOn?.rawValue ?? "never",
            bySeverity: Dictionary(uniqueKeysWithValues: zip(Severity.allCases.map(\.rawValue), bySeverity)),
            byCategory: Dictionary(uniqueKeysWithValues: zip(Category.allCases.map(\.rawValue), byCategory)))
        let report = Report(
            tool: .init(version: Pipeline.version), policy: .init(name: policy.name, source: policy.source),
            summary: summary, files: [], errors: errors.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) })
        return (report, Baseline(entries: entries))
    }
}
