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

    func admits(_ finding: Finding) -> Bool {
        let keys = [finding.rule, finding.category.rawValue]
        if !only.isEmpty, !keys.contains(where: only.contains) { return false }
        return !keys.contains(where: disable.contains)
    }
}
