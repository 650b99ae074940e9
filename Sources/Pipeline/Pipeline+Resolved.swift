import ArticleLoading
import Checks
import CopydeskCore
import FactChecking
import PolicyLoading

/// A policy loaded once with its stages built: the checks, the fact-check stage with its
/// known-claims registry, and the `--only`/`--disable` selection. `Pipeline.lint(_:)` resolves
/// once per call; a caller that lints many in-memory articles with one policy
/// (a long-running service, the `pipeline` fuzz target) resolves once and calls
/// `lint(article:named:with:)` per article.
public struct ResolvedPolicy: Sendable {
    /// The request the policy was resolved for: its failOn, minSeverity, maxFileBytes and
    /// maxFindingsPerFile apply to every article linted with it.
    public let request: LintRequest
    public let policy: Policy
    /// Policy warnings and custom rules that cannot run, as `lint(_:)` reports them.
    public let warnings: [String]
    let selection: RuleSelection
    let checks: ChecksStage
    let factCheck: FactCheckStage
    let knownTargets: Set<String>
}

extension Pipeline {
    /// Loads the request's policy and builds its stages; throws what `lint(_:)` would throw
    /// for the policy, `--only`/`--disable` or the known-claims registry.
    public func resolve(_ request: LintRequest) throws(PipelineError) -> ResolvedPolicy {
        let loaded = try loadPolicy(request)
        let policy = loaded.policy
        let selection = try RuleSelection(only: request.only, disable: request.disable, known: knownRuleIDs(policy))
        let checks = ChecksStage(policy: policy, registry: registry)
        let factCheck = FactCheckStage(policy: policy, registry: try loadFacts(policy), verifier: verifier)
        return ResolvedPolicy(
            request: request, policy: policy,
            warnings: loaded.warnings.map(\.description) + checks.problems.map { "\(policy.source): warning: \($0)" },
            selection: selection, checks: checks, factCheck: factCheck,
            knownTargets: knownRuleIDs(policy).union(Category.allCases.map(\.rawValue)))
    }

    /// Lints one in-memory article with a resolved policy: the same stages and report as
    /// `lint(_:)` on standard input named `name` (the name picks the format), without loading
    /// the policy again. An article that cannot be loaded lands in `report.errors`.
    public func lint(article bytes: [UInt8], named name: String, with resolved: ResolvedPolicy) -> LintOutcome {
        var request = resolved.request
        request.paths = ["-"]
        request.stdin = bytes
        request.stdinFilename = name
        let (result, fileWarnings) = lintOne(path: "-", request: request, resolved: resolved, cache: nil)
        var builder = ReportBuilder(
            policy: resolved.policy, failOn: request.failOn, minSeverity: request.minSeverity, baseline: nil,
            recordsBaseline: request.recordsBaseline)
        var files: [FileReport] = []
        var errors: [InputError] = []
        switch result {
        case .success(let report): files.append(builder.add(report))
        case .failure(let error): errors.append(error)
        }
        var built = builder.finish(errors: errors)
        built.report.files = files
        return LintOutcome(report: built.report, baseline: built.baseline, warnings: resolved.warnings + fileWarnings)
    }
}
