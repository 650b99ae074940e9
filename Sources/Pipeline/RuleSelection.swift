import CopydeskCore

/// `--only` and `--disable`: rule ids or categories, checked against what exists.
struct RuleSelection: Sendable {
    let only: Set<String>
    let disable: Set<String>

    init(only: [String], disable: [String], known: Set<String>) throws(PipelineError) {
        let names = known.union(Category.allCases.map(\.rawValue))
        for (flag, ids) in [("--only", only), ("--disable", disable)] {
            for id in ids where !names.contains(id) {
                var message = "\(flag) \(id): no such rule or category"
                if let guess = DidYouMean.suggestion(for: id, among: names) { message += "; did you mean '\(guess)'?" }
                message += " (`copydesk rules` lists them)"
                throw PipelineError(message)
            }
        }
        self.only = Set(only)
        self.disable = Set(disable)
    }

    /// Whether every finding passes: neither `--only` nor `--disable` was given.
    var admitsAll: Bool { only.isEmpty && disable.isEmpty }

    /// Whether the finding's rule or category passes `--only` and `--disable`.
    func admits(_ finding: Finding) -> Bool {
        // The rule and the category, looked up one after the other: no array of the two per finding.
        let category = finding.category.rawValue
        if !only.isEmpty, !only.contains(finding.rule), !only.contains(category) { return false }
        return disable.isEmpty || (!disable.contains(finding.rule) && !disable.contains(category))
    }
}
