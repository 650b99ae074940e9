import ArticleLoading
import Checks
import CopydeskCore
import FactChecking
import Foundation
import PolicyLoading

/// The only place that knows the stage order. Articles run through the stages in parallel;
/// the report is sorted once, here, before any reporter sees it.
public struct Pipeline: Sendable {
    public static let version = "0.1.0"

    public var registry: CheckRegistry
    /// An external claim verifier asked after the policy's registry (a search index, a database).
    public var verifier: (any ClaimVerifier)?

    public init(registry: CheckRegistry = .builtIn, verifier: (any ClaimVerifier)? = nil) {
        self.registry = registry
        self.verifier = verifier
    }

    /// Lints the request's inputs. Throws only for problems that stop the whole run
    /// (a bad policy, an unknown `--only` id); unreadable inputs land in `report.errors`.
    public func lint(_ request: LintRequest) throws(PipelineError) -> LintOutcome {
        var files: [FileReport] = []
        var outcome = try lint(request) { files.append($0) }
        outcome.report.files = files
        return outcome
    }

    /// Lints the request's inputs and hands each file's report, as the report shows it, to
    /// `sink` on the calling thread in report order (by path), as soon as it and every file
    /// before it are done; the article and everything made from it are gone by then. The
    /// outcome's report has the summary and errors but no files. An error `sink` throws
    /// stops the run and is rethrown.
    public func lint(
        _ request: LintRequest, sink: (FileReport) throws(PipelineError) -> Void
    ) throws(PipelineError) -> LintOutcome {
        // Stage 2 first: the policy decides which files and rules run, and builds the stages.
        let resolved = try resolve(request)
        let policy = resolved.policy
        let baseline = try request.baselinePath.map { path throws(PipelineError) in try Baseline.load(path: path) }
        let changed = try request.changedSince.map { ref throws(PipelineError) in
            try ChangedLines(ref: ref, workingDirectory: request.workingDirectory)
        }

        // Stage 1a: discovery, filtered by the policy's include/exclude globs, in report order.
        let discovered = FileDiscovery().discover(request.paths)
        let stdinName = request.stdinFilename ?? "<stdin>"
        let admitted = discovered.files.filter { path in
            (path == "-" || request.paths.contains(path) || policy.files.admits(path))
                && request.shard?.admits(path) ?? true
        }
        let files = Self.inReportOrder(admitted, stdinName: stdinName)
        var errors = discovered.errors.map(InputError.init)

        // Stages 1b, 3, 4 per article, in parallel; stage 5 input handed on in report order.
        let done = ProgressCounter(total: files.count, report: request.progress)
        let cache = makeCache(request, policy: policy)
        var builder = ReportBuilder(
            policy: policy, failOn: request.failOn, minSeverity: request.minSeverity, baseline: baseline,
            recordsBaseline: request.recordsBaseline)
        var warnings = resolved.warnings
        try ParallelMap.forEachInOrder(files, jobs: request.jobs) { path in
            defer { done.increment() }
            return lintOne(path: path, request: request, resolved: resolved, cache: cache)
        } consume: { outcome throws(PipelineError) in
            // Taken apart, not copied: the report moves out of the outcome, through the builder
            // to the sink, and is freed here (it was copied three times on the way, its arrays
            // and strings retained and released, some 1,200 instructions a file). Not
            // `consume outcome`: Swift 6.3.1's SIL generation crashes on it.
            let (result, fileWarnings) = outcome
            if !fileWarnings.isEmpty { warnings += fileWarnings }
            switch consume result {
            case .success(var report):
                if let changed {
                    report.findings.removeFindings {
                        !changed.contains(path: report.path, line: $0.pointee.range.start.line)
                    }
                }
                try sink(builder.add(consume report))
            case .failure(let error): errors.append(error)
            }
        }

        let built = builder.finish(errors: errors)
        return LintOutcome(report: built.report, baseline: built.baseline, warnings: warnings)
    }

    /// `paths` in report order: by the name shown (`stdinName` for `-`), then as given. A
    /// folder's files come from discovery in that order already: the sort (some 670
    /// instructions a file) is left for lists that are not.
    static func inReportOrder(_ paths: [String], stdinName: String) -> [String] {
        let shown = { (path: String) in path == "-" ? stdinName : path }
        guard !paths.indices.dropFirst().allSatisfy({ shown(paths[$0 - 1]) <= shown(paths[$0]) }) else { return paths }
        return paths.enumerated().sorted { lhs, rhs in
            (shown(lhs.element), lhs.offset) < (shown(rhs.element), rhs.offset)
        }.map(\.element)
    }

    /// Loads the effective policy for a request: `--policy`, else `.copydesk.yml` upward, else the default.
    public func loadPolicy(_ request: LintRequest) throws(PipelineError) -> LoadedPolicy {
        do {
            var loader = PolicyLoader(knownRuleIDs: Set(descriptions.map(\.id)), knownLexicons: Self.lexiconNames)
            loader.allowOutsideExtends = request.allowOutsideExtends
            if let path = request.policyPath {
                let isFile = FileManager.default.fileExists(atPath: path)
                if !isFile, PolicyLoader.builtInNames.contains(path) { return try loader.builtIn(path) }
                return try loader.load(file: path)
            }
            return try loader.discover(from: request.workingDirectory)
        } catch {
            throw PipelineError(error.description, isDiagnostic: true)
        }
    }

