import CopydeskCore

/// At most `limit` findings per file: the first ones in source order, then one note saying
/// how many more there were, so a pathological file cannot flood a report.
struct FindingsCap {
    var limit: Int

    static let rule = CheckDescription(
        id: "style.findings-capped", category: .style, defaultSeverity: .info,
        summary:
            "A file had more findings than --max-findings-per-file (default 10,000); the rest are not reported. Fix the first ones, or raise the limit.",
        rationale: "Set the limit with --max-findings-per-file.")

    /// Keeps the first `limit` findings in report order and a note of how many more there were,
    /// in place (a long article can have hundreds of thousands before the cap).
    func apply(to findings: inout [Finding]) {
        guard findings.count > limit else { return }
        findings.sortInReportOrder()
        let first = findings[limit]
        let total = findings.count
        findings.removeSubrange(limit...)
        findings.append(
            Finding(
                rule: Self.rule.id, category: Self.rule.category, severity: Self.rule.defaultSeverity,
                message:
                    "\(total - limit) more findings from here on are not reported (the limit is \(limit) per file); fix these first or raise --max-findings-per-file",
                match: "", range: first.range, section: first.section))
    }
}
