import CopydeskCore

/// The policy's custom rules — existence, substitution, occurrence, require-citation — compiled
/// once per policy and run over each article's lintable blocks.
///
/// A finding's rule id, category and severity are the rule's own; the `checks` group of the rule's
/// category still applies, as docs/policy.md says: `enabled: false` turns the rule off,
/// `rules: {ID: LEVEL}` (by full id or by the part after the first dot) sets its level, and the
/// group's `severity` overrides a warning or error rule's severity.
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
    let citationSettings: CitationSettings
    /// Citation evidence as the citation checks see it, named-source edits of the policy included.
    let evidenceFinder: EvidenceFinder

    init(policy: Policy, regexTimeLimit: Duration) {
        citationScope = policy.checks.citations.scope
        citationSettings = policy.checks.citations
        evidenceFinder = EvidenceFinder(settings: policy.checks.citations.common)
        for rule in policy.rules {
            let matcher = RuleMatcher(rule: rule, regexTimeLimit: regexTimeLimit)
            problems += matcher.problems
            if matcher.isEmpty {
                let what = rule.kind == .substitution ? "`swap` entries" : "`tokens` or `patterns`"
                problems.append(
                    "rules.\(rule.id): the rule has no \(what), so it matches nothing; add some or remove the rule")
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

    /// The level a custom rule runs at, or nil when the policy turns it off: as for built-in rules,
    /// with the rule's own `severity` as its default (docs/policy.md, `checks`).
    static func severity(of rule: CustomRule, under policy: Policy) -> Severity? {
        policy.severity(forRule: rule.id, category: rule.category, default: rule.severity)
    }

    /// Every rule's findings, and warnings about patterns the time limit cut short.
    func run(on article: Article) -> (findings: [Finding], warnings: [String]) {
        guard !rules.isEmpty else { return ([], []) }
        let texts = BlockTexts(article: article)
        // Evidence for every sentence is worth finding only when a rule needs it.
        let coverage =
            rules.contains { $0.rule.kind == .requireCitation }
            ? EvidenceCoverage.of(article, settings: citationSettings) : nil
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
            case .requireCitation:
                if let coverage { findings += run.requireCitation(matches, coverage: coverage, finder: evidenceFinder) }
            }
        }
        return (findings, warnings)
    }
}

/// The lintable blocks' texts and words, computed once per article and shared by every rule.
struct BlockTexts {
    private var texts: [Int: (text: String, tokens: [Words.Token])] = [:]

    init(article: Article) {
        for (index, block) in article.blocks.enumerated() where block.isLintable {
            let text = block.text
            texts[index] = (text, Words.tokens(in: text))
        }
    }

    func text(_ index: Int) -> String { texts[index]?.text ?? "" }
    func tokens(_ index: Int) -> [Words.Token] { texts[index]?.tokens ?? [] }
}