    /// Every built-in rule: the checks' and the fact-check stage's, by rule id.
    public var descriptions: [CheckDescription] {
        (registry.descriptions + FactCheckStage.descriptions + PipelineRules.all).sorted { $0.id < $1.id }
    }

    /// Every rule id a policy can produce: the built-in ones and the policy's own rules.
    func knownRuleIDs(_ policy: Policy) -> Set<String> {
        Set(descriptions.map(\.id) + policy.rules.map(\.id))
    }

    /// The lexicons a policy may edit with `add` and `remove`, by group key.
    static let lexiconNames: [String: Set<String>] = [
        "hedging": Set(HedgeLexicon.names), "citations": CitationLexicons.names,
        "medical-claims": Set(MedicalLexicon.names), "repetition": [], "fact-check": [], "style": [],
    ]

    /// The known-claims registry the policy names with `facts:`, if any.
    func loadFacts(_ policy: Policy) throws(PipelineError) -> FactRegistry? {
        guard let path = policy.facts else { return nil }
        do {
            return try FactRegistryLoader().load(path: path).registry
        } catch {
            throw PipelineError(error.description, isDiagnostic: true)
        }
    }

    /// One article through stages 1, 3 and 4, then selection, suppressions, the findings cap
    /// and fingerprints (`request` for its input options, `resolved` for the stages).
    func lintOne(
        path: String, request: LintRequest, resolved: ResolvedPolicy, cache: FileCache?
    ) -> (FileOutcome, [String]) {
        // Named in the crash message should copydesk itself crash on this file.
        let mark = CrashMark(path == "-" ? request.stdinFilename ?? "<stdin>" : path)
        defer { mark.end() }

        // Stage 1: load the article with exact positions (unless the cache has its result).
        let article: Article
        var contentHash: String?
        do {
            let loader = ArticleLoader(maxBytes: request.maxFileBytes)
            if path == "-" {
                let name = request.stdinFilename ?? "<stdin>"
                article = try loader.load(path: name, bytes: request.stdin ?? [], format: nil)
            } else if let cache {
                let bytes = try loader.read(path: path)
                let hash = ContentHash.hex(of: bytes)
                if let hit = cache.lookup(path: path, contentHash: hash) { return (.success(hit.report), hit.warnings) }
                contentHash = hash
                article = try loader.load(path: path, bytes: bytes)
            } else {
                article = try loader.load(path: path)
            }
        } catch {
            return (.failure(InputError(error)), [])
        }
        // What the checks and stages worked out for this article is not needed past this file
        // (the checks' own memos are dropped as soon as stage 3 is done). Dropped on this
        // thread, the one that worked it out.
        defer { ArticleMemos.forget(article) }

        // Selection, inline suppressions and the findings cap apply to every stage's findings.
        var suppression = Suppression(article: article)
        let selection = resolved.selection
        var cap = FindingsCap(limit: request.maxFindingsPerFile)

        // Stage 3: checks and custom rules. A long article's findings are trimmed to the cap as
        // the checks make them: the ones past it are dropped (and counted) as soon as they are
        // past it for good, once hidden and unselected ones are out (see `FindingsCap.trim`).
        // Taken apart so `findings` is the only reference to its buffer: the stages' findings
        // are appended in place, not into a copy.
        let (checkFindings, warnings) = resolved.checks.analyze(article, trimPast: cap.trimThreshold) { findings in
            suppression.hide(&findings)
            if !selection.admitsAll { findings.removeFindings { !selection.admits($0.pointee) } }
            cap.trim(&findings)
        }
        var findings = consume checkFindings
        ChecksStage.forgetMemos(of: article)

        // Stage 4: the claim ledger, known claims, number and reference consistency.
        var facts = resolved.factCheck.run(on: article)
        findings.moveAppend(&facts.findings)

        suppression.apply(to: &findings, knownTargets: resolved.knownTargets)
        if !selection.admitsAll { findings.removeFindings { !selection.admits($0.pointee) } }
        cap.apply(to: &findings)
        Fingerprint.assign(to: &findings, path: article.path, article: article)

        var report = FileReport(
            path: article.path, format: article.format, title: article.title, words: article.wordCount,
            sentences: article.sentences.count, findings: findings, claims: facts.claims)
        // By index: a finding is not copied to read its line.
        if request.keepsExcerpts || cache != nil {
            for index in findings.indices {
                let line = findings[index].range.start.line
                if report.excerpts[line] == nil { report.excerpts[line] = article.lines.lineText(line) }
            }
        }
        if let cache, let contentHash {
            cache.store(path: path, contentHash: contentHash, report: report, warnings: warnings)
        }
        // Moved into the outcome: copied, its arrays and strings were retained, then released
        // with the local report.
        return (.success(consume report), warnings)
    }
}

/// What linting one file gave: its report, or why it could not be read.
///
/// Not a `Result`: the first `Result<FileReport, InputError>` a process made had the runtime
/// look up `InputError: Error` (a scan of every conformance record of the program).
enum FileOutcome {
    case success(FileReport)
    case failure(InputError)
}

extension InputError {
    init(_ error: LoadError) {
        self.init(path: error.path, message: error.message, line: error.line, column: error.column)
    }
}

extension FileFilter {
    /// Whether a discovered path passes the include and exclude globs.
    func admits(_ path: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { Glob($0).matches(path) }) { return false }
        return !exclude.contains { Glob($0).matches(path) }
    }
}
