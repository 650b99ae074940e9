import CopydeskCore

/// At most `limit` findings per file: the first ones in source order, then one note saying
/// how many more there were, so a pathological file cannot flood a report.
///
/// A long article can have hundreds of thousands of findings before the cap. The stages hand
/// them over a check at a time, so `trim` can drop the ones that can no longer be reported as
/// they come: memory then follows the limit, not the article.
struct FindingsCap {
    var limit: Int
    /// How many findings `trim` dropped (each one past the first `limit + 1` in report order).
    private(set) var dropped = 0

    init(limit: Int) {
        self.limit = limit
    }

    static let rule = CheckDescription(
        id: "style.findings-capped", category: .style, defaultSeverity: .info,
        summary:
            "A file had more findings than --max-findings-per-file (default 10,000); the rest are not reported. Fix the first ones, or raise the limit.",
        rationale: "Set the limit with --max-findings-per-file.")

    /// How many findings to gather before `trim` is worth its sort: twice what it keeps, so each
    /// finding is sorted a few times at most.
    var trimThreshold: Int { limit < Int.max / 4 ? 2 * limit + 2 : .max }

    /// Keeps the first `limit + 1` of `findings` in report order and counts the rest as dropped.
    /// The findings must be final but for the cap (hidden and unselected ones removed): a later
    /// list's findings that come before the ones kept push them out in turn. `limit + 1`: the
    /// first finding past the limit is the one the note points at. Ties keep their order, as the
    /// sort of `apply` keeps it, so trimming in steps keeps the very findings `apply` would.
    mutating func trim(_ findings: inout [Finding]) {
        guard findings.count - 1 > limit else { return }
        findings.sortInReportOrder()
        dropped += findings.count - (limit + 1)
        findings.removeSubrange((limit + 1)...)
    }

    /// Keeps the first `limit` findings in report order and a note of how many more there were
    /// (those `trim` dropped included), in place.
    func apply(to findings: inout [Finding]) {
        // Once `trim` dropped some, at least `limit + 1` are left.
        guard findings.count > limit else { return }
        findings.sortInReportOrder()
        let first = findings[limit]
        let total = findings.count + dropped
        findings.removeSubrange(limit...)
        findings.append(
            Finding(
                rule: Self.rule.id, category: Self.rule.category, severity: Self.rule.defaultSeverity,
                message:
                    "\(total - limit) more findings from here on are not reported (the limit is \(limit) per file); fix these first or raise --max-findings-per-file",
                match: "", range: first.range, section: first.section))
    }
}
