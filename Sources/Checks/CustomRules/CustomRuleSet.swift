import CopydeskCore

/// The policy's custom rules — existence, substitution, occurrence, require-citation — compiled
/// once per policy and run over each article's lintable blocks.
///
/// A finding's rule id, category and severity are the rule's own. `checks.<group>.rules.<id>`
/// (by full id or by the part after the first dot) can still set a rule's level or turn it off,
/// and a disabled group turns off its custom rules too; a group-wide `severity` does not override
/// the severity a rule states for itself.
struct CustomRuleSet: Sendable {
    struct Compiled: Sendable {
        var rule: CustomRule
        var severity: Severity
        var matcher: RuleMatcher
    }

    private(set) var rules: [Compiled] = []
    /// Rules that cannot run as written: invalid patterns, nothing to match, an occurrence rule without `max`.
    private(set) var problems: [String] = []
    let citationScope: CitationSettings.Scope

    init(policy: Policy, regexTimeLimit: Duration) {
        citationScope = policy.checks.citations.scope
        for rule in policy.rules {
            let matcher = RuleMatcher(rule: rule, regexTimeLimit: regexTimeLimit)
            problems += matcher.problems
            if matcher.isEmpty {
                let what = rule.kind == .substitution ? "`swap` entries" : "`tokens` or `patterns`"
                problems.append("rules.\(rule.id): the rule has no \(what), so it matches nothing; add some or remove the rule")
                continue
            }
            if rule.kind == .occurrence, rule.max == nil {
                problems.append("rules.\(rule.id): occurrence rules need `max`; add it or remove the rule")
                continue
            }
            guard let severity = Self.severity(of: rule, under: policy) else { continue }
            rules.append(Compiled(rule: rule, severity: severity, matcher: matcher))
        }
    }

    /// The level a custom rule runs at, or nil when the policy turns it off.
    static func severity(of rule: CustomRule, under policy: Policy) -> Severity? {
        let group = policy.checks.group(for: rule.category)
        guard group.enabled else { return nil }
        let name = rule.id.split(separator: ".", maxSplits: 1).last.map(String.init) ?? rule.id
        if let level = group.rules[rule.id] ?? group.rules[name] { return level.severity }
        return rule.severity
    }

    /// Every rule's findings, and warnings about patterns the time limit cut short.
    func run(on article: Article) -> (findings: [Finding], warnings: [String]) {
        guard !rules.isEmpty else { return ([], []) }
        let texts = BlockTexts(article: article)
        let evidence = CitationEvidence(article: article)
        var findings: [Finding] = []
        var warnings: [String] = []
        for compiled in rules {
            var matches: [(block: Int, matches: [RuleMatcher.Match])] = []
            var timedOut: Set<String> = []
            for index in article.blocks.indices where article.blocks[index].isLintable {
                let found = compiled.matcher.matches(in: texts.text(index), tokens: texts.tokens(index))
                if !found.matches.isEmpty { matches.append((index, found.matches)) }
                for pattern in found.timedOut where timedOut.insert(pattern).inserted {
                    let line = article.blocks[index].range.start.line
                    warnings.append(
                        "\(article.path):\(line): rules.\(compiled.rule.id): pattern '\(pattern)' took too long and was stopped; simplify it (nested repeats such as (a+)+ backtrack without end)"
                    )
                }
            }
            let run = RuleRun(compiled: compiled, article: article, texts: texts)
            switch compiled.rule.kind {
            case .existence: findings += run.existence(matches)
            case .substitution: findings += run.substitution(matches)
            case .occurrence: findings += run.occurrence(matches)
            case .requireCitation: findings += run.requireCitation(matches, evidence: evidence, scope: citationScope)
            }
        }
        return (findings, warnings)
    }
}

/// Block texts and their words, computed once per article and shared by every rule.
final class BlockTexts {
    private let article: Article
    private var cache: [Int: (text: String, tokens: [Words.Token])] = [:]

    init(article: Article) {
        self.article = article
    }

    func text(_ index: Int) -> String { entry(index).text }
    func tokens(_ index: Int) -> [Words.Token] { entry(index).tokens }

    private func entry(_ index: Int) -> (text: String, tokens: [Words.Token]) {
        if let entry = cache[index] { return entry }
        let text = article.blocks[index].text
        let entry = (text, Words.tokens(in: text))
        cache[index] = entry
        return entry
    }
}
