import CopydeskCore

/// Stage 3: every registered check and every custom rule of the policy, over one article.
///
/// The stage builds each check once per policy, runs it, gives each finding the level the policy
/// sets for its rule (dropping rules turned off), adds the custom rules' findings, and returns
/// them in report order. Checks read only lintable blocks and `Article.sentences`; as a safety
/// net the stage also drops any finding that lies inside a code block. Suppression comments,
/// `--only` and `--disable` are applied later, by the pipeline.
public struct ChecksStage: Sendable {
    /// How long one policy pattern may search one block before it is stopped.
    public static let defaultRegexTimeLimit: Duration = .milliseconds(100)

    public let policy: Policy
    private let checks: [any Check]
    private let customRules: CustomRuleSet

    public init(policy: Policy, registry: CheckRegistry = .builtIn) {
        self.init(policy: policy, registry: registry, regexTimeLimit: Self.defaultRegexTimeLimit)
    }

    public init(policy: Policy, registry: CheckRegistry, regexTimeLimit: Duration) {
        self.policy = policy
        checks = registry.checks.filter { type in
            let description = type.description
            return policy.severity(
                forRule: description.id, category: description.category, default: description.defaultSeverity) != nil
        }.map { $0.init(policy: policy) }
        customRules = CustomRuleSet(policy: policy, regexTimeLimit: regexTimeLimit)
    }

    /// The descriptions of the built-in checks the policy runs (rules turned off left out), by rule id.
    public var activeDescriptions: [CheckDescription] {
        checks.map { $0.description }.sorted { $0.id < $1.id }
    }

    /// The ids of the custom rules the policy runs.
    public var activeCustomRuleIDs: [String] {
        customRules.rules.map(\.rule.id)
    }

    /// Custom rules that cannot run as written (an invalid pattern, nothing to match, an occurrence
    /// rule without `max`), one message each, for the caller to show as warnings.
    public var problems: [String] { customRules.problems }

    /// Drops what the memos of this module (the checks' shared readings: hedging scans, claim
    /// sentences, repeats, the word index) hold for `article`, once no check will read it
    /// again: the later stages read none of them, so a long article's need not stay in memory
    /// while they run.
    public static func forgetMemos(of article: Article) {
        ArticleMemos.forget(article, madeInModule: memoModuleNumber)
    }

    /// This module's name, as its memos know it.
    public static let memoModule = ArticleMemos.module(ofFileID: #fileID)

    /// `memoModule`, numbered as the memos know it.
    private static let memoModuleNumber = ArticleMemos.number(ofModule: memoModule)

    /// The findings for one article, in report order.
    public func run(on article: Article) -> [Finding] {
        analyze(article).findings
    }

    /// The findings for one article, in report order, and warnings about policy patterns that
    /// were stopped by the time limit.
    public func analyze(_ article: Article) -> (findings: [Finding], warnings: [String]) {
        analyze(article, trimPast: .max) { _ in }
    }

    /// `analyze(_:)`, handing the findings gathered so far to `trim` whenever there are more
    /// than `threshold` of them, after the stage's own filters (level, code blocks): `trim` may
    /// drop findings that can no longer be reported, so that a long article's findings do not
    /// all stay in memory at once (the pipeline keeps the first ones in report order).
    public func analyze(
        _ article: Article, trimPast threshold: Int, trim: (inout [Finding]) -> Void
    ) -> (findings: [Finding], warnings: [String]) {
        var findings: [Finding] = []
        // The code blocks' ranges, read when first needed.
        var code: RangeIndex?
        // By index: iterating copied each check out of the array (and destroyed the copy).
        for index in checks.indices {
            var found = checks[index].findings(in: article)
            // The levels set in place (`applyLevels`), and the findings moved over: iterating a
            // check's findings would copy each (retaining its strings and arrays).
            found.applyLevels(of: policy)
            findings.moveAppend(&found)
            if findings.count > threshold {
                let ranges = code ?? RangeIndex(codeOf: article)
                code = ranges
                if !ranges.isEmpty { findings.removeFindings { ranges.contains($0.pointee.range) } }
                trim(&findings)
            }
        }
        var custom = customRules.run(on: article)
        findings.moveAppend(&custom.findings)
        let ranges = code ?? RangeIndex(codeOf: article)
        if !ranges.isEmpty { findings.removeFindings { ranges.contains($0.pointee.range) } }
        findings.sortInReportOrder()
        return (findings, custom.warnings)
    }
}
